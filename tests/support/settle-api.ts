/**
 * Drives a running demo's Settle API over HTTP the way the widget does, for end-to-end
 * tests of what reaches the creditor's backend (and of steps whose elements come later).
 */
export class SettleApiClient {
  private constructor(
    private readonly api: string,
    readonly sessionToken: string,
    readonly claimId: string,
  ) {}

  /** Exchanges the `#t=` token of a printed link for a session, as the page script does. */
  static async open(link: string): Promise<SettleApiClient> {
    const url = new URL(link);
    const api = `${url.origin}/settle`;
    const token = new URLSearchParams(url.hash.slice(1)).get('t') ?? '';
    const body = await call<{ sessionToken: string; claimId: string }>(`${api}/session`, { method: 'POST', body: { token } });
    return new SettleApiClient(api, body.sessionToken, body.claimId);
  }

  get<T>(path: string): Promise<T> {
    return call<T>(`${this.api}${path}`, { method: 'GET', token: this.sessionToken });
  }

  post<T>(path: string, body: unknown, idempotencyKey?: string): Promise<T> {
    return call<T>(`${this.api}${path}`, { method: 'POST', body, token: this.sessionToken, ...(idempotencyKey ? { idempotencyKey } : {}) });
  }

  /** Answers the quiz; returns the segment the server scored. */
  async answerQuiz(answers: Record<string, string>): Promise<string> {
    const body = await this.post<{ outcome: { segment: string } }>('/quiz', { answers: Object.entries(answers).map(([step, answer]) => ({ step, answer })) });
    return body.outcome.segment;
  }

  /**
   * Pays the full amount with the sandbox wallet: create (idempotent per key), authorize in
   * the "wallet sheet", then let the server confirm with the provider. A payment that is
   * already final (the same key again, as after a double click) is returned as it is.
   */
  async payInFullWithSandbox(idempotencyKey: string): Promise<{ id: string; status: string }> {
    const created = await this.post<PaymentBody>('/payments', { option: 'full', provider: 'sandbox' }, idempotencyKey);
    const client = created.payment.client;
    if (!client) return created.payment;
    await call(`${this.api}/sandbox/payments/${encodeURIComponent(client.reference)}/authorize`, {
      method: 'POST',
      body: { clientSecret: client.clientSecret, scenario: 'success' },
    });
    return this.confirmPayment(created.payment.id);
  }

  /** Asks the server to confirm a payment with its provider (the browser's "done"). */
  async confirmPayment(paymentId: string): Promise<{ id: string; status: string }> {
    return (await this.post<PaymentBody>(`/payments/${encodeURIComponent(paymentId)}/confirm`, {})).payment;
  }
}

type PaymentBody = { payment: { id: string; status: string; client?: { reference: string; clientSecret: string } } };

interface CallOptions {
  method: 'GET' | 'POST';
  body?: unknown;
  token?: string;
  idempotencyKey?: string;
}

async function call<T>(url: string, options: CallOptions): Promise<T> {
  const headers: Record<string, string> = {};
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
  const response = await fetch(url, { method: options.method, headers, ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}) });
  const text = await response.text();
  if (!response.ok) throw new Error(`${options.method} ${new URL(url).pathname} answered ${response.status}: ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}
