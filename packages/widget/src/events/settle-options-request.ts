export interface SettleOptionsRequestDetail {
  claimId: string;
  /** `options`: pay or plan what is still open; `plan`: see and change the agreed plan. */
  to: 'options' | 'plan';
}

/**
 * The debtor wants to act on the outcome shown: pay or plan the rest, or manage the plan.
 * `<settle-flow>` opens that step; a page using elements alone can open its own. Cancelable.
 */
export class SettleOptionsRequestEvent extends CustomEvent<SettleOptionsRequestDetail> {
  constructor(detail: SettleOptionsRequestDetail) {
    super('settle-options-request', { bubbles: true, composed: true, cancelable: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'settle-options-request': SettleOptionsRequestEvent;
  }
}
