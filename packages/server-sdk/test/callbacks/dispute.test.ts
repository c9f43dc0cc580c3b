import { describe, expect, it } from 'vitest';
import { DisputeResponse } from '@settle/protocol';
import { get } from '../support.js';
import { SUPPORT, callbackSettle, eventsOf, submit } from './callback-settle.js';

describe('POST /disputes', () => {
  it('records a US dispute, pauses collection, and the backend reports the claim as disputed', async () => {
    const { settle, claims } = await callbackSettle({
      onDisputeOpened: async (event) => {
        const claim = claims.get(event.claimId);
        if (claim && event.data.claimStatus === 'disputed') claims.set(event.claimId, { ...claim, status: 'disputed' });
      },
    });
    const token = await settle.createSessionToken({ claimId: 'clm_us_2002' });
    const response = await settle.handle(submit('/disputes', token, { reason: 'not_my_debt', requestOriginalCreditor: true }));
    expect(response.status).toBe(202);
    const body = DisputeResponse.parse(await response.json());
    expect(body.collectionPaused).toBe(true);
    expect(body.reference).toMatch(/^DSP-[0-9A-F]{10}$/);
    expect(body.support).toEqual({ phone: SUPPORT.phone, email: SUPPORT.email, url: SUPPORT.chatUrl });
    const claim = (await (await settle.handle(get('/claims/clm_us_2002', token))).json()) as { claim: { status: string } };
    expect(claim.claim.status).toBe('disputed');
  });

  it('hands the backend the reason, the claim facts and a stable event id', async () => {
    const { settle, effects } = await callbackSettle();
    const token = await settle.createSessionToken({ claimId: 'clm_us_2002' });
    await settle.handle(submit('/disputes', token, { reason: 'wrong_amount', note: '  I paid $40 in March.  ' }));
    expect(effects).toHaveLength(1);
    expect(effects[0]).toMatchObject({
      type: 'dispute.opened',
      claimId: 'clm_us_2002',
      id: expect.stringMatching(/^dispute\.opened:clm_us_2002:ses_/),
      data: {
        dispute: { reason: 'wrong_amount', note: 'I paid $40 in March.', requestOriginalCreditor: false },
        claimStatus: 'disputed',
        collectionPaused: true,
        jurisdiction: 'US',
        validationPeriodEnd: '2026-12-20',
      },
    });
  });

  it('answers a retried request the same and records it once', async () => {
    const { settle, effects } = await callbackSettle();
    const token = await settle.createSessionToken({ claimId: 'clm_de_1001' });
    const dispute = { reason: 'other', note: 'Der Vertrag wurde gekündigt.' };
    const first = await settle.handle(submit('/disputes', token, dispute));
    const again = await settle.handle(submit('/disputes', token, { note: dispute.note, reason: dispute.reason }));
    expect([first.status, again.status]).toEqual([202, 202]);
    expect(await again.text()).toBe(await first.text());
    expect(effects).toHaveLength(1);
  });

  it('refuses a different dispute in the same session with 409 and records nothing new', async () => {
    const { settle, effects } = await callbackSettle();
    const token = await settle.createSessionToken({ claimId: 'clm_de_1001' });
    await settle.handle(submit('/disputes', token, { reason: 'wrong_amount' }));
    const second = await settle.handle(submit('/disputes', token, { reason: 'not_my_debt' }));
    expect(second.status).toBe(409);
    expect(await second.json()).toMatchObject({ error: { code: 'conflict' } });
    expect(effects).toHaveLength(1);
  });

  it('records one dispute per Idempotency-Key and deduplicates 20 concurrent sends of one key', async () => {
    const { settle, effects } = await callbackSettle();
    const token = await settle.createSessionToken({ claimId: 'clm_de_1001' });
    const responses = await Promise.all(Array.from({ length: 20 }, () => settle.handle(submit('/disputes', token, { reason: 'wrong_amount' }, 'key-0000-aaaa'))));
    expect(new Set(responses.map((response) => response.status))).toEqual(new Set([202]));
    expect(new Set(await Promise.all(responses.map((response) => response.text()))).size).toBe(1);
    const other = await settle.handle(submit('/disputes', token, { reason: 'not_my_debt' }, 'key-0000-bbbb'));
    expect(other.status).toBe(202);
    expect(eventsOf(effects, 'dispute.opened').map((event) => event.data.dispute)).toEqual([
      { reason: 'wrong_amount', requestOriginalCreditor: false },
      { reason: 'not_my_debt', requestOriginalCreditor: false },
    ]);
  });

  it('rejects invalid bodies and keys with 400 naming the field', async () => {
    const { settle, effects } = await callbackSettle();
    const token = await settle.createSessionToken({ claimId: 'clm_de_1001' });
    const cases: [unknown, string, string | undefined][] = [
      [{ reason: 'too_expensive' }, 'reason', undefined],
      [{ reason: 'other' }, 'note', undefined],
      [{ reason: 'other', note: 'x'.repeat(2001) }, 'note', undefined],
      [{ reason: 'wrong_amount' }, 'Idempotency-Key', 'short'],
    ];
    for (const [body, field, key] of cases) {
      const response = await settle.handle(submit('/disputes', token, body, key));
      expect(response.status, field).toBe(400);
      expect(((await response.json()) as { error: { message: string } }).error.message, field).toContain(field);
    }
    expect(effects).toHaveLength(0);
  });

  it('refuses a missing token, an unverified identity and an unknown claim', async () => {
    const { settle, effects } = await callbackSettle({}, { identityCheck: true, backend: { getClaim: async () => null, verifyIdentity: async () => false } });
    expect((await settle.handle(submit('/disputes', '', { reason: 'wrong_amount' }))).status).toBe(401);
    const unverified = await settle.createSessionToken({ claimId: 'clm_de_1001', identityVerified: false });
    expect((await settle.handle(submit('/disputes', unverified, { reason: 'wrong_amount' }))).status).toBe(403);
    const verified = await settle.createSessionToken({ claimId: 'clm_de_1001' });
    expect((await settle.handle(submit('/disputes', verified, { reason: 'wrong_amount' }))).status).toBe(404);
    expect(effects).toHaveLength(0);
  });
});
