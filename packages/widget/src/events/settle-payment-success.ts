import type { Money, PaymentOption, PaymentProviderName } from '@settle/protocol';

export interface SettlePaymentSuccessDetail {
  claimId: string;
  /** Settle's payment id; the receipt reference the debtor sees. */
  paymentId: string;
  provider: PaymentProviderName;
  option: PaymentOption;
  /** The amount the server computed and the provider confirmed. */
  amount: Money;
  /** Whether the payment method is saved for the plan's later instalments. */
  autopay: boolean;
}

/**
 * The payment succeeded: fired only after the Settle server confirmed it with the
 * provider, never on the provider UI's word alone.
 */
export class SettlePaymentSuccessEvent extends CustomEvent<SettlePaymentSuccessDetail> {
  constructor(detail: SettlePaymentSuccessDetail) {
    super('settle-payment-success', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'settle-payment-success': SettlePaymentSuccessEvent;
  }
}
