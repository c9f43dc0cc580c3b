export interface SettleReadyDetail {
  /** The claim the element shows. */
  claimId: string;
}

/** An element has loaded what it needs and shows it. */
export class SettleReadyEvent extends CustomEvent<SettleReadyDetail> {
  constructor(detail: SettleReadyDetail) {
    super('settle-ready', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'settle-ready': SettleReadyEvent;
  }
}
