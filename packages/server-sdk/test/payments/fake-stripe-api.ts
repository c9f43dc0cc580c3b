import { http, HttpResponse } from 'msw';
import type Stripe from 'stripe';

const API = 'https://api.stripe.com/v1';

/**
 * A faithful fake of the parts of api.stripe.com Settle uses: form-encoded POSTs, Bearer
 * secret-key auth, `Idempotency-Key` replays, PaymentIntents, Customers, SetupIntents.
 * Tests move intents through their life cycle as the debtor's browser would.
 */
export class FakeStripeApi {
  readonly intents = new Map<string, Stripe.PaymentIntent>();
  readonly setupIntents = new Map<string, Stripe.SetupIntent>();
  readonly customers: string[] = [];
  readonly refunds = new Map<string, Stripe.Refund>();
  readonly requests: { method: string; path: string; idempotencyKey: string | null; form: URLSearchParams }[] = [];
  private readonly replays = new Map<string, unknown>();
  private counter = 0;

  constructor(private readonly secretKey: string) {}

  handlers() {
    return [
      http.post(`${API}/payment_intents`, async ({ request }) => this.idempotent(request, (form) => this.createIntent(form))),
      http.get(`${API}/payment_intents/:id`, async ({ request, params }) => {
        const denied = this.authorize(request);
        if (denied) return denied;
        this.requests.push({ method: 'GET', path: new URL(request.url).pathname, idempotencyKey: null, form: new URLSearchParams() });
        const intent = this.intents.get(String(params.id));
        return intent ? HttpResponse.json(intent) : stripeError(404, 'invalid_request_error', 'resource_missing');
      }),
      // Cancelable while requires_payment_method, requires_capture, requires_confirmation,
      // requires_action or processing; otherwise 400 payment_intent_unexpected_state.
      http.post(`${API}/payment_intents/:id/cancel`, async ({ request, params }) =>
        this.idempotent(request, () => {
          const intent = this.intents.get(String(params.id));
          if (!intent) return new StripeFakeError(404, { type: 'invalid_request_error', code: 'resource_missing', message: 'No such payment_intent' });
          if (intent.status === 'succeeded' || intent.status === 'canceled') {
            return new StripeFakeError(400, {
              type: 'invalid_request_error',
              code: 'payment_intent_unexpected_state',
              message: `You cannot cancel this PaymentIntent because it has a status of ${intent.status}.`,
            });
          }
          return this.update(intent.id, (current) => ({ ...current, status: 'canceled', canceled_at: Math.floor(Date.now() / 1000), cancellation_reason: null }));
        }),
      ),
      // Refunds of a succeeded PaymentIntent, at most what it received.
      http.post(`${API}/refunds`, async ({ request }) =>
        this.idempotent(request, (form) => {
          const intent = this.intents.get(form.get('payment_intent') ?? '');
          if (!intent) return new StripeFakeError(404, { type: 'invalid_request_error', code: 'resource_missing', message: 'No such payment_intent' });
          const refunded = [...this.refunds.values()].filter((refund) => refund.payment_intent === intent.id).reduce((sum, refund) => sum + refund.amount, 0);
          const amount = form.has('amount') ? Number(form.get('amount')) : intent.amount_received - refunded;
          if (intent.status !== 'succeeded' || refunded + amount > intent.amount_received) {
            return new StripeFakeError(400, { type: 'invalid_request_error', code: 'charge_already_refunded', message: 'Charge has already been refunded.' });
          }
          const refund = {
            id: `re_${++this.counter}`,
            object: 'refund',
            amount,
            currency: intent.currency,
            payment_intent: intent.id,
            charge: intent.latest_charge,
            status: 'succeeded',
            metadata: metadataOf(form),
          } as unknown as Stripe.Refund;
          this.refunds.set(refund.id, refund);
          return refund;
        }),
      ),
      http.post(`${API}/customers`, async ({ request }) =>
        this.idempotent(request, (form) => {
          const id = `cus_${++this.counter}`;
          this.customers.push(id);
          return { id, object: 'customer', metadata: metadataOf(form) };
        }),
      ),
      http.post(`${API}/setup_intents`, async ({ request }) =>
        this.idempotent(request, (form) => {
          const id = `seti_${++this.counter}`;
          const intent = {
            id,
            object: 'setup_intent',
            client_secret: `${id}_secret_fake`,
            customer: form.get('customer'),
            usage: form.get('usage'),
            status: 'requires_payment_method',
            metadata: metadataOf(form),
          } as unknown as Stripe.SetupIntent;
          this.setupIntents.set(id, intent);
          return intent;
        }),
      ),
    ];
  }

