import { trackPlan, type Plan, type PlanProgress } from '@settle/protocol';

/**
 * A deferral or a promise to pay whose date passed without the payment: it no longer
 * holds, so the debtor is told so and may choose again. Instalment plans stay in arrears.
 */
export function hasLapsed(plan: Plan, progress: PlanProgress): boolean {
  return (plan.kind === 'deferral' || plan.kind === 'promise_to_pay') && progress.state === 'in_arrears';
}

/** The plan no longer binds on `today`: paid off, or lapsed; a new plan may take its place. */
export function planIsOver(plan: Plan, today: string): boolean {
  const progress = trackPlan(plan.schedule, plan.payments, today);
  return progress.state === 'completed' || hasLapsed(plan, progress);
}
