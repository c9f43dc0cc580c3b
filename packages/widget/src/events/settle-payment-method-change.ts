export interface SettlePaymentMethodChangeDetail {
  claimId: string;
  planId: string;
}

/**
 * The debtor wants to pay the plan's instalments with another payment method. The checkout
 * (or the page) takes over, e.g. `<settle-checkout>` set up for autopay. Cancelable:
 * `preventDefault()` says the page handled it; otherwise the element points to the contact route.
 */
export class SettlePaymentMethodChangeEvent extends CustomEvent<SettlePaymentMethodChangeDetail> {
  constructor(detail: SettlePaymentMethodChangeDetail) {
    super('settle-payment-method-change', { bubbles: true, composed: true, cancelable: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'settle-payment-method-change': SettlePaymentMethodChangeEvent;
  }
}
