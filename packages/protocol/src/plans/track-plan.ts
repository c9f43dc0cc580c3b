import { money } from '../money-math.js';
import type { Money } from '../money.js';
import type { PlanPayment } from './plan.js';
import type { PlanProgress, TrackedInstalment } from './progress.js';
import type { Schedule } from './schedule.js';

/**
 * Paid / due / missed per instalment on `today`. Payments fill instalments in order
 * (oldest first), so paying extra early covers the next ones. Payments in another
 * currency than the schedule's are not counted.
 */
export function trackPlan(schedule: Schedule, payments: readonly PlanPayment[], today: string): PlanProgress {
  const currency = schedule.total.currency;
  const paidTotal = payments.filter((payment) => payment.amount.currency === currency).reduce((sum, payment) => sum + payment.amount.amount, 0);
  let left = paidTotal;
  const instalments = schedule.instalments.map((instalment): TrackedInstalment => {
    const covered = Math.max(0, Math.min(instalment.amount.amount, left));
    left -= covered;
    const status = covered === instalment.amount.amount ? 'paid' : instalment.dueDate < today ? 'missed' : 'due';
    return { ...instalment, status, paid: money(covered, currency) };
  });
  const missedCount = instalments.filter((instalment) => instalment.status === 'missed').length;
  const outstanding = Math.max(0, schedule.total.amount - paidTotal);
  const nextDue = instalments.find((instalment) => instalment.status !== 'paid');
  return {
    instalments,
    paid: money(Math.min(paidTotal, schedule.total.amount), currency),
    outstanding: money(outstanding, currency),
    ...(nextDue ? { nextDue } : {}),
    missedCount,
    state: outstanding === 0 ? 'completed' : missedCount > 0 ? 'in_arrears' : 'on_track',
    asOf: today,
  };
}

/** What the next payment on a plan collects: the first open instalment less what is already paid on it. */
export function nextPaymentAmount(progress: PlanProgress): Money | null {
  const next = progress.nextDue;
  if (!next) return null;
  return money(next.amount.amount - next.paid.amount, next.amount.currency);
}
