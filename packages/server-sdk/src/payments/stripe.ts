import type Stripe from 'stripe';
import type { CheckoutProvider, Money, PaymentFailureReason, PaymentStatus, Wallet } from '@settle/protocol';
import { SettleError } from '../errors.js';
import type { AutopaySetup, CreatedPayment, ObservedPayment, PaymentProvider, PaymentRequest, ProviderDeps, ProviderEvent, Refund, SavedMethod } from './provider.js';
import { verifyTimestampedSignature } from './signature.js';

export interface StripeProviderOptions {
  /** `sk_live_...` / `sk_test_...` (or a restricted key with PaymentIntents, SetupIntents, Customers). */
  secretKey: string;
  /** `pk_live_...` / `pk_test_...`, handed to the widget. */
  publishableKey: string;
  /**
   * Webhook signing secrets (`whsec_...`). Several while rotating: an event signed with
   * any of them is accepted.
   */
  webhookSecrets: readonly string[];
  /** Wallets to offer in the Express Checkout Element. Default: Apple Pay and Google Pay. */
  wallets?: readonly Wallet[];
  /** Pin the API version your webhook endpoint uses. Default: the `stripe` package's. */
  apiVersion?: string;
}

export const STRIPE_EVENT_TYPES = ['payment_intent.succeeded', 'payment_intent.payment_failed', 'payment_intent.processing', 'payment_intent.requires_action', 'payment_intent.canceled'] as const;

const STRIPE_SIGNATURE_HEADER = 'stripe-signature';

/**
 * A Stripe provider for `createSettle({ providers: { stripe: stripeProvider({...}) } })`.
 * The `stripe` package (an optional peer dependency) is imported on the first call that
 * needs it, so a server that never takes a Stripe payment never loads it.
 */
export function stripeProvider(options: StripeProviderOptions): (deps: ProviderDeps) => PaymentProvider {
  if (options.webhookSecrets.length === 0) throw new TypeError('createSettle: providers.stripe.webhookSecrets needs at least one secret');
  return (deps) => new StripeProvider(options, deps);
}

/**
 * Stripe through PaymentIntents. Every create carries an idempotency key, so a retried
 * request returns the same PaymentIntent; autopay saves the method on a Customer
 * (`setup_future_usage: off_session`) or through a SetupIntent.
 */
export class StripeProvider implements PaymentProvider {
  readonly name = 'stripe' as const;
  private loaded: Promise<Stripe> | undefined;

  constructor(
    private readonly options: StripeProviderOptions,
    private readonly deps: ProviderDeps,
  ) {
    if (options.webhookSecrets.length === 0) throw new TypeError('createSettle: providers.stripe.webhookSecrets needs at least one secret');
  }

  /** The Stripe client, created on first use from a dynamic import of the `stripe` package. */
  private sdk(): Promise<Stripe> {
    this.loaded ??= import('stripe').then(
      ({ default: StripeClient }) =>
        new StripeClient(this.options.secretKey, {
          // fetch keeps the adapter runtime-neutral (Node, workers); retries reuse the idempotency key.
          httpClient: StripeClient.createFetchHttpClient(),
          maxNetworkRetries: 2,
          ...(this.options.apiVersion ? { apiVersion: this.options.apiVersion as Stripe.StripeConfig['apiVersion'] } : {}),
        }),
      (error: unknown) => {
        this.loaded = undefined;
        throw new SettleError('provider_failed', 'The payment provider could not be reached. Please try again.', {
          cause: new Error('providers.stripe is configured but the `stripe` package is not installed: run `npm install stripe`.', { cause: error }),
        });
      },
    );
    return this.loaded;
  }

