import { describe, expect, it } from 'vitest';
import { sessionFor } from '../support.js';
import { accept, authed, offerOf, offersFor, planSettle } from './plan-settle.js';

type Harness = Awaited<ReturnType<typeof planSettle>>;

/** The Done-when lines of issue 3: each refusal is a 422 and leaves no plan and no backend call behind. */
async function expectNothingRecorded({ settle, store, events }: Harness, token: string) {
  expect(await store.keys('plan:')).toEqual([]);
  expect(events).toEqual([]);
  expect((await settle.handle(authed('/plan', token))).status).toBe(404);
}

/** Re-encodes a JWT's payload with a change, keeping the original signature. */
// biome-ignore lint/suspicious/noExplicitAny: a forged payload is any JSON the attacker likes
function tamper(token: string, change: (payload: Record<string, any>) => void): string {
  const [header, payload, signature] = token.split('.') as [string, string, string];
  // biome-ignore lint/suspicious/noExplicitAny: a forged payload is any JSON the attacker likes
  const decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, any>;
  change(decoded);
  return `${header}.${Buffer.from(JSON.stringify(decoded)).toString('base64url')}.${signature}`;
}

describe('refused offers', () => {
  it('refuses an offer tampered with (a lower total) with 422 offer_invalid and records nothing', async () => {
    const harness = await planSettle();
    const token = await sessionFor(harness.settle, 'clm_de_1001');
    const signed = offerOf(await offersFor(harness.settle, token), 'pay_in_full');
    const forged = tamper(signed.token, (payload) => {
      payload.offer.terms.totalPayable.amount = 100;
    });
    const { status, body } = await accept(harness.settle, token, { offerToken: forged, choice: { kind: 'pay_in_full' } });
    expect(status).toBe(422);
    expect(body.error?.code).toBe('offer_invalid');
    await expectNothingRecorded(harness, token);
  });

  it('refuses an expired offer with 422 offer_stale and records nothing', async () => {
    const harness = await planSettle();
    const token = await sessionFor(harness.settle, 'clm_de_1001');
    const signed = offerOf(await offersFor(harness.settle, token), 'instalments');
    harness.clock.now += 31 * 60_000;
    const { status, body } = await accept(harness.settle, token, { offerToken: signed.token, choice: { kind: 'instalments', count: 3 } });
    expect(status).toBe(422);
    expect(body.error?.code).toBe('offer_stale');
    await expectNothingRecorded(harness, token);
  });

  it('refuses an offer made for another claim, or in another session, with 422 and records nothing', async () => {
    const harness = await planSettle();
    const token = await sessionFor(harness.settle, 'clm_de_1001');
    const usToken = await sessionFor(harness.settle, 'clm_us_2002');
    const usOffer = offerOf(await offersFor(harness.settle, usToken), 'pay_in_full');
    const foreign = await accept(harness.settle, token, { offerToken: usOffer.token, choice: { kind: 'pay_in_full' } });
    expect(foreign.status).toBe(422);
    expect(foreign.body.error?.code).toBe('offer_invalid');
    const otherSession = await sessionFor(harness.settle, 'clm_de_1001');
    const mine = offerOf(await offersFor(harness.settle, otherSession), 'pay_in_full');
    const replayed = await accept(harness.settle, token, { offerToken: mine.token, choice: { kind: 'pay_in_full' } });
    expect(replayed.status).toBe(422);
    await expectNothingRecorded(harness, token);
  });

  it('refuses a choice outside the policy (too many instalments) with the field in the message, and records nothing', async () => {
    const harness = await planSettle();
    const token = await sessionFor(harness.settle, 'clm_de_1001');
    const signed = offerOf(await offersFor(harness.settle, token), 'instalments');
    for (const choice of [
      { kind: 'instalments', count: 12 },
      { kind: 'instalments', count: 3, frequency: 'weekly' },
      { kind: 'deferral', date: '2026-12-01' },
    ]) {
      const { status, body } = await accept(harness.settle, token, { offerToken: signed.token, choice });
      expect(status, JSON.stringify(choice)).toBe(422);
      expect(body.error?.code).toBe('offer_invalid');
    }
    const { body } = await accept(harness.settle, token, { offerToken: signed.token, choice: { kind: 'instalments', count: 12 } });
    expect(body.error?.message).toMatch(/^count: /);
    await expectNothingRecorded(harness, token);
  });

  it('refuses an offer whose terms the creditor’s policy no longer gives (new agreement costs), and records nothing', async () => {
    const before = await planSettle();
    const now = await planSettle({ policy: { enabledOptions: ['instalments'], minimumInstalment: 2_000, maxInstalments: 12, costs: { instalments: 900 } } });
    const session = await before.settle.createSessionToken({ claimId: 'clm_de_1001' });
    const signed = offerOf(await offersFor(before.settle, session), 'instalments');
    expect(signed.offer.terms.costs.amount).toBe(0);
    // Same keys, issuer and audience, and a choice both policies allow: only the offer's terms differ.
    const { status, body } = await accept(now.settle, session, { offerToken: signed.token, choice: { kind: 'instalments', count: 3 } });
    expect(status).toBe(422);
    expect(body.error?.code).toBe('offer_invalid');
    await expectNothingRecorded(now, session);
  });

  it('refuses an offer whose claim balance changed since with 422 offer_stale, and records nothing', async () => {
    const harness = await planSettle();
    const token = await sessionFor(harness.settle, 'clm_de_1001');
    const signed = offerOf(await offersFor(harness.settle, token), 'pay_in_full');
    const claim = harness.claims.get('clm_de_1001');
    if (!claim) throw new Error('fixture missing');
    harness.claims.set('clm_de_1001', { ...claim, balanceVersion: 2 });
    const { status, body } = await accept(harness.settle, token, { offerToken: signed.token, choice: { kind: 'pay_in_full' } });
    expect(status).toBe(422);
    expect(body.error?.code).toBe('offer_stale');
    await expectNothingRecorded(harness, token);
  });

  it('refuses a session token or garbage passed as an offer', async () => {
    const harness = await planSettle();
    const token = await sessionFor(harness.settle, 'clm_de_1001');
    for (const offerToken of [token, 'not-a-token', 'a.b.c']) {
      const { status, body } = await accept(harness.settle, token, { offerToken, choice: { kind: 'pay_in_full' } });
      expect(status).toBe(422);
      expect(body.error?.code).toBe('offer_invalid');
    }
    await expectNothingRecorded(harness, token);
  });
});
