import { addDays, addMonths } from '../date-math.js';
import type { Frequency } from './policy.js';
import type { PlanReason, PlanReasonCode } from './schedule.js';

/** Schedule helpers, apart from the schemas so code that only computes ships without them. */

/** A choice or change refused for `code`, naming the `field` the debtor should change; a `PlanResult` of any value. */
export function refused(code: PlanReasonCode, field: string, message: string): { ok: false; reasons: PlanReason[] } {
  return { ok: false, reasons: [{ code, field, message }] };
}

/** The due date of the `index`-th step (0-based) from `first`. Months count from `first`, so 31st stays 31st where it exists. */
export function stepDate(first: string, frequency: Frequency, index: number): string {
  if (frequency === 'weekly') return addDays(first, 7 * index);
  if (frequency === 'biweekly') return addDays(first, 14 * index);
  return addMonths(first, index);
}
