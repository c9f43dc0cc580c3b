/**
 * The debtor-facing states of a claim as plain names; the `OutcomeState` schema is built
 * from them, and the browser reads them from here without loading the validation library.
 */
export const OUTCOME_STATES = [
  'open',
  'paid_in_full',
  'partially_paid',
  'plan_active',
  'creditor_plan',
  'deferred',
  'promised',
  'overdue',
  'paused',
  'disputed',
  'contact_requested',
  'settled',
] as const;
