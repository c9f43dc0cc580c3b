import { subtractMoney, type Claim, type Money } from '@settle/protocol';
import type { Transaction } from '@electric-sql/pglite';

type StoredClaim = Omit<Claim, 'status' | 'balanceVersion'>;

const PAYMENT_LABEL = { de: 'Zahlung über den Zahlungslink', en: 'Payment through the payment link' } as const;

/** A payment line's label in German and English; the claim's locale picks one. */
export type PaymentLabel = { de: string; en: string };

/**
 * Books a successful payment on the claim: a payment line, a lower total, a new balance
 * version (so offers made on the old balance are refused) and `settled` once nothing is
 * left. Books at most what is open, so the total never goes below zero; returns the part
 * it could not book (0 normally), which the creditor owes back. Runs inside the
 * transaction that recorded the event, so it happens once.
 */
export async function applyPayment(tx: Transaction, claimId: string, amount: Money, paidAt: string, labels: PaymentLabel = PAYMENT_LABEL): Promise<number> {
  const result = await tx.query<{ claim: StoredClaim; status: Claim['status']; locale: string }>('select claim, status, locale from claims where id = $1 for update', [claimId]);
  const row = result.rows[0];
  if (!row) throw new Error(`no claim ${claimId}`);
  if (amount.currency !== row.claim.currency) throw new Error(`payment in ${amount.currency} on a ${row.claim.currency} claim`);
  const booked: Money = { amount: Math.min(amount.amount, Math.max(0, row.claim.total.amount)), currency: amount.currency };
  if (booked.amount === 0) return amount.amount;
  const label = row.locale === 'de' ? labels.de : labels.en;
  const claim: StoredClaim = {
    ...row.claim,
    lines: [...row.claim.lines, { kind: 'payment', label, amount: booked, date: paidAt.slice(0, 10) }],
    total: subtractMoney(row.claim.total, booked),
  };
  const status = claim.total.amount === 0 ? 'settled' : row.status;
  await tx.query(`update claims set claim = $2, status = $3, balance_version = balance_version + 1, updated_at = now() where id = $1`, [claimId, claim, status]);
  return amount.amount - booked.amount;
}
