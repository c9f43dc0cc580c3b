import { decodeProtectedHeader } from 'jose';
import { describe, expect, it } from 'vitest';
import { OffersResponse } from '@settle/protocol';
import { sessionFor } from '../support.js';
import { accept, authed, NOW, offerOf, offersFor, planSettle } from './plan-settle.js';

describe('GET /offers', () => {
  it('offers what the policy allows for the claim, each signed and bound to claim, balance version and a 30-minute expiry', async () => {
    const { settle } = await planSettle();
    const token = await sessionFor(settle, 'clm_de_1001');
    const response = await settle.handle(authed('/offers', token));
    expect(response.status).toBe(200);
    const { offers } = OffersResponse.parse(await response.json());
    expect(offers.map((signed) => signed.offer.terms.kind)).toEqual(['pay_in_full', 'deferral', 'instalments', 'partial_payment', 'promise_to_pay']);
    for (const { offer, token: offerToken } of offers) {
      expect(offer).toMatchObject({ claimId: 'clm_de_1001', balanceVersion: 1, expiresAt: NOW + 30 * 60_000 });
      expect(offer.terms.balance).toEqual({ amount: 12_837, currency: 'EUR' });
      expect(decodeProtectedHeader(offerToken).typ).toBe('settle-offer+jwt');
    }
    expect(offerOf(offers, 'instalments').offer.terms).toMatchObject({ maxCount: 6, issuedOn: '2026-11-23' });
  });

  it('refuses a request without a session', async () => {
    const { settle } = await planSettle();
    expect((await settle.handle(new Request('https://pay.acme.example/settle/offers'))).status).toBe(401);
  });
});

describe('POST /plans', () => {
  it('accepts an instalment offer, rebuilds the schedule on the server and tells the backend once', async () => {
    const { settle, events, store } = await planSettle();
    const token = await sessionFor(settle, 'clm_de_1001');
    const signed = offerOf(await offersFor(settle, token), 'instalments');
    const { status, body } = await accept(settle, token, { offerToken: signed.token, choice: { kind: 'instalments', count: 3 } });
    expect(status).toBe(201);
    expect(body.plan.schedule.instalments.map((instalment) => [instalment.dueDate, instalment.amount.amount])).toEqual([
      ['2026-11-23', 4_279],
      ['2026-12-23', 4_279],
      ['2027-01-23', 4_279],
    ]);
    expect(body.progress.instalments.map((instalment) => instalment.status)).toEqual(['due', 'due', 'due']);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'plan.accepted', id: `plan.accepted:${body.plan.id}`, claimId: 'clm_de_1001', data: { plan: { offerId: signed.offer.id } } });
    expect(await store.keys('plan:')).toEqual(['plan:clm_de_1001']);
  });

  it('ignores amounts the browser sends: the schedule comes from the signed offer and the policy', async () => {
    const { settle } = await planSettle();
    const token = await sessionFor(settle, 'clm_de_1001');
    const signed = offerOf(await offersFor(settle, token), 'pay_in_full');
    const forgedOffer = { ...signed.offer, terms: { ...signed.offer.terms, totalPayable: { amount: 1, currency: 'EUR' } } };
    const { status, body } = await accept(settle, token, {
      offerToken: signed.token,
      offer: forgedOffer,
      schedule: [{ amount: { amount: 1, currency: 'EUR' } }],
      choice: { kind: 'pay_in_full', amount: { amount: 1, currency: 'EUR' } },
    });
    expect(status).toBe(201);
    expect(body.plan.schedule.total).toEqual({ amount: 12_837, currency: 'EUR' });
  });

  it('answers the same plan when the same offer is accepted again, with no second backend call', async () => {
    const { settle, events } = await planSettle();
    const token = await sessionFor(settle, 'clm_de_1001');
    const signed = offerOf(await offersFor(settle, token), 'instalments');
    const request = { offerToken: signed.token, choice: { kind: 'instalments', count: 4 } };
    const first = await accept(settle, token, request);
    const again = await accept(settle, token, { ...request, choice: { kind: 'instalments', count: 6 } });
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.body.plan).toEqual(first.body.plan);
    expect(events).toHaveLength(1);
  });

  it('makes one plan and one backend call when the same offer is accepted ten times at once', async () => {
    const { settle, events, store } = await planSettle();
    const token = await sessionFor(settle, 'clm_de_1001');
    const signed = offerOf(await offersFor(settle, token), 'deferral');
    const results = await Promise.all(Array.from({ length: 10 }, () => accept(settle, token, { offerToken: signed.token, choice: { kind: 'deferral', date: '2026-12-15' } })));
    expect(results.filter((result) => result.status === 201)).toHaveLength(1);
    expect(results.filter((result) => result.status === 200)).toHaveLength(9);
    expect(new Set(results.map((result) => result.body.plan.id)).size).toBe(1);
    expect(events).toHaveLength(1);
    expect(await store.keys('plan:')).toHaveLength(1);
  });

  it('records a promise to pay as its own event', async () => {
    const { settle, events } = await planSettle();
    const token = await sessionFor(settle, 'clm_de_1001');
    const signed = offerOf(await offersFor(settle, token), 'promise_to_pay');
    // The claim is due 2026-12-07: a promise counts from then.
    const { status } = await accept(settle, token, { offerToken: signed.token, choice: { kind: 'promise_to_pay', date: '2026-12-10' } });
    expect(status).toBe(201);
    expect(events.map((event) => event.type)).toEqual(['promise.made']);
  });

  it('stops offering once a plan is agreed and refuses a second, different offer with 409', async () => {
    const { settle } = await planSettle();
    const token = await sessionFor(settle, 'clm_de_1001');
    const offers = await offersFor(settle, token);
    await accept(settle, token, { offerToken: offerOf(offers, 'pay_in_full').token, choice: { kind: 'pay_in_full' } });
    const after = OffersResponse.parse(await (await settle.handle(authed('/offers', token))).json());
    expect(after.offers).toEqual([]);
    expect(after.activePlanId).toMatch(/^pln_/);
    const second = await accept(settle, token, { offerToken: offerOf(offers, 'deferral').token, choice: { kind: 'deferral', date: '2026-12-01' } });
    expect(second.status).toBe(409);
  });
});

