import { formatMoneyDecimal, parseMoney, type CheckoutProvider, type Money, type PaymentStatus } from '@settle/protocol';
import { SettleError } from '../errors.js';
import { WEBHOOK_TOLERANCE_SECONDS } from './signature.js';
import type { CreatedPayment, ObservedPayment, PaymentProvider, PaymentRequest, ProviderDeps, ProviderEvent, Refund } from './provider.js';

export interface PayPalProviderOptions {
  clientId: string;
  clientSecret: string;
  /** The id PayPal shows for the webhook you registered; verification is bound to it. */
  webhookId: string;
  /** `sandbox` (api-m.sandbox.paypal.com) or `live` (api-m.paypal.com). Default: sandbox. */
  environment?: 'sandbox' | 'live';
}

const API_BASE = { sandbox: 'https://api-m.sandbox.paypal.com', live: 'https://api-m.paypal.com' } as const;

export const PAYPAL_EVENT_TYPES = ['PAYMENT.CAPTURE.COMPLETED', 'PAYMENT.CAPTURE.PENDING', 'PAYMENT.CAPTURE.DENIED', 'PAYMENT.CAPTURE.DECLINED'] as const;

interface PayPalAmount {
  currency_code: string;
  value: string;
}
interface PayPalCapture {
  id: string;
  status: string;
  amount: PayPalAmount;
  custom_id?: string;
  supplementary_data?: { related_ids?: { order_id?: string } };
}
interface PayPalOrder {
  id: string;
  status: string;
  purchase_units?: { reference_id?: string; custom_id?: string; amount: PayPalAmount; payments?: { captures?: PayPalCapture[] } }[];
}

/** A PayPal provider for `createSettle({ providers: { paypal: paypalProvider({...}) } })`. It needs no PayPal package. */
export function paypalProvider(options: PayPalProviderOptions): (deps: ProviderDeps) => PaymentProvider {
  return (deps) => new PayPalProvider(options, deps);
}

/**
 * PayPal Orders v2 over fetch. Orders are created and captured only by the server (the
 * buttons call Settle, never PayPal's client-side order creation); every POST carries a
 * `PayPal-Request-Id`, PayPal's idempotency key.
 */
export class PayPalProvider implements PaymentProvider {
  readonly name = 'paypal' as const;
  private readonly base: string;
  private token: { value: string; expiresAt: number } | undefined;

  constructor(
    private readonly options: PayPalProviderOptions,
    private readonly deps: { now: () => number },
  ) {
    this.base = API_BASE[options.environment ?? 'sandbox'];
  }

  async createPayment(request: PaymentRequest): Promise<CreatedPayment> {
    const order = await this.api<PayPalOrder>('POST', '/v2/checkout/orders', {
      requestId: request.idempotencyKey,
      body: {
        intent: 'CAPTURE',
        purchase_units: [
          {
            reference_id: request.claimId,
            // Captures carry custom_id but not reference_id: both ids travel in it.
            custom_id: `${request.claimId}:${request.paymentId}`,
            description: request.purpose.slice(0, 127),
            amount: { currency_code: request.amount.currency, value: formatMoneyDecimal(request.amount) },
          },
        ],
      },
    });
    return { reference: order.id, client: { provider: 'paypal', orderId: order.id, clientId: this.options.clientId } };
  }

  /** Reads the order and captures it once the payer approved it (idempotent per payment). */
  async fetchPayment(reference: string, request: Pick<PaymentRequest, 'idempotencyKey'>): Promise<ObservedPayment> {
    const path = `/v2/checkout/orders/${encodeURIComponent(reference)}`;
    let order = await this.api<PayPalOrder>('GET', path);
    if (order.status === 'APPROVED') {
      try {
        order = await this.api<PayPalOrder>('POST', `${path}/capture`, { requestId: `${request.idempotencyKey}-capture`, body: {} });
      } catch (error) {
        if (error instanceof PayPalApiError && error.issue === 'INSTRUMENT_DECLINED') {
          return { ...observeOrder(order), status: 'failed', failureReason: 'card_declined' };
        }
        // A concurrent confirmation (or webhook-driven capture) got there first: read the result.
        if (error instanceof PayPalApiError && error.issue === 'ORDER_ALREADY_CAPTURED') return observeOrder(await this.api<PayPalOrder>('GET', path));
        throw error;
      }
    }
    return observeOrder(order);
  }

