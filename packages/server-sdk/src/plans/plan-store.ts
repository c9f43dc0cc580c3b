import { Plan, trackPlan, type PlanPayment } from '@settle/protocol';
import type { SettleContext } from '../context.js';
import { SettleError } from '../errors.js';
import { planIsOver } from './plan-lapse.js';

const PLAN = 'plan:';
const DAY_MS = 86_400_000;

export function planKey(claimId: string): string {
  return PLAN + claimId;
}

/** Kept a year past the last due date, for receipts and disputes about it. */
function retentionMs(plan: Plan, now: number): number {
  const last = plan.schedule.instalments.at(-1)?.dueDate ?? plan.acceptedOn;
  return Math.max(Date.parse(`${last}T00:00:00Z`) - now, 0) + 400 * DAY_MS;
}

function parse(raw: string): Plan {
  return Plan.parse(JSON.parse(raw));
}

/** The plan agreed for a claim, paid off or not; null when none was agreed. */
export async function getPlan(context: SettleContext, claimId: string): Promise<Plan | null> {
  const raw = await context.options.store.get(planKey(claimId));
  return raw === null ? null : parse(raw);
}

/** The claim's plan while something is still owed on it; null when there is none or it is paid off. */
export async function getActivePlan(context: SettleContext, claimId: string): Promise<Plan | null> {
  const plan = await getPlan(context, claimId);
  if (!plan) return null;
  const today = new Date(context.options.now()).toISOString().slice(0, 10);
  return trackPlan(plan.schedule, plan.payments, today).state === 'completed' ? null : plan;
}

/** Stores a new plan unless the claim has one; returns the plan that is stored afterwards. */
export async function storePlanOnce(context: SettleContext, plan: Plan): Promise<{ plan: Plan; created: boolean }> {
  const raw = JSON.stringify(plan);
  if (await context.options.store.setIfAbsent(planKey(plan.claimId), raw, retentionMs(plan, context.options.now()))) return { plan, created: true };
  const existing = await getPlan(context, plan.claimId);
  if (!existing) throw new SettleError('conflict', 'The plan changed meanwhile. Please try again.');
  return { plan: existing, created: false };
}

/**
 * Stores `next` in place of a plan that is over: paid off (e.g. a partial payment, then a
 * plan for the rest) or lapsed (a deferral whose date passed). Returns the plan stored
 * afterwards: another one when the claim's plan changed meanwhile or still binds.
 */
export async function replaceOverPlan(context: SettleContext, previous: Plan, next: Plan): Promise<{ plan: Plan; created: boolean }> {
  const today = new Date(context.options.now()).toISOString().slice(0, 10);
  let created = false;
  const stored = await updatePlan(context, next.claimId, (current) => {
    if (current.id !== previous.id || !planIsOver(current, today)) return null;
    created = true;
    return next;
  });
  if (!stored) return storePlanOnce(context, next);
  return { plan: stored, created };
}

/**
 * Changes a stored plan with compare-and-set, retrying on a concurrent write so two
 * instances never lose each other's update. `change` returns null to leave it as is.
 */
export async function updatePlan(context: SettleContext, claimId: string, change: (plan: Plan) => Plan | null): Promise<Plan | null> {
  const { store } = context.options;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const raw = await store.get(planKey(claimId));
    if (raw === null) return null;
    const current = parse(raw);
    const next = change(current);
    if (!next) return current;
    if (await store.compareAndSet(planKey(claimId), raw, JSON.stringify(next), retentionMs(next, context.options.now()))) return next;
  }
  throw new SettleError('conflict', 'The plan is being changed elsewhere. Please try again.');
}

/**
 * Counts a succeeded payment against the claim's plan, once per payment id (a webhook
 * and the browser's confirmation may both report it). For the payments module: call it
 * only for payments a provider has verified. Returns the plan, or null without one.
 */
export async function recordInstalmentPayment(context: SettleContext, claimId: string, payment: PlanPayment): Promise<Plan | null> {
  return updatePlan(context, claimId, (plan) => {
    if (plan.payments.some((known) => known.id === payment.id)) return null;
    if (payment.amount.currency !== plan.schedule.total.currency) {
      throw new SettleError('payment_invalid', `The payment is in ${payment.amount.currency}, the plan in ${plan.schedule.total.currency}.`);
    }
    return { ...plan, payments: [...plan.payments, payment] };
  });
}
