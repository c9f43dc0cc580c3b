import { ROUTES, type CheckoutProvider, type PaymentProviderName } from '@settle/protocol';
import { arrayOf, isString, shape } from '../../api/checks/shape.js';
import type { ExpressContext } from '../../payments/adapter.js';

/** Providers with a one-tap wallet, fastest first: Stripe's Apple Pay / Google Pay, PayPal, the sandbox. */
const WALLETS: readonly PaymentProviderName[] = ['stripe', 'paypal', 'sandbox'];
/** What the first screen reads of a Stripe entry: a malformed one gets no box and never reaches Stripe. */
const isStripeSetup = shape({ publishableKey: isString, wallets: arrayOf(isString) });

/**
 * The fastest wallet this creditor offers, for the first screen's express button; asked
 * only after the claim is painted, so nothing of the payments waits on the first screen.
 * Reads only the provider names and Stripe's key and wallets (the checkout checks the whole
 * answer), so the first screen carries none of the checkout's code. Stripe's wallets count
 * once Stripe says this browser has one (its code loads only then, after the paint); until
 * then the box stays empty.
 */
export async function fastestWallet(box: ExpressContext): Promise<PaymentProviderName | undefined> {
  const config = await box.client.request<{ providers?: unknown }>('GET', ROUTES.paymentsConfig);
  const providers = Array.isArray(config?.providers) ? (config.providers as Array<CheckoutProvider | null>) : [];
  for (const wallet of WALLETS) {
    const provider = providers.find((entry) => entry?.provider === wallet);
    if (provider && (wallet !== 'stripe' || (isStripeSetup(provider) && (await stripeWallet(provider, box))))) return wallet;
  }
  return undefined;
}

/**
 * Whether Stripe shows a wallet in this browser; its adapter's chunk (and Stripe.js) load
 * only now. When Stripe.js cannot load (blocked, offline), the next wallet gets the box.
 */
function stripeWallet(provider: CheckoutProvider, box: ExpressContext): Promise<boolean | undefined> {
  return import('../../payments/stripe/stripe-adapter.js').then((module) => module.createStripeAdapter().express?.(provider, box)).catch(() => false);
}
