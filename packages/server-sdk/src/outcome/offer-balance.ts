import type { Money, Outcome } from '@settle/protocol';
import type { ClaimFacts } from './claim-facts.js';

const NOTHING_TO_OFFER: ReadonlySet<Outcome['state']> = new Set(['settled', 'paid_in_full', 'disputed']);

/**
 * The balance new offers are made on: what is still open, so after a partial payment the
 * rest can be paid or planned. Null when the claim takes no offers: settled, paid, disputed,
 * or a plan the creditor agreed outside Settle (the ledger says plan_active, Settle has none).
 * An active plan agreed through Settle is the caller's to check: it has its own answer.
 */
export function offerBalance(facts: ClaimFacts, outcome: Outcome): Money | null {
  if (NOTHING_TO_OFFER.has(outcome.state)) return null;
  if (facts.claim.status === 'plan_active' && !facts.plan) return null;
  return outcome.openTotal.amount > 0 ? outcome.openTotal : null;
}
