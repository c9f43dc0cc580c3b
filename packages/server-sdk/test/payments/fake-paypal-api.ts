import { createHmac } from 'node:crypto';
import { http, HttpResponse } from 'msw';

const API = 'https://api-m.sandbox.paypal.com';

interface Order {
  id: string;
  status: 'CREATED' | 'APPROVED' | 'COMPLETED' | 'VOIDED' | 'PAYER_ACTION_REQUIRED';
  purchase_units: {
    reference_id?: string;
    custom_id?: string;
    amount: { currency_code: string; value: string };
    payments?: { captures: { id: string; status: string; amount: { currency_code: string; value: string }; custom_id?: string }[] };
  }[];
}

/**
 * A faithful fake of PayPal's REST API as Settle uses it: OAuth client credentials,
 * Orders v2 create / read / capture with `PayPal-Request-Id` replays and PayPal's error
 * shape, and verify-webhook-signature. PayPal signs webhooks with RSA over
 * `transmission_id|transmission_time|webhook_id|crc32(body)`; the fake signs the same
 * string with its own key, so only events it issued verify.
 */
export class FakePayPalApi {
  readonly orders = new Map<string, Order>();
  readonly verifyCalls: unknown[] = [];
  readonly tokenRequests: number[] = [];
  readonly requestIds: string[] = [];
  readonly refunds: { id: string; captureId: string; amount: { currency_code: string; value: string } }[] = [];
  declineNextCapture = false;
  private readonly replays = new Map<string, unknown>();
  private readonly signingKey = 'fake-paypal-signing-key';
  private counter = 0;

  constructor(
    private readonly clientId: string,
    private readonly clientSecret: string,
  ) {}

  handlers() {
    const token = 'A21AA-fake-access-token';
    const authorized = (request: Request) => request.headers.get('authorization') === `Bearer ${token}`;
    return [
      http.post(`${API}/v1/oauth2/token`, async ({ request }) => {
        this.tokenRequests.push(Date.now());
        const expected = `Basic ${Buffer.from(`${this.clientId}:${this.clientSecret}`).toString('base64')}`;
        if (request.headers.get('authorization') !== expected || (await request.text()) !== 'grant_type=client_credentials') {
          return HttpResponse.json({ error: 'invalid_client', error_description: 'Client Authentication failed' }, { status: 401 });
        }
        return HttpResponse.json({ scope: 'https://uri.paypal.com/services/payments', access_token: token, token_type: 'Bearer', expires_in: 32400 });
      }),
      http.post(`${API}/v2/checkout/orders`, async ({ request }) => {
        if (!authorized(request)) return unauthorized();
        return this.replay(request, 'create', async () => {
          const body = (await request.json()) as { intent: string; purchase_units: Order['purchase_units'] };
          const id = `5O190127TN36${String(++this.counter).padStart(5, '0')}`;
          const order: Order = { id, status: 'CREATED', purchase_units: body.purchase_units };
          this.orders.set(id, order);
          return { status: 201, body: order };
        });
      }),
      http.get(`${API}/v2/checkout/orders/:id`, ({ request, params }) => {
        if (!authorized(request)) return unauthorized();
        const order = this.orders.get(String(params.id));
        return order ? HttpResponse.json(order) : issue(404, 'RESOURCE_NOT_FOUND');
      }),
      http.post(`${API}/v2/checkout/orders/:id/capture`, async ({ request, params }) => {
        if (!authorized(request)) return unauthorized();
        return this.replay(request, `capture:${String(params.id)}`, async () => {
          const order = this.orders.get(String(params.id));
          if (!order) return { status: 404, body: issueBody('RESOURCE_NOT_FOUND') };
          if (order.status === 'COMPLETED') return { status: 422, body: issueBody('ORDER_ALREADY_CAPTURED') };
          if (order.status !== 'APPROVED') return { status: 422, body: issueBody('ORDER_NOT_APPROVED') };
          if (this.declineNextCapture) {
            this.declineNextCapture = false;
            return { status: 422, body: issueBody('INSTRUMENT_DECLINED') };
          }
          const unit = order.purchase_units[0]!;
          unit.payments = { captures: [{ id: `CAP${++this.counter}`, status: 'COMPLETED', amount: unit.amount, ...(unit.custom_id ? { custom_id: unit.custom_id } : {}) }] };
          order.status = 'COMPLETED';
          return { status: 201, body: order };
        });
      }),
      // Payments v2: refund a completed capture (the whole capture when no amount is sent).
      http.post(`${API}/v2/payments/captures/:id/refund`, async ({ request, params }) => {
        if (!authorized(request)) return unauthorized();
        return this.replay(request, `refund:${String(params.id)}`, async () => {
          const capture = [...this.orders.values()].flatMap((order) => order.purchase_units[0]?.payments?.captures ?? []).find((candidate) => candidate.id === String(params.id));
          if (!capture) return { status: 404, body: issueBody('INVALID_RESOURCE_ID') };
          if (this.refunds.some((refund) => refund.captureId === capture.id)) return { status: 422, body: issueBody('CAPTURE_FULLY_REFUNDED') };
          const body = (await request.json().catch(() => ({}))) as { amount?: { currency_code: string; value: string } };
          const refund = { id: `REF${++this.counter}`, captureId: capture.id, amount: body.amount ?? capture.amount };
          this.refunds.push(refund);
          return { status: 201, body: { id: refund.id, status: 'COMPLETED', amount: refund.amount } };
        });
      }),
      http.post(`${API}/v1/notifications/verify-webhook-signature`, async ({ request }) => {
        if (!authorized(request)) return unauthorized();
        const body = (await request.json()) as Record<string, string> & { webhook_event: unknown };
        this.verifyCalls.push(body);
        const expected = this.sign(body.transmission_id!, body.transmission_time!, body.webhook_id!, JSON.stringify(body.webhook_event));
        return HttpResponse.json({ verification_status: body.transmission_sig === expected ? 'SUCCESS' : 'FAILURE' });
      }),
    ];
  }