  /** The debtor completed the Payment Element and Stripe took the money. */
  succeed(id: string, overrides: Partial<Stripe.PaymentIntent> = {}): Stripe.PaymentIntent {
    return this.update(id, (intent) => ({
      ...intent,
      status: 'succeeded',
      amount_received: intent.amount,
      latest_charge: `ch_${id}`,
      payment_method: intent.payment_method ?? `pm_${id}`,
      last_payment_error: null,
      ...overrides,
    }));
  }

  /** The card was declined: Stripe leaves the intent waiting for another method. */
  decline(id: string, declineCode: string): Stripe.PaymentIntent {
    return this.update(id, (intent) => ({
      ...intent,
      status: 'requires_payment_method',
      latest_charge: `ch_${id}_${++this.counter}`,
      last_payment_error: { type: 'card_error', code: 'card_declined', decline_code: declineCode } as Stripe.PaymentIntent.LastPaymentError,
    }));
  }

  private update(id: string, change: (intent: Stripe.PaymentIntent) => Stripe.PaymentIntent): Stripe.PaymentIntent {
    const intent = this.intents.get(id);
    if (!intent) throw new Error(`no intent ${id}`);
    const next = change(intent);
    this.intents.set(id, next);
    return next;
  }

  private createIntent(form: URLSearchParams): Stripe.PaymentIntent | StripeFakeError {
    const id = `pi_${++this.counter}`;
    const intent = {
      id,
      object: 'payment_intent',
      amount: Number(form.get('amount')),
      amount_received: 0,
      currency: form.get('currency'),
      status: 'requires_payment_method',
      client_secret: `${id}_secret_fake`,
      description: form.get('description'),
      customer: form.get('customer'),
      payment_method: form.get('payment_method'),
      setup_future_usage: form.get('setup_future_usage'),
      automatic_payment_methods: { enabled: form.get('automatic_payment_methods[enabled]') === 'true' },
      metadata: metadataOf(form),
      last_payment_error: null,
      latest_charge: null,
      livemode: false,
    } as unknown as Stripe.PaymentIntent;
    this.intents.set(id, intent);
    if (form.get('confirm') !== 'true') return intent;
    // Off-session confirmation with a saved method: Stripe answers 402 with the failed intent on a decline.
    if (form.get('payment_method') === 'pm_card_chargeDeclined') {
      const failed = this.decline(id, 'insufficient_funds');
      return new StripeFakeError(402, { type: 'card_error', code: 'card_declined', decline_code: 'insufficient_funds', message: 'Your card has insufficient funds.', payment_intent: failed });
    }
    return this.succeed(id);
  }

  private async idempotent(request: Request, create: (form: URLSearchParams) => unknown): Promise<Response> {
    const denied = this.authorize(request);
    if (denied) return denied;
    const form = new URLSearchParams(await request.text());
    const key = request.headers.get('idempotency-key');
    this.requests.push({ method: 'POST', path: new URL(request.url).pathname, idempotencyKey: key, form });
    const replayKey = key ? `${new URL(request.url).pathname}:${key}` : undefined;
    const earlier = replayKey ? this.replays.get(replayKey) : undefined;
    if (earlier instanceof StripeFakeError) return HttpResponse.json({ error: earlier.body }, { status: earlier.status, headers: { 'idempotent-replayed': 'true' } });
    if (earlier) return HttpResponse.json(earlier as Record<string, unknown>, { headers: { 'idempotent-replayed': 'true' } });
    const created = create(form);
    if (replayKey) this.replays.set(replayKey, created);
    if (created instanceof StripeFakeError) return HttpResponse.json({ error: created.body }, { status: created.status });
    return HttpResponse.json(created as Record<string, unknown>);
  }

  private authorize(request: Request): Response | undefined {
    if (request.headers.get('authorization') !== `Bearer ${this.secretKey}`) return stripeError(401, 'invalid_request_error', 'api_key_invalid');
    return undefined;
  }
}

function metadataOf(form: URLSearchParams): Record<string, string> {
  const metadata: Record<string, string> = {};
  for (const [name, value] of form) {
    const match = /^metadata\[(.+)\]$/.exec(name);
    if (match?.[1]) metadata[match[1]] = value;
  }
  return metadata;
}

function stripeError(status: number, type: string, code: string): Response {
  return HttpResponse.json({ error: { type, code, message: code } }, { status });
}

/** An error answer Stripe gives, with its JSON `error` body. */
class StripeFakeError {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
  ) {}
}
