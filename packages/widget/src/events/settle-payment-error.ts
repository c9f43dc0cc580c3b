import type { PaymentFailureReason, PaymentProviderName } from '@settle/protocol';
import type { ApiErrorCode } from '../api/api-error.js';

export interface SettlePaymentErrorDetail {
  /**
   * `declined`: the provider refused the payment (see `reason`); `provider_unavailable`:
   * the provider's script or UI failed to load (a fallback is shown); `already_paid`: the
   * claim was paid already (this payment, if taken, is refunded); otherwise the API's error code.
   */
  code: 'declined' | 'provider_unavailable' | 'already_paid' | ApiErrorCode;
  reason?: PaymentFailureReason;
  provider?: PaymentProviderName;
  paymentId?: string;
  /** Whether trying again (or another provider) can help. */
  retryable: boolean;
}

/** A payment attempt failed; the checkout shows what happened and what the debtor can do. */
export class SettlePaymentErrorEvent extends CustomEvent<SettlePaymentErrorDetail> {
  constructor(detail: SettlePaymentErrorDetail) {
    super('settle-payment-error', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'settle-payment-error': SettlePaymentErrorEvent;
  }
}