  /** The payer approved the order in PayPal's window. */
  approve(orderId: string): void {
    const order = this.orders.get(orderId);
    if (!order) throw new Error(`no order ${orderId}`);
    order.status = 'APPROVED';
  }

  /** Headers PayPal would send with a webhook for `body`, for the given webhook id, sent at `sentAt` (ms). */
  webhookHeaders(body: string, webhookId: string, certUrl = 'https://api.sandbox.paypal.com/v1/notifications/certs/CERT-360caa42-fca2a594-1d93a270', sentAt = Date.now()): Record<string, string> {
    const transmissionId = crypto.randomUUID();
    const transmissionTime = new Date(sentAt).toISOString();
    return {
      'paypal-auth-algo': 'SHA256withRSA',
      'paypal-cert-url': certUrl,
      'paypal-transmission-id': transmissionId,
      'paypal-transmission-time': transmissionTime,
      'paypal-transmission-sig': this.sign(transmissionId, transmissionTime, webhookId, body),
    };
  }

  private sign(transmissionId: string, time: string, webhookId: string, body: string): string {
    // Canonical JSON, as PayPal hashes the event it received (re-serialised by the caller).
    const canonical = JSON.stringify(JSON.parse(body));
    return createHmac('sha256', this.signingKey).update(`${transmissionId}|${time}|${webhookId}|${canonical}`).digest('base64');
  }

  private async replay(request: Request, scope: string, run: () => Promise<{ status: number; body: unknown }>): Promise<Response> {
    const requestId = request.headers.get('paypal-request-id');
    if (requestId) this.requestIds.push(requestId);
    const key = requestId ? `${scope}:${requestId}` : undefined;
    const earlier = key ? (this.replays.get(key) as { status: number; body: unknown } | undefined) : undefined;
    const result = earlier ?? (await run());
    if (key && !earlier) this.replays.set(key, result);
    return HttpResponse.json(result.body as Record<string, unknown>, { status: result.status });
  }
}

function issueBody(issue: string) {
  return { name: 'UNPROCESSABLE_ENTITY', message: 'The requested action could not be performed.', details: [{ issue, description: issue }] };
}

function issue(status: number, code: string): Response {
  return HttpResponse.json(issueBody(code), { status });
}

function unauthorized(): Response {
  return HttpResponse.json({ error: 'invalid_token', error_description: 'Token signature verification failed' }, { status: 401 });
}
