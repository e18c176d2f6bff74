/** Advice that names what the user types: action inputs in a workflow, flags of `certcentral` on a terminal. */
export interface Hints {
  /** How to read the order again later, and to wait for it. */
  pickUpLater(orderId: number): string;
}

export const ACTION_HINTS: Hints = {
  pickUpLater: (orderId) =>
    `Pick it up later with operation: status and order-id: ${orderId} (add wait-for-issuance: true to wait), for example in a later job or a scheduled workflow.`,
};

export const CLI_HINTS: Hints = {
  pickUpLater: (orderId) =>
    `Pick it up later with: certcentral status --order-id ${orderId} (add --wait-for-issuance to wait).`,
};
