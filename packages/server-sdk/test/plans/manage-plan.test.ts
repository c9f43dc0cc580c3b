import { describe, expect, it } from 'vitest';
import { money, PlanResponse } from '@settle/protocol';
import type { SettleContext } from '../../src/context.js';
import { getActivePlan, recordInstalmentPayment } from '../../src/plans/plan-store.js';
import { sessionFor } from '../support.js';
import { accept, authed, offerOf, offersFor, planSettle } from './plan-settle.js';

const DAY = 86_400_000;

/** The two things the plan store needs from the context, as the payments module passes it. */
function storeContext(harness: Awaited<ReturnType<typeof planSettle>>): SettleContext {
  return { options: { store: harness.store, now: () => harness.clock.now } } as unknown as SettleContext;
}

async function withPlan(count = 3) {
  const harness = await planSettle();
  const token = await sessionFor(harness.settle, 'clm_de_1001');
  const signed = offerOf(await offersFor(harness.settle, token), 'instalments');
  const accepted = await accept(harness.settle, token, { offerToken: signed.token, choice: { kind: 'instalments', count } });
  harness.events.length = 0;
  return { ...harness, token, plan: accepted.body.plan };
}

async function planOf(harness: Awaited<ReturnType<typeof withPlan>>) {
  const response = await harness.settle.handle(authed('/plan', harness.token));
  expect(response.status).toBe(200);
  return PlanResponse.parse(await response.json());
}

describe('GET /plan', () => {
  it('answers 404 before a plan is agreed', async () => {
    const harness = await planSettle();
    const token = await sessionFor(harness.settle, 'clm_de_1001');
    const response = await harness.settle.handle(authed('/plan', token));
    expect(response.status).toBe(404);
  });

  it('tracks paid, due and missed instalments from recorded payments, counting each payment once', async () => {
    const harness = await withPlan();
    const context = storeContext(harness);
    const payment = { id: 'pi_1', amount: money(4_279, 'EUR'), paidOn: '2026-11-23' };
    await recordInstalmentPayment(context, 'clm_de_1001', payment);
    await recordInstalmentPayment(context, 'clm_de_1001', payment);
    harness.clock.now += 31 * DAY;
    const { plan, progress } = await planOf({ ...harness, token: await harness.settle.createSessionToken({ claimId: 'clm_de_1001' }) });
    expect(plan.payments).toHaveLength(1);
    expect(progress.instalments.map((instalment) => instalment.status)).toEqual(['paid', 'missed', 'due']);
    expect(progress).toMatchObject({ state: 'in_arrears', asOf: '2026-12-24', outstanding: { amount: 8_558 } });
  });

  it('treats a fully paid plan as no longer active, while GET /plan still shows it', async () => {
    const harness = await withPlan(2);
    const context = storeContext(harness);
    expect(await getActivePlan(context, 'clm_de_1001')).not.toBeNull();
    await recordInstalmentPayment(context, 'clm_de_1001', { id: 'pi_all', amount: money(12_837, 'EUR'), paidOn: '2026-11-23' });
    expect(await getActivePlan(context, 'clm_de_1001')).toBeNull();
    expect((await planOf(harness)).progress.state).toBe('completed');
  });

  it('refuses to count a payment in another currency', async () => {
    const harness = await withPlan();
    await expect(recordInstalmentPayment(storeContext(harness), 'clm_de_1001', { id: 'pi_usd', amount: money(4_279, 'USD'), paidOn: '2026-11-23' })).rejects.toMatchObject({ code: 'payment_invalid' });
    expect((await planOf(harness)).plan.payments).toEqual([]);
  });
});

describe('POST /plan/changes', () => {
  it('moves one instalment within the rules and tells the backend once', async () => {
    const harness = await withPlan();
    const response = await harness.settle.handle(authed('/plan/changes', harness.token, { change: { kind: 'shift', instalment: 2, date: '2027-01-02' } }));
    expect(response.status).toBe(200);
    const { plan } = PlanResponse.parse(await response.json());
    expect(plan.schedule.instalments.map((instalment) => instalment.dueDate)).toEqual(['2026-11-23', '2027-01-02', '2027-01-23']);
    expect(harness.events).toHaveLength(1);
    expect(harness.events[0]).toMatchObject({ type: 'plan.changed', id: `plan.changed:${plan.id}:1`, data: { change: { kind: 'shift' } } });
  });

  it('pauses and skips within the rules', async () => {
    const harness = await withPlan();
    const paused = await harness.settle.handle(authed('/plan/changes', harness.token, { change: { kind: 'pause', months: 1 } }));
    expect(paused.status).toBe(200);
    const skipped = await harness.settle.handle(authed('/plan/changes', harness.token, { change: { kind: 'skip', instalment: 1 } }));
    expect(skipped.status).toBe(200);
    const { plan } = PlanResponse.parse(await skipped.json());
    expect(plan.schedule.instalments.map((instalment) => instalment.dueDate)).toEqual(['2027-01-23', '2027-02-23', '2027-03-23']);
    expect(plan.used).toEqual({ shifts: 0, skips: 1, pauseMonths: 1 });
    expect(harness.events.map((event) => event.id)).toEqual([`plan.changed:${plan.id}:1`, `plan.changed:${plan.id}:2`]);
  });

  it('refuses a change outside the rules with 422, leaving the plan as it was and the backend uncalled', async () => {
    const harness = await withPlan();
    const before = await planOf(harness);
    for (const change of [
      { kind: 'shift', instalment: 2, date: '2027-02-01' },
      { kind: 'pause', months: 5 },
      { kind: 'skip', instalment: 3 },
      { kind: 'shift', instalment: 7, date: '2026-12-24' },
    ]) {
      const response = await harness.settle.handle(authed('/plan/changes', harness.token, { change }));
      expect(response.status, JSON.stringify(change)).toBe(422);
      expect(await response.json()).toMatchObject({ error: { code: 'plan_change_invalid' } });
    }
    expect((await planOf(harness)).plan).toEqual(before.plan);
    expect(harness.events).toEqual([]);
  });

  it('answers 404 without a plan and 400 for a malformed change', async () => {
    const harness = await planSettle();
    const token = await sessionFor(harness.settle, 'clm_de_1001');
    expect((await harness.settle.handle(authed('/plan/changes', token, { change: { kind: 'pause', months: 1 } }))).status).toBe(404);
    expect((await harness.settle.handle(authed('/plan/changes', token, { change: { kind: 'teleport' } }))).status).toBe(400);
  });
});

describe('POST /plan/changes retried', () => {
  it('applies a change once per Idempotency-Key and refuses a different change under the same key', async () => {
    const harness = await withPlan();
    const send = (change: unknown) =>
      harness.settle.handle(
        new Request('https://pay.acme.example/settle/plan/changes', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${harness.token}`, 'idempotency-key': 'change-0001' },
          body: JSON.stringify({ change }),
        }),
      );
    const first = await send({ kind: 'pause', months: 1 });
    const retry = await send({ kind: 'pause', months: 1 });
    expect([first.status, retry.status]).toEqual([200, 200]);
    const { plan } = PlanResponse.parse(await retry.json());
    expect(plan.used.pauseMonths).toBe(1);
    expect(plan.schedule.instalments[0]?.dueDate).toBe('2026-12-23');
    expect(harness.events).toHaveLength(1);
    expect((await send({ kind: 'pause', months: 2 })).status).toBe(409);
  });
});
