import type { ClaimResponse, Outcome } from '@settle/protocol';
import { isIsoDate, isMoney } from './protocol-values.js';
import { arrayOf, check, isBoolean, isInteger, isString, optional, shape, variant, type Is } from './shape.js';

const isReceipt = shape({ paymentId: isString, amount: isMoney, paidAt: isString, method: isString, reference: isString, payee: isString });

/** What every outcome carries besides its state. */
const common = { openTotal: isMoney, receipts: arrayOf(isReceipt), feedbackGiven: isBoolean, refunded: optional(isMoney) };
const isInstalment = shape({ dueDate: isIsoDate, amount: isMoney });
const since = { since: optional(isString), reference: optional(isString) };

/** The claim's outcome, each state with the fields its screen reads. */
export const isOutcome: Is = variant('state', {
  open: shape(common),
  settled: shape(common),
  paid_in_full: shape(common),
  partially_paid: shape({ ...common, paid: isMoney }),
  plan_active: shape({ ...common, planId: isString, nextDue: optional(isInstalment), paid: isMoney, instalmentCount: isInteger, autopay: isBoolean }),
  deferred: shape({ ...common, until: isIsoDate, amount: isMoney }),
  promised: shape({ ...common, date: isIsoDate, amount: isMoney }),
  paused: shape({ ...common, until: isIsoDate, nextDue: optional(isInstalment) }),
  overdue: shape({ ...common, date: isIsoDate }),
  creditor_plan: shape({ ...common, nextDue: optional(isInstalment) }),
  disputed: shape({ ...common, ...since }),
  contact_requested: shape({ ...common, ...since, hardship: isBoolean }),
});

/**
 * GET /claims/:claimId as the outcome screen reads it: the claim (its creditor and account)
 * and the server's outcome. The first screen's `claimCheck` only looks at the outcome's
 * state; the screen that renders the rest checks the rest.
 */
export const claimOutcomeCheck = check<ClaimResponse & { outcome: Outcome }>('claim', shape({ claim: shape({ creditor: shape({ name: isString }), accountReference: isString }), outcome: isOutcome }));
