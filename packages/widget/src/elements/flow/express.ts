import { ROUTES, type PaymentProviderName } from '@settle/protocol';
import type { ApiClient } from '../../api/client.js';

/** Providers with a one-tap wallet of their own, fastest first (Stripe's wallets show inside its checkout). */
export type ExpressWallet = Extract<PaymentProviderName, 'paypal' | 'sandbox'>;
const WALLETS: readonly ExpressWallet[] = ['paypal', 'sandbox'];

/**
 * The fastest wallet this creditor offers, for the first screen's express button; asked
 * only after the claim is painted, so nothing of the payments waits on the first screen.
 * Reads only the provider names (the checkout checks the whole answer), so the first
 * screen carries none of the checkout's code.
 */
export async function fastestWallet(client: ApiClient): Promise<ExpressWallet | undefined> {
  const config = await client.request<{ providers?: unknown }>('GET', ROUTES.paymentsConfig);
  const providers = Array.isArray(config?.providers) ? (config.providers as Array<{ provider?: unknown } | null>) : [];
  return WALLETS.find((wallet) => providers.some((entry) => entry?.provider === wallet));
}
