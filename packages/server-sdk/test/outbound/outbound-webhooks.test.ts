import { afterEach, describe, expect, it } from 'vitest';
import { generateWebhookSecret, outboundWebhooks, verifyWebhook, type SettleEvent } from '../../src/index.js';
import { callbackSettle, submit } from '../callbacks/callback-settle.js';
import { startReceiver } from './loopback-receiver.js';
import { paymentData } from '../../../../tests/fixtures/events.js';

const secret = generateWebhookSecret();
const event: SettleEvent<'payment.succeeded'> = { id: 'payment.succeeded:pi_42', type: 'payment.succeeded', claimId: 'clm_de_1001', createdAt: '2026-11-23T10:00:00.000Z', data: paymentData() };
const receivers: { close(): Promise<void> }[] = [];

async function receiver(statuses?: (number | 'hang')[]) {
  const started = await startReceiver(statuses);
  receivers.push(started);
  return started;
}

describe('outboundWebhooks', () => {
  afterEach(async () => {
    await Promise.all(receivers.splice(0).map((started) => started.close()));
  });

  it('POSTs each effect as a signed Standard Webhooks message the receiver can verify', async () => {
    const { url, received } = await receiver([204]);
    const hooks = outboundWebhooks({ url, secret });
    await hooks.onPaymentSucceeded?.(event);
    expect(received).toHaveLength(1);
    const [delivery] = received;
    expect(delivery?.headers['webhook-id']).toBe(event.id);
    expect(delivery?.headers['content-type']).toBe('application/json');
    const message = await verifyWebhook(delivery!.headers, delivery!.body, secret);
    expect(message).toEqual({ type: 'payment.succeeded', timestamp: event.createdAt, data: event });
  });

  it('retries 503 answers with backoff under the same webhook-id until one succeeds', async () => {
    const { url, received } = await receiver([503, 503, 200]);
    await outboundWebhooks({ url, secret, backoffMs: 1 }).onPaymentSucceeded?.(event);
    expect(received).toHaveLength(3);
    expect(new Set(received.map((delivery) => delivery.headers['webhook-id']))).toEqual(new Set([event.id]));
  });

  it('gives up at once when the receiver refuses the message with a 400', async () => {
    const { url, received } = await receiver([400]);
    await expect(outboundWebhooks({ url, secret, backoffMs: 1 }).onPaymentSucceeded?.(event)).rejects.toThrow(/400/);
    expect(received).toHaveLength(1);
  });

  it('stops waiting for a receiver that never answers and fails after its attempts', async () => {
    const { url, received } = await receiver(['hang']);
    await expect(outboundWebhooks({ url, secret, attempts: 2, backoffMs: 1, timeoutMs: 50 }).onPaymentSucceeded?.(event)).rejects.toThrow(/after 2 attempts/);
    expect(received).toHaveLength(2);
  });

  it('sends only the chosen effect types and refuses a bad url or secret at setup', () => {
    const hooks = outboundWebhooks({ url: 'https://erp.acme.example/hooks', secret, types: ['feedback.given'] });
    expect(Object.keys(hooks)).toEqual(['onFeedback']);
    expect(() => outboundWebhooks({ url: 'ftp://erp.acme.example', secret })).toThrow(/http/);
    expect(() => outboundWebhooks({ url: 'https://erp.acme.example', secret: 'not-a-secret' })).toThrow(/whsec_/);
  });

  it('delivers a debtor’s feedback from the SDK to the receiver once, also when retried', async () => {
    const { url, received } = await receiver([204]);
    const { settle } = await callbackSettle(outboundWebhooks({ url, secret, types: ['feedback.given'] }));
    const token = await settle.createSessionToken({ claimId: 'clm_de_1001' });
    await settle.handle(submit('/feedback', token, { score: 5 }));
    await settle.handle(submit('/feedback', token, { score: 5 }));
    await settle.drain();
    expect(received).toHaveLength(1);
    const message = (await verifyWebhook(received[0]!.headers, received[0]!.body, secret)) as { type: string; data: SettleEvent };
    expect(message.type).toBe('feedback.given');
    expect(message.data.data).toMatchObject({ feedback: { score: 5 } });
  });
});
