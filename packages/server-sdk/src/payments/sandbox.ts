import type { CheckoutProvider, Money, PaymentFailureReason, PaymentStatus, SandboxAuthorizeRequest, SandboxAuthorizeResponse } from '@settle/protocol';
import { SettleError } from '../errors.js';
import type { SettleStore } from '../store/store.js';
import type { CreatedPayment, ObservedPayment, PaymentProvider, PaymentRequest, ProviderEvent, Refund, SavedMethod } from './provider.js';
import { signTimestamped, verifyTimestampedSignature } from './signature.js';

export interface SandboxProviderOptions {
  /**
   * Secret the sandbox signs its webhooks with. Give one when several server instances
   * share a store; by default each process makes its own.
   */
  webhookSecret?: string;
  /**
   * The sandbox marks claims paid without moving money, so createSettle refuses it when
   * NODE_ENV is "production". Set this for a demo or staging system that runs in production
   * mode on purpose; Settle then warns loudly at start-up.
   */
  allowInProduction?: boolean;
}

export const SANDBOX_SIGNATURE_HEADER = 'settle-sandbox-signature';

interface SandboxPayment {
  amount: Money;
  claimId: string;
  paymentId: string;
  clientSecret: string;
  status: PaymentStatus;
  failureReason?: PaymentFailureReason;
  attempts: number;
  /** The debtor agreed to autopay: a successful payment saves the method. */
  autopay?: boolean;
  /** Refunds by idempotency key. */
  refunds?: Record<string, Refund>;
}

const DECLINES: Record<string, PaymentFailureReason> = {
  decline_card: 'card_declined',
  decline_insufficient_funds: 'insufficient_funds',
  decline_expired_card: 'expired_card',
};
const RETENTION_MS = 30 * 24 * 3600 * 1000;

/**
 * An offline provider for demos and tests. It keeps its "bank" in the Settle store and
 * behaves like a card provider: the wallet sheet authorizes with a client secret, the
 * outcome follows the chosen scenario only (success, a decline with its reason, or a
 * challenge step), and the server learns the result the same ways as from Stripe: a
 * server-side fetch or a signed webhook.
 */
export class SandboxProvider implements PaymentProvider {
  readonly name = 'sandbox' as const;
  readonly webhookSecret: string;

  constructor(
    options: SandboxProviderOptions,
    private readonly deps: { store: SettleStore; now: () => number },
  ) {
    this.webhookSecret = options.webhookSecret ?? `sbx_whsec_${randomHex(24)}`;
  }

  async createPayment(request: PaymentRequest): Promise<CreatedPayment> {
    // Deterministic: the same idempotency key always names the same sandbox payment.
    const reference = `sbx_${(await sha256Hex(request.idempotencyKey)).slice(0, 24)}`;
    const fresh: SandboxPayment = {
      amount: request.amount,
      claimId: request.claimId,
      paymentId: request.paymentId,
      clientSecret: `${reference}_secret_${randomHex(16)}`,
      status: 'requires_payment',
      attempts: 0,
      autopay: request.autopay,
    };
    await this.deps.store.setIfAbsent(key(reference), JSON.stringify(fresh), RETENTION_MS);
    const stored = await this.load(reference);
    return { reference, client: { provider: 'sandbox', reference, clientSecret: stored.clientSecret } };
  }

  /** What the sandbox wallet sheet calls; stands in for the provider's own frame talking to its servers. */
  async authorize(reference: string, request: SandboxAuthorizeRequest): Promise<SandboxAuthorizeResponse> {
    const payment = await this.load(reference).catch(() => undefined);
    if (!payment || !(await sameSecret(payment.clientSecret, request.clientSecret))) {
      throw new SettleError('not_found', 'There is no sandbox payment with this reference and secret.');
    }
    let current = payment;
    await this.change(reference, (latest) => {
      current = latest;
      if (latest.status === 'canceled') throw new SettleError('conflict', 'This sandbox payment was canceled: a newer checkout replaced it.');
      if (latest.status === 'succeeded') return;
      const next = outcome(request);
      latest.status = next.status;
      latest.attempts += 1;
      if (next.failureReason) latest.failureReason = next.failureReason;
      else delete latest.failureReason;
    });
    const status = current.status as SandboxAuthorizeResponse['status'];
    return { status, ...(current.failureReason && status === 'failed' ? { failureReason: current.failureReason } : {}) };
  }

  /** Charges a method the sandbox saved; `sbx_pm_declined` declines, like a card that stopped working. */
  async chargeSaved(request: PaymentRequest, method: SavedMethod): Promise<ObservedPayment> {
    const reference = `sbx_${(await sha256Hex(request.idempotencyKey)).slice(0, 24)}`;
    const declined = method.paymentMethod === 'sbx_pm_declined';
    const payment: SandboxPayment = {
      amount: request.amount,
      claimId: request.claimId,
      paymentId: request.paymentId,
      clientSecret: `${reference}_secret_${randomHex(16)}`,
      status: declined ? 'failed' : 'succeeded',
      ...(declined ? { failureReason: 'card_declined' as const } : {}),
      attempts: 1,
    };
    await this.deps.store.setIfAbsent(key(reference), JSON.stringify(payment), RETENTION_MS);
    return observe(reference, await this.load(reference));
  }

