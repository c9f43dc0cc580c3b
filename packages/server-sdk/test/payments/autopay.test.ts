import { todayIso, type Plan } from '@settle/protocol';
import { describe, expect, it } from 'vitest';
import { germanClaim } from '../../../../tests/fixtures/claims.js';
import { MemoryStore } from '../../src/index.js';
import { saveAutopay } from '../../src/payments/autopay-mandates.js';
import { post, sessionFor } from '../support.js';
import { confirmRequest, createPaymentRequest, paymentOf, paymentSettle, plan } from './support.js';

const DAY = 86_400_000;
const claimId = germanClaim().id;

async function autopaySettle() {
  const store = new MemoryStore();
  const test = await paymentSettle({ sandbox: { webhookSecret: 'sbx_whsec_autopay' } }, { store });
  await store.set(`plan:${claimId}`, JSON.stringify(plan(todayIso(new Date(test.clock.now)))));
  const token = await sessionFor(test.settle, claimId);
  const storedPlan = async () => JSON.parse((await store.get(`plan:${claimId}`)) ?? 'null') as Plan;
  return { ...test, store, token, storedPlan };
}

/** The debtor pays the first instalment in the widget, with or without autopay consent. */
async function payFirstInstalment(test: Awaited<ReturnType<typeof autopaySettle>>, autopay: boolean) {
  const payment = await paymentOf(await test.settle.handle(createPaymentRequest(test.token, { option: 'instalment', provider: 'sandbox', autopay })));
  const client = payment.client as { reference: string; clientSecret: string };
  await test.settle.handle(post(`/sandbox/payments/${client.reference}/authorize`, { clientSecret: client.clientSecret, scenario: 'success' }));
  expect((await paymentOf(await test.settle.handle(confirmRequest(test.token, payment.id)))).status).toBe('succeeded');
}

describe('autopay of due instalments', () => {
  it('collects each due instalment once from the method saved with consent, and nothing before its due date', async () => {
    const test = await autopaySettle();
    await payFirstInstalment(test, true);
    expect(await test.settle.chargeDueInstalments()).toEqual({ charged: 0, failed: 0, held: 0 });
    test.clock.now += 40 * DAY;
    const [first, second] = await Promise.all([test.settle.chargeDueInstalments(), test.settle.chargeDueInstalments()]);
    expect(first.charged + second.charged).toBe(1);
    expect(await test.settle.chargeDueInstalments()).toEqual({ charged: 0, failed: 0, held: 0 });
    expect(test.succeeded).toHaveLength(2);
    expect(test.succeeded[1]?.data).toMatchObject({ option: 'instalment', autopay: true, amount: { amount: 4279, currency: 'EUR' }, instalment: { planId: 'plan_1', index: 2 } });
    expect((await test.storedPlan()).payments).toHaveLength(2);
    test.clock.now += 30 * DAY;
    expect(await test.settle.chargeDueInstalments()).toEqual({ charged: 1, failed: 0, held: 0 });
    expect((await test.storedPlan()).payments).toHaveLength(3);
  });

  it('never charges a debtor who did not consent to autopay', async () => {
    const test = await autopaySettle();
    await payFirstInstalment(test, false);
    test.clock.now += 40 * DAY;
    expect(await test.settle.chargeDueInstalments()).toEqual({ charged: 0, failed: 0, held: 0 });
    expect(test.succeeded).toHaveLength(1);
  });

  it('reports a declined saved method to onPaymentFailed once and does not retry it on the next run', async () => {
    const test = await autopaySettle();
    await saveAutopay(test.store, claimId, { provider: 'sandbox', paymentMethod: 'sbx_pm_declined' });
    test.clock.now += 6 * DAY;
    expect(await test.settle.chargeDueInstalments()).toEqual({ charged: 0, failed: 1, held: 0 });
    expect(await test.settle.chargeDueInstalments()).toEqual({ charged: 0, failed: 0, held: 0 });
    expect(test.failed).toHaveLength(1);
    expect(test.failed[0]?.data).toMatchObject({ failureReason: 'card_declined', instalment: { index: 1 } });
    expect((await test.storedPlan()).payments).toHaveLength(0);
  });
});
