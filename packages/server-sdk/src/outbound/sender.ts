import { EFFECT_HOOKS, type EffectHooks, type EffectType, type SettleEvent } from '../effects/events.js';
import { decodeWebhookSecret } from './secret.js';
import { webhookHeaders } from './signature.js';

export interface OutboundWebhookOptions {
  /** The creditor's receiving endpoint, http(s). */
  url: string;
  /** `whsec_...` secret shared with the receiver. */
  secret: string;
  /** Effect types to send. Default: all. */
  types?: readonly EffectType[];
  /** POST attempts per hook call before it fails (the dispatcher retries later too). Default 3. */
  attempts?: number;
  /** First retry delay, doubling each time. Default 500 ms. */
  backoffMs?: number;
  /** Longest wait for one POST. Default 10 s. */
  timeoutMs?: number;
  /** For tests and custom agents. Default: global fetch. */
  fetch?: typeof fetch;
  /** Clock in epoch milliseconds. */
  now?: () => number;
}

/**
 * A delivery the receiver refused for good (4xx other than 408/429): retrying the same
 * bytes won't help, so the dispatcher does not retry it (`permanent`) and logs the status.
 */
export class WebhookRejectedError extends Error {
  override name = 'WebhookRejectedError';
  readonly permanent = true;
  constructor(readonly status: number) {
    super(`webhook receiver refused the event with HTTP ${status}`);
  }
}

/**
 * Backend hooks that deliver every effect as a Standard Webhooks message, for
 * creditors who prefer HTTP to in-process callbacks. The message id is the event id,
 * so a receiver deduplicates redeliveries by `webhook-id`.
 *
 * Next to hooks of your own, combine them with `combineHooks()` (a spread would silently
 * replace same-named hooks).
 *
 * @example
 * const settle = await createSettle({
 *   ...,
 *   backend: combineHooks({ getClaim, onPaymentSucceeded: bookPayment }, outboundWebhooks({ url: 'https://erp.acme.example/settle-events', secret: process.env.SETTLE_WEBHOOK_SECRET! })),
 * });
 */
export function outboundWebhooks(options: OutboundWebhookOptions): EffectHooks {
  const url = checkedUrl(options.url);
  decodeWebhookSecret(options.secret);
  const send = sender(url, options);
  const hooks: EffectHooks = {};
  for (const type of options.types ?? (Object.keys(EFFECT_HOOKS) as EffectType[])) {
    hooks[EFFECT_HOOKS[type]] = send;
  }
  return hooks;
}

function sender(url: string, options: OutboundWebhookOptions): (event: SettleEvent) => Promise<void> {
  const attempts = options.attempts ?? 3;
  const backoffMs = options.backoffMs ?? 500;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const now = options.now ?? Date.now;
  return async (event) => {
    const body = JSON.stringify({ type: event.type, timestamp: event.createdAt, data: event });
    let lastError: unknown;
    for (let attempt = 1; attempt <= attempts; attempt += 1) {
      try {
        // Each attempt is signed anew: the receiver checks the timestamp's freshness.
        const headers = await webhookHeaders(options.secret, event.id, Math.floor(now() / 1000), body);
        const response = await (options.fetch ?? fetch)(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body,
          signal: AbortSignal.timeout(timeoutMs),
          redirect: 'error',
        });
        await response.body?.cancel();
        if (response.ok) return;
        if (response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429) {
          throw new WebhookRejectedError(response.status);
        }
        lastError = new Error(`webhook receiver answered HTTP ${response.status}`);
      } catch (error) {
        if (error instanceof WebhookRejectedError) throw error;
        lastError = error;
      }
      if (attempt < attempts) await new Promise((resolve) => setTimeout(resolve, backoffMs * 2 ** (attempt - 1)));
    }
    throw new Error(`webhook delivery failed after ${attempts} attempts: ${lastError instanceof Error ? lastError.message : String(lastError)}`, { cause: lastError });
  };
}

function checkedUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new TypeError('outboundWebhooks: url must be an absolute http(s) URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TypeError('outboundWebhooks: url must be an http(s) URL');
  return url.href;
}
