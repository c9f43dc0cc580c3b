import { nextPaymentAmount, trackPlan, type Outcome } from '@settle/protocol';
import type { ClaimFacts } from './claim-facts.js';

/** Why no instalment may be charged off-session now; each one is a claim-level rule. */
export type AutopayHold = 'settled' | 'paid_in_full' | 'disputed' | 'paused' | 'hardship' | 'below_instalment';

/**
 * Whether autopay must leave the claim alone today: nothing is charged while the claim is
 * settled or paid, disputed, paused or flagged hardship. Nor when less is open than the
 * instalment (an outside payment lowered the balance): charging another amount than the
 * one agreed needs notice to the debtor first (e.g. Reg E § 1005.10(d)), so the creditor
 * sees the held run in the log and the debtor pays the rest by hand.
 */
export function autopayHold(facts: ClaimFacts, outcome: Outcome): AutopayHold | null {
  switch (outcome.state) {
    case 'settled':
    case 'paid_in_full':
    case 'disputed':
    case 'paused':
      return outcome.state;
    default:
      break;
  }
  if (facts.record.contact?.hardship) return 'hardship';
  const plan = facts.plan;
  const due = plan ? nextPaymentAmount(trackPlan(plan.schedule, plan.payments, facts.today)) : null;
  if (due && due.amount > outcome.openTotal.amount) return 'below_instalment';
  return null;
}
