/** Advice that names what the user types: action inputs in a workflow, flags of `certcentral` on a terminal. */
export interface Hints {
  /** How to read the order again later, and to wait for it. */
  pickUpLater(orderId: number): string;
  /** How to replace an order that can be neither renewed nor reissued: a new order, then watching it. */
  readonly orderAnew: string;
  /** How to make operation renew watch another order from now on. */
  readonly watchOther: string;
}

export const ACTION_HINTS: Hints = {
  pickUpLater: (orderId) =>
    `Pick it up later with operation: status and order-id: ${orderId} (add wait-for-issuance: true to wait), for example in a later job or a scheduled workflow.`,
  orderAnew: 'Order anew with operation: order, then watch the new order (set order-id to its order ID).',
  watchOther: 'set order-id to its order ID',
};

export const CLI_HINTS: Hints = {
  pickUpLater: (orderId) =>
    `Pick it up later with: certcentral status --order-id ${orderId} (add --wait-for-issuance to wait).`,
  orderAnew:
    'Order anew with: certcentral order --product … (and the order flags), then watch the new order with: certcentral renew --order-id <its order ID>.',
  watchOther: 'pass its order ID as --order-id',
};
