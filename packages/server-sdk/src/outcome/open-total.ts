import { money, type Claim, type Money } from '@settle/protocol';
import type { SettleContext } from '../context.js';
import { unbookedPaid } from '../payments/balance-ledger.js';

/**
 * What is still open: the creditor's ledger total less what Settle counted on the same
 * balance version and the creditor has not booked yet (booking raises the balance version,
 * which starts a new count). Never below zero; zero once the ledger says the claim is settled.
 * The one place that answers "what is open", for the outcome, payments and autopay alike.
 */
export function openTotalOf(claim: Claim, unbooked: number): Money {
  if (claim.status === 'settled') return money(0, claim.currency);
  return money(Math.max(0, claim.total.amount - unbooked), claim.currency);
}

/** The claim's open total read from the balance ledger. */
export async function openTotal(context: SettleContext, claim: Claim): Promise<Money> {
  return openTotalOf(claim, await unbookedPaid(context.options.store, claim.id, claim.balanceVersion));
}
