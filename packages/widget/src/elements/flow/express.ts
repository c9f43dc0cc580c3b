import type { PaymentProviderName } from '@settle/protocol';
import type { ApiClient } from '../../api/client.js';
import { loadCheckoutConfig } from '../checkout/checkout-api.js';

/** Providers with a one-tap wallet of their own, fastest first (Stripe's wallets show inside its checkout). */
export type ExpressWallet = Extract<PaymentProviderName, 'paypal' | 'sandbox'>;
const WALLETS: readonly ExpressWallet[] = ['paypal', 'sandbox'];

/**
 * The fastest wallet this creditor offers, for the first screen's express button; asked
 * only after the claim is painted, so nothing of the payments waits on the first screen.
 */
export async function fastestWallet(client: ApiClient): Promise<ExpressWallet | undefined> {
  const { providers } = await loadCheckoutConfig(client);
  return WALLETS.find((wallet) => providers.some((entry) => entry.provider === wallet));
}
