import type { BankTransferDetails, Claim, CheckoutConfig, PaymentProviderName } from '@settle/protocol';
import { SettleError } from '../errors.js';
import type { SettleStore } from '../store/store.js';
import { PayPalProvider, type PayPalProviderOptions } from './paypal.js';
import type { PaymentProvider } from './provider.js';
import { SandboxProvider, type SandboxProviderOptions } from './sandbox.js';
import { StripeProvider, type StripeProviderOptions } from './stripe.js';
import type { SettleLogger } from '../logger.js';

/**
 * `createSettle({ providers })`: the providers a creditor enables. The widget offers them
 * in this object's key order; bank-transfer details are the fallback when none loads.
 */
export interface PaymentProvidersOptions {
  stripe?: StripeProviderOptions;
  paypal?: PayPalProviderOptions;
  /**
   * The offline provider for demos and tests: it marks claims paid without moving money.
   * Refused when NODE_ENV is "production", unless `{ allowInProduction: true }`.
   */
  sandbox?: true | SandboxProviderOptions;
  /**
   * The creditor's account for a plain transfer; the claim's account reference is the
   * transfer reference. With `currency`, offered only for claims in that currency. A
   * `claimSettings` payee replaces it for its claims.
   */
  bankTransfer?: Omit<BankTransferDetails, 'reference'> & { currency?: string };
}

/** The enabled providers, built once per `createSettle`. */
export class PaymentProviders {
  private readonly byName = new Map<PaymentProviderName, PaymentProvider>();

  constructor(
    options: PaymentProvidersOptions,
    deps: { store: SettleStore; now: () => number; logger?: SettleLogger },
  ) {
    if (options.sandbox) checkSandboxAllowed(options.sandbox === true ? {} : options.sandbox, deps.logger);
    for (const name of Object.keys(options)) {
      if (name === 'stripe' && options.stripe) this.byName.set('stripe', new StripeProvider(options.stripe, deps));
      if (name === 'paypal' && options.paypal) this.byName.set('paypal', new PayPalProvider(options.paypal, deps));
      if (name === 'sandbox' && options.sandbox) this.byName.set('sandbox', new SandboxProvider(options.sandbox === true ? {} : options.sandbox, deps));
    }
  }

  /** The provider, or a 422 the widget can show when the creditor did not enable it. */
  get(name: PaymentProviderName): PaymentProvider {
    const provider = this.byName.get(name);
    if (!provider) throw new SettleError('provider_not_enabled', `Payments with ${name} are not available here.`);
    return provider;
  }

  get sandbox(): SandboxProvider | undefined {
    const provider = this.byName.get('sandbox');
    return provider instanceof SandboxProvider ? provider : undefined;
  }

  /** The providers, and a transfer to `bank` (the claim's payee's account in its currency) when there is one. */
  checkoutConfig(claim: Claim, bank: Omit<BankTransferDetails, 'reference'> | undefined): CheckoutConfig {
    return {
      providers: [...this.byName.values()].map((provider) => provider.checkoutConfig()),
      ...(bank ? { bankTransfer: { ...bank, reference: claim.accountReference } } : {}),
    };
  }
}

/**
 * Anyone holding a link can mark a claim paid through the sandbox, with no money moving:
 * under NODE_ENV=production it needs an explicit `allowInProduction`, and gets a loud warning.
 */
function checkSandboxAllowed(options: SandboxProviderOptions, logger: SettleLogger | undefined): void {
  const production = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.NODE_ENV === 'production';
  if (!production) return;
  if (!options.allowInProduction) {
    throw new TypeError(
      'createSettle: providers.sandbox marks claims paid without moving money and is refused when NODE_ENV is "production". Remove it, or set providers.sandbox = { allowInProduction: true } for a demo system.',
    );
  }
  logger?.error('WARNING: the sandbox payment provider is enabled with NODE_ENV=production (allowInProduction). Anyone holding a payment link can mark a claim paid without paying. Use it for demos only.');
}