describe('claims not open', () => {
  it('offers nothing for a claim with a plan agreed elsewhere, settled or disputed', async () => {
    const { settle, claims } = await planSettle();
    const token = await sessionFor(settle, 'clm_de_1001');
    const claim = claims.get('clm_de_1001');
    if (!claim) throw new Error('fixture missing');
    for (const status of ['plan_active', 'settled', 'disputed'] as const) {
      claims.set('clm_de_1001', { ...claim, status });
      expect(OffersResponse.parse(await (await settle.handle(authed('/offers', token))).json()).offers, status).toEqual([]);
    }
  });

  it('refuses to accept an offer once the claim is disputed, settled or under another plan', async () => {
    const { settle, claims, events } = await planSettle();
    const token = await sessionFor(settle, 'clm_de_1001');
    const signed = offerOf(await offersFor(settle, token), 'pay_in_full');
    const claim = claims.get('clm_de_1001');
    if (!claim) throw new Error('fixture missing');
    for (const [status, code] of [
      ['disputed', 'conflict'],
      ['settled', 'claim_settled'],
      ['plan_active', 'conflict'],
    ] as const) {
      claims.set('clm_de_1001', { ...claim, status });
      const { status: http, body } = await accept(settle, token, { offerToken: signed.token, choice: { kind: 'pay_in_full' } });
      expect(http, status).toBe(409);
      expect(body.error?.code).toBe(code);
    }
    expect(events).toEqual([]);
  });
});

describe('offer tokens', () => {
  it('cannot be used as a session or exchanged for one', async () => {
    const { settle } = await planSettle();
    const token = await sessionFor(settle, 'clm_de_1001');
    const signed = offerOf(await offersFor(settle, token), 'pay_in_full');
    expect((await settle.handle(authed('/claims/clm_de_1001', signed.token))).status).toBe(401);
    expect((await settle.handle(authed('/offers', signed.token))).status).toBe(401);
    const exchanged = await settle.handle(
      new Request('https://pay.acme.example/settle/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: signed.token }) }),
    );
    expect(exchanged.status).toBe(401);
  });
});

describe('several server instances', () => {
  it('make one plan and one backend call when both receive the same acceptance at once', async () => {
    const first = await planSettle();
    const second = await planSettle({ store: first.store });
    const token = await sessionFor(first.settle, 'clm_de_1001');
    const signed = offerOf(await offersFor(first.settle, token), 'instalments');
    const body = { offerToken: signed.token, choice: { kind: 'instalments', count: 2 } };
    const results = await Promise.all([accept(first.settle, token, body), accept(second.settle, token, body), accept(first.settle, token, body), accept(second.settle, token, body)]);
    expect(results.map((result) => result.status).sort()).toEqual([200, 200, 200, 201]);
    expect(first.events.length + second.events.length).toBe(1);
    expect(await first.store.keys('plan:')).toEqual(['plan:clm_de_1001']);
  });
});
