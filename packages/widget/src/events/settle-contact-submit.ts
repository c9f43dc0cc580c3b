import type { ContactRequest, ContactResponse } from '@settle/protocol';

export interface SettleContactSubmitDetail {
  claimId: string;
  /** What the debtor asked for; health details only with their explicit consent. */
  request: ContactRequest;
  response: ContactResponse;
}

/** The debtor's "talk to a person" request was recorded by the server. */
export class SettleContactSubmitEvent extends CustomEvent<SettleContactSubmitDetail> {
  constructor(detail: SettleContactSubmitDetail) {
    super('settle-contact-submit', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'settle-contact-submit': SettleContactSubmitEvent;
  }
}
