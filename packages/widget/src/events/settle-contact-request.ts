export interface SettleContactRequestDetail {
  claimId: string;
  /** Why the debtor asks for a person, so they need not repeat it. */
  topic: 'question' | 'hardship' | 'dispute' | 'other';
}

/**
 * The debtor wants to talk to a person. `<settle-flow>` opens the contact request; a page
 * using elements alone can open its own. Cancelable like `settle-dispute-request`.
 */
export class SettleContactRequestEvent extends CustomEvent<SettleContactRequestDetail> {
  constructor(detail: SettleContactRequestDetail) {
    super('settle-contact-request', { bubbles: true, composed: true, cancelable: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'settle-contact-request': SettleContactRequestEvent;
  }
}
