import { SessionResponse } from '@settle/protocol';
import { describe, expect, it } from 'vitest';
import { germanClaim, usClaim } from '../../../../tests/fixtures/claims.js';
import { post } from '../support.js';
import { DAY, outcomeSettle } from './outcome-settle.js';

const EUR = (amount: number) => ({ amount, currency: 'EUR' });
const DE = germanClaim().id;
const US = usClaim().id;

describe('the claim outcome', () => {
  it('is open for an untouched claim, and the session exchange sends the same outcome as the claim read', async () => {
    const test = await outcomeSettle();
    const link = await test.settle.createLinkToken({ claimId: DE });
    const session = SessionResponse.parse(await (await test.settle.handle(post('/session', { token: link }))).json());
    expect(session.outcome).toEqual({ state: 'open', openTotal: EUR(12_837), receipts: [], feedbackGiven: false });
    expect(await test.outcome(session.sessionToken)).toEqual(session.outcome);
  });

  it('is paid_in_full when Settle saw the whole balance paid, and settled only once the ledger books it', async () => {
    const test = await outcomeSettle();
    const token = await test.session();
    const payment = await test.pay(token, { option: 'full' });
    const paid = await test.outcome(token);
    expect(paid).toMatchObject({ state: 'paid_in_full', openTotal: EUR(0) });
    expect(paid.receipts).toEqual([{ paymentId: payment.id, amount: EUR(12_837), paidAt: payment.updatedAt, method: 'sandbox', reference: expect.stringMatching(/\S/), payee: 'Fair Inkasso GmbH' }]);
    expect(await test.offers(token)).toEqual([]);
    test.book(DE, EUR(12_837));
    const settled = await test.outcome(token);
    expect(settled).toMatchObject({ state: 'settled', openTotal: EUR(0) });
    expect(settled.receipts).toEqual(paid.receipts);
  });

  it('is settled when the ledger says so, even without a payment through Settle', async () => {
    const test = await outcomeSettle();
    test.claims.set(DE, { ...germanClaim(), status: 'settled' });
    expect(await test.outcome(await test.session())).toEqual({ state: 'settled', openTotal: EUR(0), receipts: [], feedbackGiven: false });
  });

  it('is partially_paid after a partial payment, before and after booking, and the rest can still be paid or planned', async () => {
    const test = await outcomeSettle();
    const token = await test.session();
    await test.acceptOffer(token, 'partial_payment', { amount: EUR(5_000) });
    await test.pay(token, { option: 'partial', partialAmount: 5_000 });
    expect(await test.outcome(token)).toMatchObject({ state: 'partially_paid', openTotal: EUR(7_837), paid: EUR(5_000) });
    // The demo's ledger marks any agreed plan as plan_active; the paid-off partial plan must not block the rest.
    test.claims.set(DE, { ...test.claims.get(DE)!, status: 'plan_active' });
    const offers = await test.offers(token);
    expect(offers.map((offer) => offer.offer.terms.kind)).toContain('instalments');
    expect(offers.every((offer) => offer.offer.terms.balance.amount === 7_837)).toBe(true);
    test.book(DE, EUR(5_000));
    expect(await test.outcome(token)).toMatchObject({ state: 'partially_paid', openTotal: EUR(7_837), paid: EUR(5_000) });
    await test.acceptOffer(token, 'instalments', { count: 3 });
    expect(await test.outcome(token)).toMatchObject({ state: 'plan_active', openTotal: EUR(7_837), instalmentCount: 3 });
  });

  it('is plan_active with the next instalment, what is paid so far and autopay, once an instalment plan is agreed and paid into', async () => {
    const test = await outcomeSettle();
    const token = await test.session();
    const { plan } = await test.acceptOffer(token, 'instalments', { count: 3 });
    expect(await test.outcome(token)).toMatchObject({ state: 'plan_active', planId: plan.id, paid: EUR(0), nextDue: { dueDate: '2026-11-23', amount: EUR(4_279) }, autopay: false });
    await test.pay(token, { option: 'instalment', autopay: true });
    const outcome = await test.outcome(token);
    expect(outcome).toMatchObject({ state: 'plan_active', openTotal: EUR(8_558), paid: EUR(4_279), instalmentCount: 3, nextDue: { dueDate: '2026-12-23', amount: EUR(4_279) }, autopay: true });
    expect(outcome.receipts).toHaveLength(1);
  });

  it('is deferred until the chosen date, and promised on the promised date', async () => {
    const deferral = await outcomeSettle();
    const token = await deferral.session();
    const { plan } = await deferral.acceptOffer(token, 'deferral', { date: '2026-12-20' });
    expect(await deferral.outcome(token)).toMatchObject({ state: 'deferred', planId: plan.id, until: '2026-12-20', amount: EUR(12_837), openTotal: EUR(12_837) });

    const promise = await outcomeSettle();
    const promiseToken = await promise.session();
    await promise.acceptOffer(promiseToken, 'promise_to_pay', { date: '2026-12-14' });
    expect(await promise.outcome(promiseToken)).toMatchObject({ state: 'promised', date: '2026-12-14', amount: EUR(12_837) });
  });

  it('is paused until the pause ends, then a plan like any other', async () => {
    const test = await outcomeSettle();
    const token = await test.session();
    await test.acceptOffer(token, 'payment_pause', { months: 2, count: 2 });
    expect(await test.outcome(token)).toMatchObject({ state: 'paused', until: '2027-01-22', nextDue: { dueDate: '2027-01-23', amount: EUR(6_418) } });
    test.clock.now += 61 * DAY;
    expect(await test.outcome(await test.session())).toMatchObject({ state: 'plan_active', nextDue: { dueDate: '2027-01-23' } });
  });

  it('is disputed from the first dispute on, over an agreed plan, with no offers and no plan accepted', async () => {
    const test = await outcomeSettle();
    const token = await test.session();
    expect((await test.offers(token)).length).toBeGreaterThan(0);
    await test.acceptOffer(token, 'instalments', { count: 3 });
    const response = await test.submit('/disputes', token, { reason: 'wrong_amount' });
    const { reference, receivedAt } = (await response.json()) as { reference: string; receivedAt: string };
    expect(await test.outcome(token)).toMatchObject({ state: 'disputed', since: receivedAt, reference });
    expect(await test.offers(token)).toEqual([]);

    const other = await outcomeSettle();
    const otherToken = await other.session();
    const deferral = (await other.offers(otherToken)).find((offer) => offer.offer.terms.kind === 'deferral');
    await other.submit('/disputes', otherToken, { reason: 'not_my_debt' });
    const refused = await other.settle.handle(post('/plans', { offerToken: deferral?.token, choice: { kind: 'deferral', date: '2026-12-20' } }, { authorization: `Bearer ${otherToken}` }));
    expect(refused.status).toBe(409);
  });

  it('is disputed when only the ledger says so, without a date Settle does not know', async () => {
    const test = await outcomeSettle();
    test.claims.set(US, { ...usClaim(), status: 'disputed' });
    const outcome = await test.outcome(await test.session(US), US);
    expect(outcome).toEqual({ state: 'disputed', openTotal: { amount: 42_500, currency: 'USD' }, receipts: [], feedbackGiven: false });
  });

  it('is contact_requested after a callback request alone, flagged when hardship was asked for, and gives way to a plan', async () => {
    const test = await outcomeSettle();
    const token = await test.session();
    await test.submit('/contact-requests', token, { channel: 'callback', phone: '+49 30 5555555' }, 'contact-key-0001');
    expect(await test.outcome(token)).toMatchObject({ state: 'contact_requested', hardship: false, reference: expect.stringMatching(/^CON-/) });
    await test.submit('/contact-requests', token, { channel: 'phone', phone: '+49 30 5555555', hardship: true }, 'contact-key-0002');
    expect(await test.outcome(token)).toMatchObject({ state: 'contact_requested', hardship: true });
    await test.acceptOffer(token, 'instalments', { count: 3 });
    expect((await test.outcome(token)).state).toBe('plan_active');
  });

  it('says feedback was given for the claim, to every later session', async () => {
    const test = await outcomeSettle();
    const token = await test.session();
    expect((await test.submit('/feedback', token, { score: 5 })).status).toBe(202);
    expect((await test.outcome(await test.session())).feedbackGiven).toBe(true);
  });

  it('keeps two creditors’ claims in one store apart: receipts, payee and open total', async () => {
    const test = await outcomeSettle();
    // The US claim without an agency: the creditor itself is paid.
    const { collectionAgency: _agency, ...direct } = usClaim();
    test.claims.set(US, direct);
    const deToken = await test.session(DE);
    const usToken = await test.session(US);
    const dePayment = await test.pay(deToken, { option: 'full' });
    await test.acceptOffer(usToken, 'partial_payment', { amount: { amount: 10_000, currency: 'USD' } });
    const usPayment = await test.pay(usToken, { option: 'partial', partialAmount: 10_000 });
    const de = await test.outcome(deToken, DE);
    const us = await test.outcome(usToken, US);
    expect(de.receipts.map((receipt) => [receipt.paymentId, receipt.payee])).toEqual([[dePayment.id, 'Fair Inkasso GmbH']]);
    expect(us.receipts.map((receipt) => [receipt.paymentId, receipt.payee])).toEqual([[usPayment.id, 'Lakeside Dental LLC']]);
    expect(de).toMatchObject({ state: 'paid_in_full', openTotal: EUR(0) });
    expect(us).toMatchObject({ state: 'partially_paid', openTotal: { amount: 32_500, currency: 'USD' }, paid: { amount: 10_000, currency: 'USD' } });
  });
});
