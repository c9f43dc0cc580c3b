import type { OutcomeState } from '@settle/protocol';
import type { ClaimAnswer } from '../../api/checks/session.js';
import type { FlowPlace, FlowStep } from './steps.js';

/** Steps that still make sense once a plan is agreed. */
const AFTER_AGREEMENT: ReadonlySet<FlowStep> = new Set(['checkout', 'feedback', 'contact', 'dispute', 'manage']);
/** Steps where nothing is asked for payment: a claim being checked, a plan the creditor runs. */
const NOTHING_TO_PAY: ReadonlySet<FlowStep> = new Set(['dispute', 'contact', 'feedback']);
/** Steps where something can still be paid or chosen. */
const STILL_OPEN: ReadonlySet<FlowStep> = new Set(['summary', 'quiz', 'options', 'checkout', 'feedback', 'dispute', 'contact']);

/** Per outcome: the steps a reload may stay on; anything else lands on the outcome screen. */
const STAY: Record<OutcomeState, ReadonlySet<FlowStep>> = {
  open: new Set(['summary', 'quiz', 'options', 'checkout', 'dispute', 'contact']),
  partially_paid: STILL_OPEN,
  contact_requested: STILL_OPEN,
  plan_active: AFTER_AGREEMENT,
  deferred: AFTER_AGREEMENT,
  promised: AFTER_AGREEMENT,
  paused: AFTER_AGREEMENT,
  // The agreed date passed: what is open can be paid or planned again.
  overdue: STILL_OPEN,
  creditor_plan: NOTHING_TO_PAY,
  paid_in_full: new Set(['feedback', 'contact']),
  settled: new Set(['feedback', 'contact']),
  // No way back to anything that asks for payment while the claim is being checked.
  disputed: NOTHING_TO_PAY,
};

/**
 * Where a debtor lands, from the server's outcome for the claim and the place saved before
 * a reload: an open claim at the summary, an agreed plan in the plan manager, every other
 * outcome on its own screen (the `feedback` step), unless the saved step still fits it.
 */
export function placeForClaim({ claim, outcome }: ClaimAnswer, saved?: FlowPlace): FlowPlace {
  // Before the server sends outcomes, the claim's own status names the same states.
  const state: OutcomeState = outcome?.state ?? claim.status;
  if (saved && STAY[state]?.has(saved.step)) return saved;
  return { step: state === 'open' ? 'summary' : state === 'plan_active' ? 'manage' : 'feedback' };
}
