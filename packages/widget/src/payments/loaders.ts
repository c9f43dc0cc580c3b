import type { PaymentProviderName } from '@settle/protocol';
import type { AdapterLoader } from './adapter.js';

/**
 * The default adapters, each a dynamic import so it becomes its own chunk: a page pays
 * only for the provider the debtor uses, and nothing loads before the checkout step.
 */
export const DEFAULT_LOADERS: Record<PaymentProviderName, AdapterLoader> = {
  stripe: () => import('./stripe/stripe-adapter.js').then((module) => module.createStripeAdapter()),
  paypal: () => import('./paypal/paypal-adapter.js').then((module) => module.createPayPalAdapter()),
  sandbox: () => import('./sandbox/sandbox-adapter.js').then((module) => module.createSandboxAdapter()),
};