  async createPayment(request: PaymentRequest): Promise<CreatedPayment> {
    const customer = request.autopay ? await this.customerFor(request.claimId) : undefined;
    const intent = await this.call((stripe) =>
      stripe.paymentIntents.create(
        {
          amount: request.amount.amount,
          currency: request.amount.currency.toLowerCase(),
          automatic_payment_methods: { enabled: true },
          description: request.purpose,
          metadata: { settle_payment_id: request.paymentId, settle_claim_id: request.claimId, settle_option: request.option },
          ...(customer ? { customer, setup_future_usage: 'off_session' as const } : {}),
        },
        { idempotencyKey: request.idempotencyKey },
      ),
    );
    if (!intent.client_secret) throw new SettleError('provider_failed', 'Stripe returned no client secret.');
    return { reference: intent.id, client: { provider: 'stripe', clientSecret: intent.client_secret, publishableKey: this.options.publishableKey } };
  }

  async chargeSaved(request: PaymentRequest, method: SavedMethod): Promise<ObservedPayment> {
    const stripe = await this.sdk();
    try {
      const intent = await stripe.paymentIntents.create(
        {
          amount: request.amount.amount,
          currency: request.amount.currency.toLowerCase(),
          ...(method.customer ? { customer: method.customer } : {}),
          payment_method: method.paymentMethod,
          off_session: true,
          confirm: true,
          description: request.purpose,
          metadata: { settle_payment_id: request.paymentId, settle_claim_id: request.claimId, settle_option: request.option },
        },
        { idempotencyKey: request.idempotencyKey },
      );
      return observe(intent);
    } catch (error) {
      // A decline of an off-session charge arrives as an error carrying the failed intent.
      const intent = (error as { raw?: { payment_intent?: Stripe.PaymentIntent } }).raw?.payment_intent;
      if (intent?.id) return observe(intent);
      throw new SettleError('provider_failed', 'The payment provider could not be reached. Please try again.', { cause: error });
    }
  }

  async fetchPayment(reference: string): Promise<ObservedPayment> {
    return observe(await this.call((stripe) => stripe.paymentIntents.retrieve(reference)));
  }

  /** PaymentIntent cancel; one already canceled counts as done, one that succeeded throws. */
  async cancelPayment(reference: string): Promise<void> {
    const stripe = await this.sdk();
    try {
      await stripe.paymentIntents.cancel(reference);
    } catch (error) {
      const intent = await this.call((stripe) => stripe.paymentIntents.retrieve(reference));
      if (intent.status === 'canceled') return;
      throw new SettleError('payment_in_progress', 'The earlier checkout for this balance can no longer be stopped.', { cause: error });
    }
  }

  async refundPayment(reference: string, amount: Money, idempotencyKey: string): Promise<Refund> {
    const refund = await this.call((stripe) => stripe.refunds.create({ payment_intent: reference, amount: amount.amount, metadata: { settle_reason: 'overpaid' } }, { idempotencyKey }));
    return { reference: refund.id, amount: { amount: refund.amount, currency: refund.currency.toUpperCase() }, status: refund.status === 'succeeded' ? 'succeeded' : 'pending' };
  }

  async parseWebhook(rawBody: string, headers: Headers): Promise<ProviderEvent> {
    await verifyTimestampedSignature({
      rawBody,
      header: headers.get(STRIPE_SIGNATURE_HEADER),
      secrets: this.options.webhookSecrets,
      nowMs: this.deps.now(),
    });
    const event = JSON.parse(rawBody) as { id?: unknown; type?: unknown; data?: { object?: Stripe.PaymentIntent } };
    const eventId = typeof event.id === 'string' ? event.id : '';
    const type = typeof event.type === 'string' ? event.type : '';
    const object = event.data?.object;
    if (!(STRIPE_EVENT_TYPES as readonly string[]).includes(type) || object?.object !== 'payment_intent') {
      return { kind: 'ignored', eventId, type };
    }
    return { kind: 'payment', eventId, payment: observe(object) };
  }

  async setupAutopay(input: { claimId: string; idempotencyKey: string }): Promise<AutopaySetup> {
    const customer = await this.customerFor(input.claimId);
    const intent = await this.call((stripe) =>
      stripe.setupIntents.create(
        { customer, usage: 'off_session', automatic_payment_methods: { enabled: true }, metadata: { settle_claim_id: input.claimId } },
        { idempotencyKey: input.idempotencyKey },
      ),
    );
    if (!intent.client_secret) throw new SettleError('provider_failed', 'Stripe returned no client secret.');
    return { reference: intent.id, clientSecret: intent.client_secret };
  }

