import { PlanResponse } from '@settle/protocol';
import { describe, expect, it } from 'vitest';
import { germanClaim } from '../../../../tests/fixtures/claims.js';
import { hasAutopay, loadMandate, saveAutopay } from '../../src/payments/autopay-mandates.js';
import { plan } from '../payments/support.js';
import { get, post } from '../support.js';
import { DAY, outcomeSettle } from './outcome-settle.js';

const DE = germanClaim().id;
const EUR = (amount: number) => ({ amount, currency: 'EUR' });

/** The three-instalment plan, its first instalment paid in the widget with autopay consent, and booked; the second is due 40 days on. */
async function autopayClaim() {
  const test = await outcomeSettle();
  await test.store.set(`plan:${DE}`, JSON.stringify(plan('2026-11-23')));
  const token = await test.session();
  await test.pay(token, { option: 'instalment', autopay: true });
  test.book(DE, EUR(4_279));
  const charges = () => test.events.filter((event) => event.type === 'payment.succeeded' && event.data.autopay === true && event.data.option === 'instalment').length;
  const planOf = async () => PlanResponse.parse(await (await test.settle.handle(get('/plan', await test.session()))).json());
  return { ...test, token, charges, planOf, dueLater: () => (test.clock.now += 40 * DAY) };
}

describe('autopay obeys the claim', () => {
  it('charges the due instalment when nothing holds it (the baseline the other cases differ from)', async () => {
    const test = await autopayClaim();
    test.dueLater();
    expect(await test.settle.chargeDueInstalments()).toEqual({ charged: 1, failed: 0, held: 0 });
    expect(test.events.at(-1)?.data).toMatchObject({ amount: EUR(4_279), autopay: true });
  });

  it('stops after a dispute: the mandate is revoked at once, the creditor is told, nothing is charged', async () => {
    const test = await autopayClaim();
    expect((await test.planOf()).autopay).toBe(true);
    expect((await test.submit('/disputes', test.token, { reason: 'wrong_amount' })).status).toBe(202);
    test.dueLater();
    expect(await test.settle.chargeDueInstalments()).toEqual({ charged: 0, failed: 0, held: 0 });
    expect(test.charges()).toBe(1);
    expect((await test.planOf()).autopay).toBe(false);
    expect(test.events.filter((event) => event.type === 'autopay.revoked').map((event) => event.data.revokedBy)).toEqual(['dispute']);
  });

  it('charges nothing while the debtor pauses the plan', async () => {
    const test = await autopayClaim();
    const paused = await test.settle.handle(post('/plan/changes', { change: { kind: 'pause', months: 2 } }, { authorization: `Bearer ${test.token}` }));
    expect(paused.status).toBe(200);
    test.dueLater();
    expect((await test.settle.chargeDueInstalments()).charged).toBe(0);
    expect(test.charges()).toBe(1);
  });

  it('holds the charge after a hardship request', async () => {
    const test = await autopayClaim();
    await test.submit('/contact-requests', test.token, { channel: 'callback', phone: '+49 30 5555555', hardship: true });
    test.dueLater();
    expect(await test.settle.chargeDueInstalments()).toEqual({ charged: 0, failed: 0, held: 1 });
    expect(test.charges()).toBe(1);
  });

  it('never charges more than is open: an outside transfer left 10.00, below the 42.79 instalment', async () => {
    const test = await autopayClaim();
    test.book(DE, EUR(12_837 - 4_279 - 1_000));
    test.dueLater();
    expect(await test.settle.chargeDueInstalments()).toEqual({ charged: 0, failed: 0, held: 1 });
    expect(test.charges()).toBe(1);
    expect(await test.outcome(await test.session())).toMatchObject({ state: 'plan_active', openTotal: EUR(1_000), nextDue: { amount: EUR(1_000) } });
  });

  it('charges nothing once the claim is paid or settled', async () => {
    const test = await autopayClaim();
    test.book(DE, EUR(12_837 - 4_279));
    test.dueLater();
    expect(await test.settle.chargeDueInstalments()).toEqual({ charged: 0, failed: 0, held: 1 });
    expect(test.charges()).toBe(1);
  });
});

describe('POST /plan/autopay/revoke', () => {
  it('switches autopay off once: a retry answers the same and the creditor hears of it once', async () => {
    const test = await autopayClaim();
    const revoke = () => test.settle.handle(post('/plan/autopay/revoke', {}, { authorization: `Bearer ${test.token}` }));
    const first = await revoke();
    const again = await revoke();
    expect([first.status, again.status]).toEqual([200, 200]);
    const body = PlanResponse.parse(await first.json());
    expect(body.autopay).toBe(false);
    expect(PlanResponse.parse(await again.json())).toEqual(body);
    expect(test.events.filter((event) => event.type === 'autopay.revoked')).toMatchObject([{ claimId: DE, data: { provider: 'sandbox', revokedBy: 'debtor' } }]);
    test.dueLater();
    expect(await test.settle.chargeDueInstalments()).toEqual({ charged: 0, failed: 0, held: 0 });
    expect(test.charges()).toBe(1);
  });

  it('is not undone by a late report of an earlier autopay payment, only by a new consent', async () => {
    const test = await autopayClaim();
    const revoked = await loadMandate(test.store, DE);
    await test.settle.handle(post('/plan/autopay/revoke', {}, { authorization: `Bearer ${test.token}` }));
    await saveAutopay(test.store, DE, { provider: 'sandbox', paymentMethod: revoked?.paymentMethod ?? '' });
    expect(await hasAutopay(test.store, DE)).toBe(false);
    await saveAutopay(test.store, DE, { provider: 'sandbox', paymentMethod: 'sbx_pm_new_consent' });
    expect(await hasAutopay(test.store, DE)).toBe(true);
  });

  it('answers 404 without a plan', async () => {
    const test = await outcomeSettle();
    const response = await test.settle.handle(post('/plan/autopay/revoke', {}, { authorization: `Bearer ${await test.session()}` }));
    expect(response.status).toBe(404);
  });
});
