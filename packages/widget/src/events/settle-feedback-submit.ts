import type { FeedbackRequest } from '@settle/protocol';

export interface SettleFeedbackSubmitDetail {
  /** What the debtor sent: score on the creditor's scale, comment, contact preferences. */
  feedback: FeedbackRequest;
  /** The server's reference for it; absent when the server already had feedback from this session. */
  reference?: string;
  /** True when the server said it had already received feedback (HTTP 409). */
  alreadyReceived: boolean;
}

/** The debtor's satisfaction feedback reached the server (or had already). */
export class SettleFeedbackSubmitEvent extends CustomEvent<SettleFeedbackSubmitDetail> {
  constructor(detail: SettleFeedbackSubmitDetail) {
    super('settle-feedback-submit', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'settle-feedback-submit': SettleFeedbackSubmitEvent;
  }
}
