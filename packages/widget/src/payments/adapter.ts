import type { CheckoutProvider, Money, Payment, PaymentFailureReason, PaymentProviderName } from '@settle/protocol';
import type { ApiClient } from '../api/client.js';

/**
 * What a provider's UI reports back. None of these mean "paid": the checkout asks the
 * server afterwards, and only the server's answer (from the provider) counts.
 */
export type AdapterOutcome =
  /** The debtor finished the provider's step; the money may or may not have moved. */
  | { kind: 'completed' }
  /** The provider refused the payment method. */
  | { kind: 'declined'; reason: PaymentFailureReason }
  /** The debtor closed the provider's window. */
  | { kind: 'canceled' }
  /** The provider's form is not complete yet; it shows the debtor what is missing. */
  | { kind: 'incomplete' }
  /** The provider UI itself failed (script error, network). */
  | { kind: 'failed'; message: string };

/** What a mounted provider UI needs from the checkout. */
export interface AdapterContext {
  /** A light-DOM node the checkout owns; provider frames mount here, never in a shadow root. */
  container: HTMLElement;
  payment: Payment;
  /** The creditor's configuration for this provider (wallets, autopay), from the server. */
  provider: CheckoutProvider | undefined;
  locale: string;
  /** Where a redirect-based method (bank redirect, some 3-D Secure) sends the debtor back. */
  returnUrl: string;
  /** Base URL of the Settle API, for the sandbox provider's authorize call. */
  api: string;
  /** The page's CSP nonce, for provider SDKs that inject styles (PayPal's `data-csp-nonce`). */
  nonce: string | undefined;
  /** Called by providers that bring their own pay button (PayPal, wallets, the sandbox sheet). */
  report(outcome: AdapterOutcome): void;
  /** Translated texts for provider UIs Settle draws itself (the sandbox sheet). */
  t(key: string, options?: Record<string, unknown>): string;
}

export interface MountedAdapter {
  /**
   * Present when the checkout shows Settle's own pay button (Stripe's Payment Element has
   * none): confirms with the provider and resolves with the outcome.
   */
  pay?(): Promise<AdapterOutcome>;
  destroy(): void;
}

/** What a provider's one-tap wallet on the first screen needs (Stripe's Express Checkout Element). */
export interface ExpressContext {
  /** The first screen's `<settle-flow>`: the wallet mounts in a light-DOM child of it (slot `express`), never in a shadow root. */
  host: HTMLElement;
  client: ApiClient;
  /** What is open, as the server said: the wallet sheet shows it, and the server's payment must be for it. Nothing open, no wallet. */
  amount: Money | undefined;
  /** Whom the claim is owed to: the wallet sheet names the amount after it. */
  payee: string;
  locale: string;
  /** The provider took the payment; only the server says whether it succeeded. */
  paid(paymentId: string): void;
}

/** A provider's browser side, loaded in its own chunk only when the checkout (or the first screen's wallet) needs it. */
export interface PaymentAdapter {
  readonly provider: PaymentProviderName;
  mount(context: AdapterContext, signal: AbortSignal): Promise<MountedAdapter>;
  /** The first screen's wallet, where the provider has one: resolves with whether any wallet shows in this browser. */
  express?(provider: CheckoutProvider, context: ExpressContext): Promise<boolean>;
}

/** Loads an adapter's chunk and builds it; the checkout bounds it with a timeout. */
export type AdapterLoader = () => Promise<PaymentAdapter>;
