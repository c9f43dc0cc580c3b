import { addDays, type Plan, type PlanProgress, type TrackedInstalment } from '@settle/protocol';

/** What is left of the plan's change allowances. */
export function allowances(plan: Plan): { shifts: number; skips: number; pauseMonths: number } {
  return {
    shifts: Math.max(0, plan.rules.maxShifts - plan.used.shifts),
    skips: plan.kind === 'instalments' && plan.schedule.frequency ? Math.max(0, plan.rules.maxSkips - plan.used.skips) : 0,
    pauseMonths: Math.max(0, plan.rules.maxPauseMonths - plan.used.pauseMonths),
  };
}

/** Instalments that can still move or be skipped: not paid yet. */
export function openInstalments(progress: PlanProgress): TrackedInstalment[] {
  return progress.instalments.filter((instalment) => instalment.status !== 'paid');
}

/**
 * The dates one instalment may move to under the plan's rules: not before today, at most
 * `maxShiftDays` from its date, and strictly between its neighbours. The same limits
 * `shiftInstalment` checks; the server checks them again.
 */
export function shiftWindow(plan: Plan, number: number, today: string): { min: string; max: string } | undefined {
  const instalments = plan.schedule.instalments;
  const instalment = instalments[number - 1];
  if (!instalment) return undefined;
  const previous = instalments[number - 2];
  const next = instalments[number];
  const lows = [today, addDays(instalment.dueDate, -plan.rules.maxShiftDays), ...(previous ? [addDays(previous.dueDate, 1)] : [])];
  const highs = [addDays(instalment.dueDate, plan.rules.maxShiftDays), ...(next ? [addDays(next.dueDate, -1)] : [])];
  const min = lows.sort().at(-1) as string;
  const max = highs.sort()[0] as string;
  return min <= max ? { min, max } : undefined;
}
