import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createTestWebhookHeaders, generateWebhookSecret, verifyWebhook, WebhookVerificationError } from '../../src/index.js';

const secret = generateWebhookSecret();
const body = JSON.stringify({ type: 'payment.succeeded', timestamp: '2026-11-23T10:00:00.000Z', data: { id: 'payment.succeeded:pi_1' } });
const now = 1_790_000_000;
const at = () => now * 1000;

/** Signs independently of the SDK, straight from the Standard Webhooks spec. */
function specSignature(key: string, id: string, timestamp: number, payload: string): string {
  const bytes = Buffer.from(key.slice('whsec_'.length), 'base64');
  return `v1,${createHmac('sha256', bytes).update(`${id}.${timestamp}.${payload}`).digest('base64')}`;
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'accepted';
  } catch (error) {
    if (error instanceof WebhookVerificationError) return error.code;
    throw error;
  }
}

describe('verifyWebhook', () => {
  it('accepts a message signed as the spec describes and returns its payload', async () => {
    const headers = { 'webhook-id': 'msg_1', 'webhook-timestamp': String(now), 'webhook-signature': specSignature(secret, 'msg_1', now, body) };
    expect(await verifyWebhook(headers, body, secret, { now: at })).toEqual(JSON.parse(body));
    expect(await verifyWebhook(new Headers(headers), new TextEncoder().encode(body), secret, { now: at })).toEqual(JSON.parse(body));
  });

  it('rejects a changed body, a changed id and another secret', async () => {
    const headers = await createTestWebhookHeaders({ secret, body, id: 'msg_2', timestamp: now });
    expect(await codeOf(verifyWebhook(headers, body.replace('pi_1', 'pi_2'), secret, { now: at }))).toBe('no_matching_signature');
    expect(await codeOf(verifyWebhook({ ...headers, 'webhook-id': 'msg_3' }, body, secret, { now: at }))).toBe('no_matching_signature');
    expect(await codeOf(verifyWebhook(headers, body, generateWebhookSecret(), { now: at }))).toBe('no_matching_signature');
  });

  it('rejects timestamps 301 s old or 301 s ahead, and accepts 300 s either way', async () => {
    for (const [offset, code] of [
      [-301, 'timestamp_too_old'],
      [301, 'timestamp_in_future'],
      [-300, 'accepted'],
      [300, 'accepted'],
    ] as const) {
      const headers = await createTestWebhookHeaders({ secret, body, timestamp: now + offset });
      expect(await codeOf(verifyWebhook(headers, body, secret, { now: at })), `offset ${offset}`).toBe(code);
    }
    const late = await createTestWebhookHeaders({ secret, body, timestamp: now - 500 });
    expect(await codeOf(verifyWebhook(late, body, secret, { now: at, toleranceSeconds: 600 }))).toBe('accepted');
  });

  it('accepts any matching signature among several, and any of several secrets during rotation', async () => {
    const oldSecret = generateWebhookSecret();
    const newSecret = generateWebhookSecret();
    const signedWithOld = specSignature(oldSecret, 'msg_4', now, body);
    const header = `v1,${Buffer.alloc(32).toString('base64')} v2,whatever ${signedWithOld}`;
    const headers = { 'webhook-id': 'msg_4', 'webhook-timestamp': String(now), 'webhook-signature': header };
    expect(await codeOf(verifyWebhook(headers, body, [newSecret, oldSecret], { now: at }))).toBe('accepted');
    expect(await codeOf(verifyWebhook(headers, body, [newSecret], { now: at }))).toBe('no_matching_signature');
  });

  it('names missing headers and malformed timestamps', async () => {
    const headers = await createTestWebhookHeaders({ secret, body, timestamp: now });
    const { 'webhook-signature': _dropped, ...unsigned } = headers;
    expect(await codeOf(verifyWebhook(unsigned, body, secret, { now: at }))).toBe('missing_header');
    expect(await codeOf(verifyWebhook({ ...headers, 'webhook-timestamp': '2026-11-23T10:00:00Z' }, body, secret, { now: at }))).toBe('invalid_timestamp');
  });

  it('refuses secrets that are not whsec_ base64 of 24-64 bytes', async () => {
    const headers = await createTestWebhookHeaders({ secret, body, timestamp: now });
    await expect(verifyWebhook(headers, body, 'plain-password', { now: at })).rejects.toThrow(/whsec_/);
    await expect(verifyWebhook(headers, body, `whsec_${Buffer.alloc(8).toString('base64')}`, { now: at })).rejects.toThrow(/24-64 bytes/);
  });
});
