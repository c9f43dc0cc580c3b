import { money, type Claim, type Money } from '@settle/protocol';
import type { SettleContext } from '../context.js';
import { claimPayments } from '../payments/claim-payments.js';
import type { PaymentRecord } from '../payments/records.js';

/**
 * What is still open: the creditor's ledger total less the payments Settle saw succeed on
 * the same balance version (not booked yet: booking a payment bumps the balance version).
 * Never below zero; zero once the ledger says the claim is settled.
 */
export function openTotalOf(claim: Claim, payments: readonly PaymentRecord[]): Money {
  if (claim.status === 'settled') return money(0, claim.currency);
  let unbooked = 0;
  for (const payment of payments) {
    if (payment.status === 'succeeded' && payment.balanceVersion === claim.balanceVersion && payment.amount.currency === claim.currency) unbooked += payment.amount.amount;
  }
  return money(Math.max(0, claim.total.amount - unbooked), claim.currency);
}

/** The claim's open total from the store; for payments and autopay to cap what they collect. */
export async function openTotal(context: SettleContext, claim: Claim): Promise<Money> {
  return openTotalOf(claim, await claimPayments(context.options.store, claim.id));
}
