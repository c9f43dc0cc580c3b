import { addMonths, type Plan, type PlanProgress } from '@settle/protocol';

/**
 * The day payments resume when a pause holds on `today`, else undefined: a payment pause
 * until its first instalment, or pauses asked for in the plan manager. Each of those
 * starts the day it was asked for, or where the one before it ends, and lasts its months;
 * payments resume with the next open instalment, which the pause moved back.
 */
export function pauseResumesOn(plan: Plan, progress: PlanProgress, today: string): string | undefined {
  const first = plan.schedule.instalments[0];
  if (plan.kind === 'payment_pause' && first && today < first.dueDate) return first.dueDate;
  let end: string | undefined;
  for (const { change, on } of plan.changes) {
    if (change.kind === 'pause') end = addMonths(end && end > on ? end : on, change.months);
  }
  const next = progress.nextDue;
  return end && next && today < end && today < next.dueDate ? next.dueDate : undefined;
}
