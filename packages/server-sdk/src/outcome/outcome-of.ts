import type { Claim, Outcome } from '@settle/protocol';
import type { ClaimSettings } from '../claim-settings/claim-settings.js';
import type { SettleContext } from '../context.js';
import { claimFacts } from './claim-facts.js';
import { decideOutcome } from './decide-outcome.js';

/** The claim's debtor-facing state, from the creditor's ledger (the validated claim) and Settle's records; `settings` if already read. */
export async function outcomeOf(context: SettleContext, claim: Claim, settings?: Promise<ClaimSettings>): Promise<Outcome> {
  return decideOutcome(await claimFacts(context, claim, settings));
}
