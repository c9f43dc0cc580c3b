import type { CheckoutProvider, Money, PaymentClientData, PaymentFailureReason, PaymentOption, PaymentProviderName, PaymentStatus } from '@settle/protocol';
import type { SettleLogger } from '../logger.js';
import type { SettleStore } from '../store/store.js';

/** What Settle asks a provider to collect. The amount always comes from server state. */
export interface PaymentRequest {
  /** Settle's own payment id, stored with the provider so its events lead back to the record. */
  paymentId: string;
  claimId: string;
  amount: Money;
  option: PaymentOption;
  /** Shown on the debtor's statement and in the provider dashboard. */
  purpose: string;
  /** Same key, same provider payment: provider-side protection against double creation. */
  idempotencyKey: string;
  /** Save the payment method for later instalments (the debtor consented in the widget). */
  autopay: boolean;
}

export interface CreatedPayment {
  /** The provider's id: Stripe PaymentIntent, PayPal order, sandbox payment. */
  reference: string;
  client: PaymentClientData;
}

/**
 * What the provider reports about a payment, from a verified webhook or a server-side
 * fetch. Settle compares amount, currency and claim with its own record before believing it.
 */
export interface ObservedPayment {
  reference: string;
  status: PaymentStatus;
  amount: Money;
  /** The claim the provider has on file for this payment (from metadata we set). */
  claimId: string | undefined;
  /** Settle's payment id the provider has on file (from metadata we set). */
  paymentId: string | undefined;
  failureReason?: PaymentFailureReason;
  /** Distinguishes several failed attempts on one provider payment (e.g. a Stripe charge id). */
  attemptId?: string;
  /** The payment method the provider saved for later instalments (autopay), once it succeeded. */
  savedMethod?: SavedMethod;
}

/** A provider's handle on a saved payment method, opaque to Settle. */
export interface SavedMethod {
  customer?: string;
  paymentMethod: string;
}

/** A verified provider event: either about a payment, or one Settle does not act on. */
export type ProviderEvent = { kind: 'payment'; eventId: string; payment: ObservedPayment } | { kind: 'ignored'; eventId: string; type: string };

/** A refund the provider accepted (it may still be settling: `pending`). */
export interface Refund {
  /** The provider's refund id: Stripe `re_...`, PayPal refund id, sandbox `sbx_re_...`. */
  reference: string;
  amount: Money;
  status: 'succeeded' | 'pending';
}

export interface AutopaySetup {
  reference: string;
  clientSecret: string;
}

/**
 * One payment provider: a single module implementing this interface. Adapters translate Settle's payment life cycle to the provider's
 * API; they never decide whether a payment counts as paid (settlement.ts does).
 */
export interface PaymentProvider {
  /**
   * The checkout the widget shows for it, and the `/webhooks/:name` path its events
   * arrive at: `stripe` (Payment Element), `paypal` (PayPal buttons) or `sandbox`.
   */
  readonly name: PaymentProviderName;
  createPayment(request: PaymentRequest): Promise<CreatedPayment>;
  /**
   * The provider's current view of a payment, fetched server-side. Providers that need a
   * server step to take the money (PayPal capture) do it here, idempotently.
   */
  fetchPayment(reference: string, request: Pick<PaymentRequest, 'idempotencyKey'>): Promise<ObservedPayment>;
  /**
   * Stops a payment the debtor has not completed, so a newer checkout for the same balance
   * is the only one that can take money. Resolves when the payment can no longer succeed;
   * throws when it already did (or may have: processing).
   */
  cancelPayment(reference: string): Promise<void>;
  /** Gives money back on a succeeded payment (an overpayment). Same idempotency key, same refund. */
  refundPayment(reference: string, amount: Money, idempotencyKey: string): Promise<Refund>;
  /**
   * The provider payment an as yet unverified webhook says it is about, read before a
   * verification that costs a call to the provider (PayPal): Settle refuses one about a
   * payment it did not create without asking. Undefined when the body names none.
   */
  claimedReference?(rawBody: string): string | undefined;
  /** Verifies a webhook on its raw body and headers; throws `SettleError('webhook_invalid')` when it is not genuine. */
  parseWebhook(rawBody: string, headers: Headers): Promise<ProviderEvent>;
  /**
   * Charges a saved method without the debtor present (autopay of a due instalment), and
   * reports the outcome as the provider sees it. Same idempotency key, same charge.
   */
  chargeSaved?(request: PaymentRequest, method: SavedMethod): Promise<ObservedPayment>;
  /** Saves a payment method for later instalments without charging now (Stripe SetupIntent). */
  setupAutopay?(input: { claimId: string; idempotencyKey: string }): Promise<AutopaySetup>;
  /** Public configuration for the widget: publishable keys, wallets. Never secrets. */
  checkoutConfig(): CheckoutProvider;
}

/** What `createSettle` hands a provider factory: the shared store (for state across instances) and the clock. */
export interface ProviderDeps {
  store: SettleStore;
  now: () => number;
  logger?: SettleLogger;
}

/** A provider object, or a factory `createSettle` calls once with the store and clock (as `stripeProvider()` returns). */
export type PaymentProviderPlugin = PaymentProvider | ((deps: ProviderDeps) => PaymentProvider);
