/** Advice that names what the user types: action inputs in a workflow, flags of `certcentral` on a terminal. */
export interface Hints {
  /** How to read the order again later, and to wait for it. */
  pickUpLater(orderId: number): string;
  /** How to replace an order that can be neither renewed nor reissued: a new order, then watching it. */
  readonly orderAnew: string;
  /** How to make operation renew watch another order from now on. */
  readonly watchOther: string;
  /** After an order of unknown fate that carried no key: how the next one is checked by itself. */
  readonly checksByItself: string;
  /** How to order anew when the order found by the key failed. */
  readonly anotherKey: string;
  /** How a later run finds an order by its key, instead of ordering again. */
  readonly laterRunFinds: string;
  /** How to write the certificate files again after they could not be written. */
  writeFilesAgain(orderId: number): string;
  /** The name of the wait's time limit. */
  readonly waitTimeout: string;
}

export const ACTION_HINTS: Hints = {
  pickUpLater: (orderId) =>
    `Pick it up later with operation: status and order-id: ${orderId} (add wait-for-issuance: true to wait), for example in a later job or a scheduled workflow.`,
  orderAnew: 'Order anew with operation: order, then watch the new order (set order-id to its order ID).',
  watchOther: 'set order-id to its order ID',
  checksByItself: 'With alternative-order-id (or idempotency: true in GitHub Actions) the action checks by itself.',
  anotherKey: 'To order anew, give another alternative-order-id, or run a new workflow run.',
  laterRunFinds: 'a re-run of this job looks the id up first and reuses the order.',
  writeFilesAgain: (orderId) =>
    `Pick them up again with operation: status and order-id: ${orderId}, with an output-dir that is a plain directory.`,
  waitTimeout: 'wait-timeout',
};

export const CLI_HINTS: Hints = {
  pickUpLater: (orderId) =>
    `Pick it up later with: certcentral status --order-id ${orderId} (add --wait-for-issuance to wait).`,
  orderAnew:
    'Order anew with: certcentral order --product … (and the order flags), then watch the new order with: certcentral renew --order-id <its order ID>.',
  watchOther: 'pass its order ID as --order-id',
  checksByItself:
    'With --alternative-order-id (or inside a GitHub Actions job, where certcentral derives one) certcentral checks by itself.',
  anotherKey: 'To order anew, pass another --alternative-order-id (inside GitHub Actions: run a new workflow run).',
  laterRunFinds:
    'certcentral order with the same key (the same --alternative-order-id, or a re-run of this GitHub Actions job) looks the id up first and reuses the order.',
  writeFilesAgain: (orderId) =>
    `Pick them up again with: certcentral status --order-id ${orderId} --output-dir <a plain directory>.`,
  waitTimeout: '--wait-timeout',
};
