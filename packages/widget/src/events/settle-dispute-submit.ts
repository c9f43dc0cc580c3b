import type { DisputeRequest, DisputeResponse } from '@settle/protocol';

export interface SettleDisputeSubmitDetail {
  claimId: string;
  dispute: DisputeRequest;
  /** The server's reference and whether collection is paused while the claim is reviewed. */
  response: DisputeResponse;
}

/** The debtor's dispute was recorded by the server. */
export class SettleDisputeSubmitEvent extends CustomEvent<SettleDisputeSubmitDetail> {
  constructor(detail: SettleDisputeSubmitDetail) {
    super('settle-dispute-submit', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'settle-dispute-submit': SettleDisputeSubmitEvent;
  }
}
