export interface SettleDisputeRequestDetail {
  claimId: string;
}

/**
 * The debtor wants to dispute the claim. `<settle-flow>` opens the dispute form; a page
 * using elements alone can open its own. Cancelable: `preventDefault()` tells the element
 * the page handled it.
 */
export class SettleDisputeRequestEvent extends CustomEvent<SettleDisputeRequestDetail> {
  constructor(detail: SettleDisputeRequestDetail) {
    super('settle-dispute-request', { bubbles: true, composed: true, cancelable: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'settle-dispute-request': SettleDisputeRequestEvent;
  }
}
