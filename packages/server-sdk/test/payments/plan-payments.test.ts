import { todayIso, type Plan } from '@settle/protocol';
import { describe, expect, it } from 'vitest';
import { germanClaim } from '../../../../tests/fixtures/claims.js';
import { MemoryStore, type SettleOptions } from '../../src/index.js';
import { SandboxProvider } from '../../src/payments/sandbox.js';
import { post, sessionFor } from '../support.js';
import { EUR, confirmRequest, createPaymentRequest, paymentOf, paymentSettle, plan, webhookRequest } from './support.js';

const SECRET = 'sbx_whsec_plan_tests';
async function planSettle(options: { downPayment?: boolean; withPlan?: boolean } = {}, overrides: Partial<SettleOptions> = {}) {
  const store = new MemoryStore();
  const test = await paymentSettle({ sandbox: { webhookSecret: SECRET } }, { store, ...overrides });
  const today = todayIso(new Date(test.clock.now));
  if (options.withPlan !== false) await store.set(`plan:${germanClaim().id}`, JSON.stringify(plan(today, options)));
  const bank = new SandboxProvider({ webhookSecret: SECRET }, { store, now: () => test.clock.now });
  const token = await sessionFor(test.settle, germanClaim().id);
  const storedPlan = async () => JSON.parse((await store.get(`plan:${germanClaim().id}`)) ?? 'null') as Plan;
  return { ...test, store, bank, token, storedPlan };
}

async function payAndAuthorize(test: Awaited<ReturnType<typeof planSettle>>, body: Record<string, unknown>) {
  const response = await test.settle.handle(createPaymentRequest(test.token, body));
  expect(response.status).toBe(201);
  const payment = await paymentOf(response);
  const client = payment.client as { reference: string; clientSecret: string };
  await test.settle.handle(post(`/sandbox/payments/${client.reference}/authorize`, { clientSecret: client.clientSecret, scenario: 'success' }));
  return { payment, reference: client.reference };
}

describe('payments against a plan', () => {
  it('charges the next open instalment from the stored plan, whatever amount the browser sends', async () => {
    const test = await planSettle();
    const { payment } = await payAndAuthorize(test, { option: 'instalment', provider: 'sandbox', amount: EUR(1), partialAmount: 1 });
    expect(payment.amount).toEqual(EUR(4279));
    expect((await paymentOf(await test.settle.handle(confirmRequest(test.token, payment.id)))).status).toBe('succeeded');
    expect(test.succeeded[0]?.data).toMatchObject({ option: 'instalment', instalment: { planId: 'plan_1', index: 1 } });
    expect((await test.storedPlan()).payments).toHaveLength(1);
    const second = await paymentOf(await test.settle.handle(createPaymentRequest(test.token, { option: 'instalment', provider: 'sandbox' })));
    expect(second.amount).toEqual(EUR(4279));
  });

  it('counts an instalment once against the plan when its webhook arrives 20 times and races the confirmation', async () => {
    const test = await planSettle();
    const { payment, reference } = await payAndAuthorize(test, { option: 'instalment', provider: 'sandbox' });
    const { body, headers } = await test.bank.webhookFor(reference);
    await Promise.all([...Array.from({ length: 20 }, () => test.settle.handle(webhookRequest('sandbox', body, headers))), test.settle.handle(confirmRequest(test.token, payment.id))]);
    expect(test.succeeded).toHaveLength(1);
    expect((await test.storedPlan()).payments).toEqual([{ id: `sandbox:${reference}`, amount: EUR(4279), paidOn: todayIso(new Date(test.clock.now)) }]);
  });

  it('charges the down payment while it is open and refuses it once paid', async () => {
    const test = await planSettle({ downPayment: true });
    const { payment } = await payAndAuthorize(test, { option: 'down_payment', provider: 'sandbox' });
    expect(payment.amount).toEqual(EUR(2837));
    await test.settle.handle(confirmRequest(test.token, payment.id));
    const again = await test.settle.handle(createPaymentRequest(test.token, { option: 'down_payment', provider: 'sandbox' }));
    expect(again.status).toBe(422);
    const next = await paymentOf(await test.settle.handle(createPaymentRequest(test.token, { option: 'instalment', provider: 'sandbox' })));
    expect(next.amount).toEqual(EUR(10000));
  });

  it('refuses an instalment payment when no plan was agreed', async () => {
    const test = await planSettle({ withPlan: false });
    const response = await test.settle.handle(createPaymentRequest(test.token, { option: 'instalment', provider: 'sandbox' }));
    expect(response.status).toBe(422);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('payment_invalid');
  });

  it('refuses a partial payment when the policy does not offer partial payments', async () => {
    const test = await planSettle({ withPlan: false });
    const response = await test.settle.handle(createPaymentRequest(test.token, { option: 'partial', provider: 'sandbox', partialAmount: 5000 }));
    expect(response.status).toBe(422);
  });

  it('takes a partial amount within the policy and refuses one below its minimum or above the total', async () => {
    const test = await planSettle({ withPlan: false }, { policy: { enabledOptions: ['pay_in_full', 'partial_payment'], partialPayment: { minimum: 1000 } } });
    const tooSmall = await test.settle.handle(createPaymentRequest(test.token, { option: 'partial', provider: 'sandbox', partialAmount: 999 }));
    expect(tooSmall.status).toBe(422);
    const tooLarge = await test.settle.handle(createPaymentRequest(test.token, { option: 'partial', provider: 'sandbox', partialAmount: 12838 }));
    expect(tooLarge.status).toBe(422);
    const fine = await paymentOf(await test.settle.handle(createPaymentRequest(test.token, { option: 'partial', provider: 'sandbox', partialAmount: 5000 })));
    expect(fine.amount).toEqual(EUR(5000));
  });
});
