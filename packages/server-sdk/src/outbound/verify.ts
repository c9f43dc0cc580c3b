import { fromBase64 } from './secret.js';
import { hmacKey, signedContent, signWebhook, WEBHOOK_HEADERS } from './signature.js';

export type WebhookVerificationCode = 'missing_header' | 'invalid_timestamp' | 'timestamp_too_old' | 'timestamp_in_future' | 'no_matching_signature' | 'invalid_payload';

/** Why a webhook was refused; `code` is stable, the message says what to check. */
export class WebhookVerificationError extends Error {
  override name = 'WebhookVerificationError';
  constructor(
    readonly code: WebhookVerificationCode,
    message: string,
  ) {
    super(message);
  }
}

export interface VerifyWebhookOptions {
  /** How far the timestamp may lie from now, in either direction. Default 300 s. */
  toleranceSeconds?: number;
  /** Clock in epoch milliseconds, for tests. */
  now?: () => number;
}

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

/**
 * Verifies a Standard Webhooks delivery on the exact raw body and returns its parsed
 * JSON. Checks the timestamp in both directions, compares in constant time (WebCrypto
 * HMAC verify), accepts any of several signatures in the header and any of several
 * secrets, so both sides can rotate without downtime.
 *
 * @example
 * app.post('/settle-events', express.raw({ type: 'application/json' }), async (req, res) => {
 *   const message = await verifyWebhook(req.headers, req.body, process.env.SETTLE_WEBHOOK_SECRET!);
 *   res.sendStatus(204);
 * });
 */
export async function verifyWebhook(headers: HeaderSource, rawBody: string | Uint8Array, secrets: string | readonly string[], options: VerifyWebhookOptions = {}): Promise<unknown> {
  const id = header(headers, WEBHOOK_HEADERS.id);
  const timestampText = header(headers, WEBHOOK_HEADERS.timestamp);
  const signatures = header(headers, WEBHOOK_HEADERS.signature);
  if (!id || !timestampText || !signatures) {
    throw new WebhookVerificationError('missing_header', 'webhook-id, webhook-timestamp and webhook-signature headers are required');
  }
  if (!/^\d{1,12}$/.test(timestampText)) throw new WebhookVerificationError('invalid_timestamp', 'webhook-timestamp must be whole seconds since the epoch');
  const timestamp = Number(timestampText);
  const tolerance = options.toleranceSeconds ?? 300;
  const nowSeconds = Math.floor((options.now ?? Date.now)() / 1000);
  if (timestamp < nowSeconds - tolerance) throw new WebhookVerificationError('timestamp_too_old', `webhook-timestamp is more than ${tolerance} s old`);
  if (timestamp > nowSeconds + tolerance) throw new WebhookVerificationError('timestamp_in_future', `webhook-timestamp is more than ${tolerance} s in the future`);

  const candidates = signatures
    .split(' ')
    .filter((entry) => entry.startsWith('v1,'))
    .map((entry) => fromBase64(entry.slice(3)))
    .filter((bytes): bytes is Uint8Array<ArrayBuffer> => bytes !== null && bytes.byteLength === 32);
  const content = signedContent(id, timestamp, rawBody);
  let matched = false;
  for (const secret of typeof secrets === 'string' ? [secrets] : secrets) {
    const key = await hmacKey(secret, 'verify');
    for (const candidate of candidates) {
      // Every candidate is checked, so timing does not tell which one matched.
      if (await crypto.subtle.verify('HMAC', key, candidate, content)) matched = true;
    }
  }
  if (!matched) throw new WebhookVerificationError('no_matching_signature', 'no v1 signature in webhook-signature matches the body with the given secret(s)');

  try {
    return JSON.parse(typeof rawBody === 'string' ? rawBody : new TextDecoder().decode(rawBody));
  } catch {
    throw new WebhookVerificationError('invalid_payload', 'the signed body is not JSON');
  }
}

function header(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const entry = Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];
  return Array.isArray(entry) ? entry.join(' ') : entry;
}

export interface TestWebhookInput {
  secret: string;
  body: string;
  /** Default: a random msg_ id. */
  id?: string;
  /** Seconds since the epoch. Default: now. */
  timestamp?: number;
}

/**
 * Signed headers for a body, for receivers' tests: what Settle would send.
 *
 * @example
 * const headers = await createTestWebhookHeaders({ secret, body });
 * await request(app).post('/settle-events').set(headers).send(body);
 */
export async function createTestWebhookHeaders(input: TestWebhookInput): Promise<Record<string, string>> {
  const id = input.id ?? `msg_${crypto.randomUUID().replaceAll('-', '')}`;
  const timestamp = input.timestamp ?? Math.floor(Date.now() / 1000);
  return {
    'content-type': 'application/json',
    [WEBHOOK_HEADERS.id]: id,
    [WEBHOOK_HEADERS.timestamp]: String(timestamp),
    [WEBHOOK_HEADERS.signature]: await signWebhook(input.secret, id, timestamp, input.body),
  };
}