  checkoutConfig(): CheckoutProvider {
    return {
      provider: 'stripe',
      publishableKey: this.options.publishableKey,
      wallets: [...(this.options.wallets ?? ['apple_pay', 'google_pay'])],
      autopay: true,
    };
  }

  /** One Stripe Customer per claim, remembered in the store, so saved methods stay together. */
  private async customerFor(claimId: string): Promise<string> {
    const key = `stripe-customer:${claimId}`;
    const known = await this.deps.store.get(key);
    if (known) return known;
    const customer = await this.call((stripe) => stripe.customers.create({ metadata: { settle_claim_id: claimId } }, { idempotencyKey: `settle-customer-${claimId}` }));
    if (!(await this.deps.store.setIfAbsent(key, customer.id, 400 * 24 * 3600 * 1000))) return (await this.deps.store.get(key)) ?? customer.id;
    return customer.id;
  }

  private async call<T>(operation: (stripe: Stripe) => Promise<T>): Promise<T> {
    const stripe = await this.sdk();
    try {
      return await operation(stripe);
    } catch (error) {
      // Stripe's message may name parameters but never secrets; still keep it server-side.
      throw new SettleError('provider_failed', 'The payment provider could not be reached. Please try again.', { cause: error });
    }
  }
}

/** Maps a PaymentIntent onto Settle's life cycle. */
function observe(intent: Stripe.PaymentIntent): ObservedPayment {
  const failure = intent.last_payment_error;
  const status = statusOf(intent);
  return {
    reference: intent.id,
    status,
    // What Stripe actually received counts once succeeded; a partial capture is a mismatch.
    amount: { amount: status === 'succeeded' ? intent.amount_received : intent.amount, currency: intent.currency.toUpperCase() },
    claimId: intent.metadata?.settle_claim_id,
    paymentId: intent.metadata?.settle_payment_id,
    ...(status === 'failed' ? { failureReason: failureReason(failure?.decline_code ?? failure?.code) } : {}),
    ...(status === 'failed' && typeof intent.latest_charge === 'string' ? { attemptId: intent.latest_charge } : {}),
    ...(status === 'succeeded' && intent.setup_future_usage === 'off_session' && typeof intent.payment_method === 'string'
      ? { savedMethod: { paymentMethod: intent.payment_method, ...(typeof intent.customer === 'string' ? { customer: intent.customer } : {}) } }
      : {}),
  };
}

function statusOf(intent: Stripe.PaymentIntent): PaymentStatus {
  switch (intent.status) {
    case 'succeeded':
      return 'succeeded';
    case 'processing':
    case 'requires_capture':
      return 'processing';
    case 'requires_action':
      return 'requires_action';
    case 'canceled':
      return 'canceled';
    case 'requires_payment_method':
      return intent.last_payment_error ? 'failed' : 'requires_payment';
    default:
      return 'requires_payment';
  }
}

const FAILURE_REASONS: Record<string, PaymentFailureReason> = {
  insufficient_funds: 'insufficient_funds',
  expired_card: 'expired_card',
  incorrect_cvc: 'incorrect_details',
  incorrect_number: 'incorrect_details',
  invalid_cvc: 'incorrect_details',
  invalid_expiry_month: 'incorrect_details',
  invalid_expiry_year: 'incorrect_details',
  incorrect_zip: 'incorrect_details',
  payment_intent_authentication_failure: 'authentication_failed',
  authentication_required: 'authentication_failed',
  processing_error: 'processing_error',
  card_declined: 'card_declined',
  generic_decline: 'card_declined',
  do_not_honor: 'card_declined',
  lost_card: 'card_declined',
  stolen_card: 'card_declined',
};

function failureReason(code: string | undefined): PaymentFailureReason {
  return (code && FAILURE_REASONS[code]) || 'other';
}
