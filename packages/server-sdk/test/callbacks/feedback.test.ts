import { describe, expect, it } from 'vitest';
import { FeedbackResponse } from '@settle/protocol';
import { createSettle } from '../../src/index.js';
import { AUDIENCE, ISSUER, SECRET } from '../support.js';
import { callbackSettle, eventsOf, submit } from './callback-settle.js';

describe('POST /feedback', () => {
  it('records a score on the default 1-5 scale with comment and contact preference', async () => {
    const { settle, effects } = await callbackSettle();
    const token = await settle.createSessionToken({ claimId: 'clm_de_1001' });
    const feedback = { score: 5, comment: 'Schnell und freundlich.', contactChannel: 'email', preferredTime: { from: '08:00', to: '12:00' } };
    const response = await settle.handle(submit('/feedback', token, feedback));
    expect(response.status).toBe(202);
    expect(FeedbackResponse.parse(await response.json()).reference).toMatch(/^FBK-/);
    expect(effects[0]).toMatchObject({ type: 'feedback.given', data: { feedback, scale: { min: 1, max: 5 } } });
  });

  it('refuses a score outside the configured scale with 422', async () => {
    const { settle, effects } = await callbackSettle();
    const token = await settle.createSessionToken({ claimId: 'clm_de_1001' });
    for (const score of [0, 6]) {
      const response = await settle.handle(submit('/feedback', token, { score }));
      expect(response.status, `score ${score}`).toBe(422);
      expect(await response.json()).toMatchObject({ error: { code: 'validation_failed' } });
    }
    expect((await settle.handle(submit('/feedback', token, { score: 2.5 }))).status).toBe(400);
    expect(effects).toHaveLength(0);
  });

  it('accepts a 1-9 scale when the creditor configures one', async () => {
    const { settle, effects } = await callbackSettle({}, { journey: { csat: { min: 1, max: 9 } } });
    const token = await settle.createSessionToken({ claimId: 'clm_de_1001' });
    expect((await settle.handle(submit('/feedback', token, { score: 9 }))).status).toBe(202);
    expect(eventsOf(effects, 'feedback.given')[0]?.data.scale).toEqual({ min: 1, max: 9 });
    await expect(
      createSettle({ keys: [{ kid: 'k1', alg: 'HS256', secret: SECRET }], issuer: ISSUER, audience: AUDIENCE, backend: { getClaim: async () => null }, journey: { csat: { min: 1, max: 11 } } }),
    ).rejects.toThrow(/journey\.csat\.max/);
  });

  it('takes feedback once per session: a retry gets the same answer, a second opinion a 409', async () => {
    const { settle, effects } = await callbackSettle();
    const token = await settle.createSessionToken({ claimId: 'clm_de_1001' });
    const first = await settle.handle(submit('/feedback', token, { score: 4 }));
    const retry = await settle.handle(submit('/feedback', token, { score: 4 }, 'ignored-key-1'));
    const second = await settle.handle(submit('/feedback', token, { score: 1, comment: 'changed my mind' }));
    expect(first.status).toBe(202);
    expect(await retry.text()).toBe(await first.text());
    expect(second.status).toBe(409);
    expect(await second.json()).toMatchObject({ error: { code: 'conflict' } });
    expect(effects).toHaveLength(1);
  });
});
