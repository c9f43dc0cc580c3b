import { addMonths, daysBetween } from '../date-math.js';
import type { Plan, PlanChange } from './plan.js';
import { refused, stepDate } from './schedule-math.js';
import type { Instalment, PlanResult } from './schedule.js';
import { trackPlan } from './track-plan.js';

/**
 * Applies one debtor-requested change within the plan's change rules, or says why not.
 * Paid instalments never move; amounts never change, so the plan still adds up exactly.
 */
export function changePlan(plan: Plan, change: PlanChange, today: string): PlanResult<Plan> {
  switch (change.kind) {
    case 'shift':
      return shiftInstalment(plan, change.instalment, change.date, today);
    case 'pause':
      return pausePlan(plan, change.months, today);
    case 'skip':
      return skipInstalment(plan, change.instalment, today);
  }
}

function withChange(plan: Plan, change: PlanChange, today: string, instalments: Instalment[], used: Partial<Plan['used']>): Plan {
  return {
    ...plan,
    schedule: { ...plan.schedule, instalments },
    used: { ...plan.used, ...used },
    changes: [...plan.changes, { change, on: today }],
  };
}

function openInstalment(plan: Plan, number: number, today: string): PlanResult<Instalment> {
  const instalment = plan.schedule.instalments.find((candidate) => candidate.number === number);
  if (!instalment) return refused('instalment_not_found', 'instalment', `This plan has no instalment ${number}.`);
  const tracked = trackPlan(plan.schedule, plan.payments, today).instalments[number - 1];
  if (tracked?.status === 'paid') return refused('instalment_already_paid', 'instalment', `Instalment ${number} is already paid.`);
  return { ok: true, value: instalment };
}

/** Moves one open instalment to another date: not in the past, within `maxShiftDays`, and before the next one. */
export function shiftInstalment(plan: Plan, number: number, date: string, today: string): PlanResult<Plan> {
  const change: PlanChange = { kind: 'shift', instalment: number, date };
  if (plan.used.shifts >= plan.rules.maxShifts) return refused('change_limit_reached', 'instalment', 'No more instalments can be moved on this plan; please talk to us.');
  const found = openInstalment(plan, number, today);
  if (!found.ok) return found;
  const instalments = plan.schedule.instalments;
  const previous = instalments[number - 2];
  const next = instalments[number];
  const moved = Math.abs(daysBetween(found.value.dueDate, date));
  if (date < today || moved > plan.rules.maxShiftDays || (previous && date <= previous.dueDate) || (next && date >= next.dueDate)) {
    return refused('date_out_of_range', 'date', `Choose a date from today, at most ${plan.rules.maxShiftDays} days from ${found.value.dueDate}, between the instalments before and after it.`);
  }
  const changed = instalments.map((instalment) => (instalment.number === number ? { ...instalment, dueDate: date } : instalment));
  return { ok: true, value: withChange(plan, change, today, changed, { shifts: plan.used.shifts + 1 }) };
}

/** Moves every instalment not yet paid in full `months` later, within the plan's pause months. */
export function pausePlan(plan: Plan, months: number, today: string): PlanResult<Plan> {
  const change: PlanChange = { kind: 'pause', months };
  if (months < 1 || plan.used.pauseMonths + months > plan.rules.maxPauseMonths) {
    const left = plan.rules.maxPauseMonths - plan.used.pauseMonths;
    return left > 0
      ? refused('months_out_of_range', 'months', `You can pause for 1 to ${left} months.`)
      : refused('change_limit_reached', 'months', 'This plan cannot be paused again; please talk to us.');
  }
  const progress = trackPlan(plan.schedule, plan.payments, today);
  const changed = plan.schedule.instalments.map((instalment, index) =>
    progress.instalments[index]?.status === 'paid' ? instalment : { ...instalment, dueDate: addMonths(instalment.dueDate, months) },
  );
  return { ok: true, value: withChange(plan, change, today, changed, { pauseMonths: plan.used.pauseMonths + months }) };
}

/** Moves one open instalment to the end of the plan, one step after the last. */
export function skipInstalment(plan: Plan, number: number, today: string): PlanResult<Plan> {
  const change: PlanChange = { kind: 'skip', instalment: number };
  const frequency = plan.schedule.frequency;
  if (!frequency || plan.kind !== 'instalments') return refused('option_disabled', 'instalment', 'Only instalment plans can skip an instalment.');
  if (plan.used.skips >= plan.rules.maxSkips) return refused('change_limit_reached', 'instalment', 'No more instalments can be skipped on this plan; please talk to us.');
  const found = openInstalment(plan, number, today);
  if (!found.ok) return found;
  if (found.value.kind === 'down_payment') return refused('option_disabled', 'instalment', 'The down payment cannot be skipped.');
  const instalments = plan.schedule.instalments;
  const last = instalments[instalments.length - 1] as Instalment;
  if (found.value.number === last.number) return refused('option_disabled', 'instalment', 'The last instalment cannot be skipped; move it instead.');
  const appended: Instalment = { ...found.value, dueDate: stepDate(last.dueDate, frequency, 1) };
  const changed = [...instalments.filter((instalment) => instalment.number !== number), appended].map((instalment, index) => ({ ...instalment, number: index + 1 }));
  return { ok: true, value: withChange(plan, change, today, changed, { skips: plan.used.skips + 1 }) };
}
