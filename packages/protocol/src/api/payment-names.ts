/*
 * Payment providers and states as plain names. The schemas in payments.ts are built from
 * them; the browser reads them from here without loading the validation library.
 */

/** Payment providers a creditor can enable. `sandbox` is offline and for demos and tests. */
export const PAYMENT_PROVIDER_NAMES = ['stripe', 'paypal', 'sandbox'] as const;

export const PAYMENT_STATUSES = [
  /** Created; the debtor has not completed the provider's step yet. */
  'requires_payment',
  /** The provider needs the debtor (3-D Secure, bank redirect, a challenge). */
  'requires_action',
  /** The provider accepted the payment and settles it later (e.g. SEPA debit). */
  'processing',
  'succeeded',
  'failed',
  'canceled',
  /**
   * The provider took it for a balance already paid (two tabs, a retry): it does not count,
   * and Settle gave it back the way it was paid.
   */
  'refunded',
] as const;