  /**
   * An order with intent CAPTURE takes money only when it is captured, and only Settle's
   * server captures (fetchPayment, for a record still open). Orders v2 has no cancel call for
   * such an order: abandoned, it expires at PayPal. So there is nothing to send; an order
   * that was captured already cannot be stopped.
   */
  async cancelPayment(reference: string): Promise<void> {
    const order = await this.api<PayPalOrder>('GET', `/v2/checkout/orders/${encodeURIComponent(reference)}`);
    if (order.status === 'COMPLETED') throw new SettleError('payment_in_progress', 'The earlier PayPal checkout for this balance was already captured.');
  }

  /** Refunds the order's capture (Payments v2 captures/{id}/refund), keyed by PayPal-Request-Id. */
  async refundPayment(reference: string, amount: Money, idempotencyKey: string): Promise<Refund> {
    const order = await this.api<PayPalOrder>('GET', `/v2/checkout/orders/${encodeURIComponent(reference)}`);
    const capture = order.purchase_units?.[0]?.payments?.captures?.[0];
    if (!capture) throw new SettleError('provider_failed', 'PayPal has no capture to refund on this order.');
    const refund = await this.api<{ id: string; status: string; amount?: PayPalAmount }>('POST', `/v2/payments/captures/${encodeURIComponent(capture.id)}/refund`, {
      requestId: idempotencyKey,
      body: { amount: { currency_code: amount.currency, value: formatMoneyDecimal(amount) }, note_to_payer: 'Overpayment returned' },
    });
    return { reference: refund.id, amount: refund.amount ? toMoney(refund.amount) : amount, status: refund.status === 'COMPLETED' ? 'succeeded' : 'pending' };
  }

  /** The order a capture event names (a capture's related order id); checked against Settle's records before PayPal verifies the event. */
  claimedReference(rawBody: string): string | undefined {
    try {
      const event = JSON.parse(rawBody) as { event_type?: unknown; resource?: PayPalCapture };
      if (!(PAYPAL_EVENT_TYPES as readonly unknown[]).includes(event.event_type)) return undefined;
      const orderId = event.resource?.supplementary_data?.related_ids?.order_id;
      return typeof orderId === 'string' ? orderId : undefined;
    } catch {
      return undefined;
    }
  }

  async parseWebhook(rawBody: string, headers: Headers): Promise<ProviderEvent> {
    const certUrl = headers.get('paypal-cert-url') ?? '';
    // PayPal names the certificate by URL; we never fetch it, and refuse one not on paypal.com.
    if (!isPayPalUrl(certUrl)) throw new SettleError('webhook_invalid', 'The PayPal certificate URL is not on paypal.com.');
    const transmission = {
      auth_algo: headers.get('paypal-auth-algo'),
      cert_url: certUrl,
      transmission_id: headers.get('paypal-transmission-id'),
      transmission_sig: headers.get('paypal-transmission-sig'),
      transmission_time: headers.get('paypal-transmission-time'),
    };
    if (Object.values(transmission).some((value) => !value)) throw new SettleError('webhook_invalid', 'PayPal transmission headers are missing.');
    this.checkTransmissionTime(transmission.transmission_time ?? '');
    let event: { id?: string; event_type?: string; resource?: PayPalCapture };
    try {
      event = JSON.parse(rawBody) as typeof event;
    } catch {
      throw new SettleError('webhook_invalid', 'The webhook body is not JSON.');
    }
    const verdict = await this.api<{ verification_status?: string }>('POST', '/v1/notifications/verify-webhook-signature', {
      body: { ...transmission, webhook_id: this.options.webhookId, webhook_event: event },
    });
    if (verdict.verification_status !== 'SUCCESS') throw new SettleError('webhook_invalid', 'PayPal did not confirm the webhook signature.');

    const eventId = event.id ?? '';
    const type = event.event_type ?? '';
    const capture = event.resource;
    const orderId = capture?.supplementary_data?.related_ids?.order_id;
    if (!(PAYPAL_EVENT_TYPES as readonly string[]).includes(type) || !capture || !orderId) return { kind: 'ignored', eventId, type };
    const [claimId, paymentId] = splitCustomId(capture.custom_id);
    return {
      kind: 'payment',
      eventId,
      payment: { reference: orderId, status: captureStatus(capture.status), amount: toMoney(capture.amount), claimId, paymentId, attemptId: capture.id, ...failureOf(capture.status) },
    };
  }