  async cancelPayment(reference: string): Promise<void> {
    await this.change(reference, (payment) => {
      if (payment.status === 'succeeded' || payment.status === 'processing') throw new SettleError('payment_in_progress', 'The earlier sandbox payment already went through.');
      payment.status = 'canceled';
      delete payment.failureReason;
    });
  }

  async refundPayment(reference: string, amount: Money, idempotencyKey: string): Promise<Refund> {
    let refund: Refund | undefined;
    await this.change(reference, (payment) => {
      refund = payment.refunds?.[idempotencyKey];
      if (refund) return;
      if (payment.status !== 'succeeded') throw new SettleError('conflict', 'Only a succeeded sandbox payment can be refunded.');
      const refunded = Object.values(payment.refunds ?? {}).reduce((sum, earlier) => sum + earlier.amount.amount, 0);
      if (amount.currency !== payment.amount.currency || refunded + amount.amount > payment.amount.amount) throw new SettleError('conflict', 'A refund cannot exceed the payment.');
      refund = { reference: `sbx_re_${randomHex(12)}`, amount, status: 'succeeded' };
      payment.refunds = { ...payment.refunds, [idempotencyKey]: refund };
    });
    return refund as Refund;
  }

  async fetchPayment(reference: string): Promise<ObservedPayment> {
    return observe(reference, await this.load(reference));
  }

  async parseWebhook(rawBody: string, headers: Headers): Promise<ProviderEvent> {
    await verifyTimestampedSignature({ rawBody, header: headers.get(SANDBOX_SIGNATURE_HEADER), secrets: [this.webhookSecret], nowMs: this.deps.now() });
    const event = JSON.parse(rawBody) as SandboxWebhookEvent;
    if (event.type !== 'payment.updated') return { kind: 'ignored', eventId: event.id, type: String(event.type) };
    return { kind: 'payment', eventId: event.id, payment: event.payment };
  }

  /**
   * The signed webhook the sandbox would send for a payment's current state: body and
   * headers ready to POST to /webhooks/sandbox (the demo and tests use it).
   */
  async webhookFor(reference: string, timestampSeconds = Math.floor(this.deps.now() / 1000)): Promise<{ body: string; headers: Record<string, string> }> {
    const payment = await this.load(reference);
    const event: SandboxWebhookEvent = {
      id: `evt_${reference}_${payment.status}_${payment.attempts}`,
      type: 'payment.updated',
      payment: observe(reference, payment),
    };
    const body = JSON.stringify(event);
    return { body, headers: { 'content-type': 'application/json', [SANDBOX_SIGNATURE_HEADER]: await signTimestamped(body, this.webhookSecret, timestampSeconds) } };
  }

  checkoutConfig(): CheckoutProvider {
    return { provider: 'sandbox', autopay: true };
  }

  /** Read, change, compare-and-set: a cancel racing the wallet's authorization loses neither. */
  private async change(reference: string, apply: (payment: SandboxPayment) => void): Promise<void> {
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const raw = await this.deps.store.get(key(reference));
      if (!raw) throw new SettleError('not_found', 'There is no sandbox payment with this reference.');
      const payment = JSON.parse(raw) as SandboxPayment;
      apply(payment);
      if (await this.deps.store.compareAndSet(key(reference), raw, JSON.stringify(payment), RETENTION_MS)) return;
    }
    throw new Error(`sandbox payment ${reference}: too much contention`);
  }

  private async load(reference: string): Promise<SandboxPayment> {
    const raw = await this.deps.store.get(key(reference));
    if (!raw) throw new SettleError('not_found', 'There is no sandbox payment with this reference.');
    return JSON.parse(raw) as SandboxPayment;
  }
}

export interface SandboxWebhookEvent {
  id: string;
  type: 'payment.updated';
  payment: ObservedPayment;
}

function outcome(request: SandboxAuthorizeRequest): { status: PaymentStatus; failureReason?: PaymentFailureReason } {
  if (request.scenario === 'success') return { status: 'succeeded' };
  if (request.scenario === 'challenge') {
    if (request.challenge === 'pass') return { status: 'succeeded' };
    if (request.challenge === 'fail') return { status: 'failed', failureReason: 'authentication_failed' };
    return { status: 'requires_action' };
  }
  return { status: 'failed', failureReason: DECLINES[request.scenario] ?? 'card_declined' };
}

function observe(reference: string, payment: SandboxPayment): ObservedPayment {
  return {
    reference,
    status: payment.status,
    amount: payment.amount,
    claimId: payment.claimId,
    paymentId: payment.paymentId,
    attemptId: `${reference}_${payment.attempts}`,
    ...(payment.failureReason && payment.status === 'failed' ? { failureReason: payment.failureReason } : {}),
    ...(payment.autopay && payment.status === 'succeeded' ? { savedMethod: { paymentMethod: `sbx_pm_${reference}` } } : {}),
  };
}

function key(reference: string): string {
  return `sandbox-payment:${reference}`;
}

async function sha256Hex(value: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(value));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Compares digests, so the comparison time says nothing about the secret. */
async function sameSecret(expected: string, given: string): Promise<boolean> {
  return (await sha256Hex(expected)) === (await sha256Hex(given));
}

function randomHex(bytes: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
