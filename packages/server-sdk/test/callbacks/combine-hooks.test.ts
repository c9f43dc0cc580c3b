import { afterEach, describe, expect, it } from 'vitest';
import { combineHooks, generateWebhookSecret, outboundWebhooks, verifyWebhook, WebhookRejectedError, type SettleEvent } from '../../src/index.js';
import { startReceiver } from '../outbound/loopback-receiver.js';
import { callbackSettle, submit } from './callback-settle.js';

const event: SettleEvent = {
  id: 'feedback.given:clm_1:s1',
  type: 'feedback.given',
  claimId: 'clm_1',
  createdAt: '2026-11-23T10:00:00.000Z',
  data: { feedback: { score: 4 }, scale: { min: 1, max: 5 } },
};
const receivers: { close(): Promise<void> }[] = [];
const failing =
  (error: Error) =>
  async (_event: SettleEvent): Promise<void> =>
    Promise.reject(error);

afterEach(async () => {
  await Promise.all(receivers.splice(0).map((receiver) => receiver.close()));
});

describe('combineHooks', () => {
  it('calls every same-named hook, in the order of the parts, with the same event', async () => {
    const calls: string[] = [];
    const backend = combineHooks({ onFeedback: async (e: SettleEvent) => void calls.push(`first ${e.id}`) }, { onFeedback: async (e: SettleEvent) => void calls.push(`second ${e.id}`) });
    await backend.onFeedback(event);
    expect(calls).toEqual([`first ${event.id}`, `second ${event.id}`]);
  });

  it('still calls the other hooks when one fails, then fails so the event is delivered again', async () => {
    const calls: string[] = [];
    const backend = combineHooks({ onFeedback: failing(new Error('crm is down')) }, { onFeedback: async () => void calls.push('booked') });
    await expect(backend.onFeedback(event)).rejects.toThrow('crm is down');
    expect(calls).toEqual(['booked']);
  });

  it('reports several failures together, permanent only when every one is', async () => {
    const rejected = failing(new WebhookRejectedError(400));
    const down = failing(new Error('down'));
    await expect(combineHooks({ onFeedback: rejected }, { onFeedback: rejected }).onFeedback(event)).rejects.toMatchObject({ message: '2 of the 2 onFeedback hooks failed', permanent: true });
    await expect(combineHooks({ onFeedback: rejected }, { onFeedback: down }).onFeedback(event)).rejects.toMatchObject({ permanent: false });
  });

  it('refuses getClaim given in two parts, naming it, instead of keeping one silently', () => {
    const getClaim = async () => null;
    expect(() => combineHooks({ getClaim }, { getClaim })).toThrow('combineHooks: getClaim is given in two parts, and a backend has one getClaim. Keep it in one part.');
  });

  it("delivers a debtor's feedback to both the creditor's own hook and the outbound webhook", async () => {
    const receiver = await startReceiver([204]);
    receivers.push(receiver);
    const secret = generateWebhookSecret();
    const own: SettleEvent[] = [];
    const { settle, effects } = await callbackSettle(
      combineHooks({ onFeedback: async (e: SettleEvent) => void own.push(e) }, outboundWebhooks({ url: receiver.url, secret, types: ['feedback.given'] })),
    );
    const token = await settle.createSessionToken({ claimId: 'clm_de_1001' });
    expect((await settle.handle(submit('/feedback', token, { score: 5 }))).status).toBe(202);
    await settle.drain();
    expect(own.map((e) => e.type)).toEqual(['feedback.given']);
    expect(receiver.received).toHaveLength(1);
    const message = (await verifyWebhook(receiver.received[0]!.headers, receiver.received[0]!.body, secret)) as { data: SettleEvent };
    expect(message.data.id).toBe(own[0]?.id);
    // callbackSettle's own recorder for onFeedback was replaced by the combined hook it was spread over.
    expect(effects).toHaveLength(0);
  });
});