  /**
   * PayPal's signature covers the transmission time, so a captured delivery replayed later
   * keeps its old time: refuse one more than 300 s off, as for Stripe, before asking PayPal.
   */
  private checkTransmissionTime(value: string): void {
    const sent = /^\d{4}-\d{2}-\d{2}T/.test(value) ? Date.parse(value) : Number.NaN;
    if (!Number.isFinite(sent)) throw new SettleError('webhook_invalid', 'The PayPal transmission time is not an ISO 8601 date.');
    const age = Math.round((this.deps.now() - sent) / 1000);
    if (Math.abs(age) > WEBHOOK_TOLERANCE_SECONDS) {
      throw new SettleError(
        'webhook_invalid',
        age > 0 ? `The event is ${age} s old; at most ${WEBHOOK_TOLERANCE_SECONDS} s are accepted.` : `The event is ${-age} s in the future; at most ${WEBHOOK_TOLERANCE_SECONDS} s are accepted.`,
      );
    }
  }

  checkoutConfig(): CheckoutProvider {
    return { provider: 'paypal', clientId: this.options.clientId, autopay: false };
  }

  private async accessToken(): Promise<string> {
    if (this.token && this.token.expiresAt > this.deps.now()) return this.token.value;
    const response = await this.send(`${this.base}/v1/oauth2/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${btoa(`${this.options.clientId}:${this.options.clientSecret}`)}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials',
    });
    if (!response.ok) throw new SettleError('provider_failed', 'PayPal refused the API credentials.');
    const token = (await response.json()) as { access_token: string; expires_in: number };
    // Renew a minute early so a request never carries a token that expires in flight.
    this.token = { value: token.access_token, expiresAt: this.deps.now() + Math.max(0, token.expires_in - 60) * 1000 };
    return token.access_token;
  }

  private async api<T>(method: 'GET' | 'POST', path: string, input: { body?: unknown; requestId?: string } = {}): Promise<T> {
    const token = await this.accessToken();
    const response = await this.send(`${this.base}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        accept: 'application/json',
        ...(input.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(input.requestId ? { 'paypal-request-id': input.requestId, prefer: 'return=representation' } : {}),
      },
      ...(input.body === undefined ? {} : { body: JSON.stringify(input.body) }),
    });
    const body = (await response.json().catch(() => ({}))) as T & { details?: { issue?: string }[] };
    if (!response.ok) throw new PayPalApiError(response.status, body.details?.[0]?.issue);
    return body;
  }

  private async send(url: string, init: RequestInit): Promise<Response> {
    try {
      return await fetch(url, init);
    } catch (error) {
      throw new SettleError('provider_failed', 'The payment provider could not be reached. Please try again.', { cause: error });
    }
  }
}

/** A PayPal API error with PayPal's issue code (e.g. INSTRUMENT_DECLINED); its body stays server-side. */
class PayPalApiError extends SettleError {
  override name = 'PayPalApiError';
  constructor(
    readonly httpStatus: number,
    readonly issue: string | undefined,
  ) {
    super('provider_failed', 'The payment provider could not complete the request. Please try again.');
  }
}

function isPayPalUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && (url.hostname === 'paypal.com' || url.hostname.endsWith('.paypal.com'));
  } catch {
    return false;
  }
}

function splitCustomId(customId: string | undefined): [string | undefined, string | undefined] {
  const match = customId ? /^([A-Za-z0-9_-]{1,64}):(pay_[A-Za-z0-9]+)$/.exec(customId) : null;
  return match ? [match[1], match[2]] : [undefined, undefined];
}

function toMoney(amount: PayPalAmount): Money {
  return parseMoney(amount.value, amount.currency_code);
}

function captureStatus(status: string): PaymentStatus {
  if (status === 'COMPLETED') return 'succeeded';
  if (status === 'PENDING') return 'processing';
  if (status === 'DECLINED' || status === 'FAILED' || status === 'DENIED') return 'failed';
  return 'processing';
}

function failureOf(status: string): Pick<ObservedPayment, 'failureReason'> {
  return captureStatus(status) === 'failed' ? { failureReason: 'card_declined' } : {};
}

function observeOrder(order: PayPalOrder): ObservedPayment {
  const unit = order.purchase_units?.[0];
  const capture = unit?.payments?.captures?.[0];
  const [claimId, paymentId] = splitCustomId(capture?.custom_id ?? unit?.custom_id);
  const base = { reference: order.id, claimId: claimId ?? unit?.reference_id, paymentId };
  if (capture) return { ...base, status: captureStatus(capture.status), amount: toMoney(capture.amount), attemptId: capture.id, ...failureOf(capture.status) };
  if (!unit) throw new SettleError('provider_failed', 'PayPal returned an order without a purchase unit.');
  const status: PaymentStatus = order.status === 'PAYER_ACTION_REQUIRED' ? 'requires_action' : order.status === 'VOIDED' ? 'canceled' : 'requires_payment';
  return { ...base, status, amount: toMoney(unit.amount) };
}
