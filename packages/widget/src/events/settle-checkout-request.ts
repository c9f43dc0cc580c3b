import type { Money, PaymentOption } from '@settle/protocol';

export interface SettleCheckoutRequestDetail {
  claimId: string;
  planId?: string;
  /** What to pay, as `POST /payments` takes it; the server computes the amount again. */
  option: PaymentOption;
  /** Only for `partial`: the debtor's chosen amount in minor units, for `partialAmount`. */
  partialAmount?: number;
  /** The amount the debtor saw, for display while the checkout loads; never sent as a price. */
  amount: Money;
  /** The instalment's number in the plan, when one instalment is paid. */
  instalment?: number;
}

/**
 * The debtor wants to pay now: after agreeing to pay in full, a partial payment, a down
 * payment or a first instalment due today, or the next instalment from "manage my plan".
 * `<settle-flow>` opens `<settle-checkout>` with `option` (and `partialAmount`); a page
 * using elements alone opens its own. Cancelable: `preventDefault()` says the page handled it.
 */
export class SettleCheckoutRequestEvent extends CustomEvent<SettleCheckoutRequestDetail> {
  constructor(detail: SettleCheckoutRequestDetail) {
    super('settle-checkout-request', { bubbles: true, composed: true, cancelable: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'settle-checkout-request': SettleCheckoutRequestEvent;
  }
}
