import type { Claim, Outcome } from '@settle/protocol';
import type { SettleContext } from '../context.js';
import { claimFacts } from './claim-facts.js';
import { decideOutcome } from './decide-outcome.js';

/** The claim's debtor-facing state, from the creditor's ledger (the validated claim) and Settle's records. */
export async function outcomeOf(context: SettleContext, claim: Claim): Promise<Outcome> {
  return decideOutcome(await claimFacts(context, claim));
}
