import type { BankTransferDetails, Claim, CheckoutConfig, PaymentProviderName } from '@settle/protocol';
import { SettleError } from '../errors.js';
import type { PaymentProvider, PaymentProviderPlugin, ProviderDeps } from './provider.js';
import { SandboxProvider, type SandboxProviderOptions } from './sandbox.js';
import type { SettleLogger } from '../logger.js';

/**
 * `createSettle({ providers })`: the providers a creditor enables. The widget offers them
 * in this object's key order; bank-transfer details are the fallback when none loads.
 * `stripe` and `paypal` take a provider: the built-in `stripeProvider({...})` /
 * `paypalProvider({...})`, or your own object implementing `PaymentProvider` with that name.
 */
export interface PaymentProvidersOptions {
  stripe?: PaymentProviderPlugin;
  paypal?: PaymentProviderPlugin;
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

  constructor(options: PaymentProvidersOptions, deps: ProviderDeps) {
    if (options.sandbox) checkSandboxAllowed(options.sandbox === true ? {} : options.sandbox, deps.logger);
    for (const name of Object.keys(options)) {
      if (name === 'stripe' && options.stripe) this.add('stripe', options.stripe, deps);
      if (name === 'paypal' && options.paypal) this.add('paypal', options.paypal, deps);
      if (name === 'sandbox' && options.sandbox) this.byName.set('sandbox', new SandboxProvider(options.sandbox === true ? {} : options.sandbox, deps));
    }
  }

  private add(name: PaymentProviderName, plugin: PaymentProviderPlugin, deps: ProviderDeps): void {
    const provider = typeof plugin === 'function' ? plugin(deps) : plugin;
    if (provider?.name !== name || typeof provider.createPayment !== 'function') {
      const factory = name === 'stripe' ? 'stripeProvider' : 'paypalProvider';
      throw new TypeError(
        `createSettle: providers.${name} must be a payment provider named "${name}": ${factory}({...}) from @settle/server-sdk, or your own object implementing PaymentProvider. Got ${describe(provider)}.`,
      );
    }
    this.byName.set(name, provider);
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
  logger?.error(
    'WARNING: the sandbox payment provider is enabled with NODE_ENV=production (allowInProduction). Anyone holding a payment link can mark a claim paid without paying. Use it for demos only.',
  );
}

function describe(provider: PaymentProvider | undefined): string {
  if (provider === null || typeof provider !== 'object') return String(provider);
  return 'name' in provider ? `a provider named "${String(provider.name)}"` : 'an options object (wrap it in the factory)';
}
