import { OFFER_KINDS, type PlanResponse } from '@settle/protocol';
import { isIsoDate, isMoney } from './protocol-values.js';
import { arrayOf, check, isBoolean, isInteger, isObject, isString, oneOf, optional, shape } from './shape.js';

const instalment = { number: isInteger, dueDate: isIsoDate, amount: isMoney, kind: isString };

export const isSchedule = shape({
  kind: oneOf(OFFER_KINDS),
  instalments: arrayOf(shape(instalment), 1),
  frequency: optional(isString),
  costs: isMoney,
  total: isMoney,
  remaining: isMoney,
});

/** What the plan manager shows and previews changes on (with the protocol's own `changePlan`). */
const isPlan = shape({
  id: isString,
  claimId: isString,
  kind: oneOf(OFFER_KINDS),
  acceptedOn: isIsoDate,
  schedule: isSchedule,
  rules: shape({ maxShiftDays: isInteger, maxShifts: isInteger, maxSkips: isInteger, maxPauseMonths: isInteger }),
  used: shape({ shifts: isInteger, skips: isInteger, pauseMonths: isInteger }),
  changes: arrayOf(isObject),
  payments: arrayOf(shape({ id: isString, amount: isMoney, paidOn: isIsoDate })),
});

const isTrackedInstalment = shape({ ...instalment, status: isString, paid: isMoney });

const isProgress = shape({
  instalments: arrayOf(isTrackedInstalment),
  paid: isMoney,
  outstanding: isMoney,
  nextDue: optional(isTrackedInstalment),
  missedCount: isInteger,
  state: isString,
  asOf: isIsoDate,
});

/** POST /plans, GET /plan and POST /plan/changes: the agreed plan and where it stands. */
export const planCheck = check<PlanResponse>('plan', shape({ plan: isPlan, progress: isProgress, autopay: optional(isBoolean) }));
