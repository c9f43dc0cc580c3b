import type { SettleStore } from '../store/store.js';

const RETENTION_MS = 400 * 24 * 3600 * 1000;
const key = (claimId: string, balanceVersion: number) => `claim-ledger:${claimId}:${balanceVersion}`;

/** What Settle took on one balance of a claim that the creditor has not booked yet. */
interface Ledger {
  /** Minor units of every payment counted against this balance. */
  paid: number;
  payments: string[];
}

export type Booking = 'counted' | 'already_counted' | 'exceeds_open';

/**
 * Counts a succeeded payment against the claim's current balance, atomically: of two
 * payments that succeed at once for one balance, only as many count as the balance
 * holds; the other is an overpayment (compare-and-set, so instances sharing a store agree).
 * A creditor who books payments raises `balanceVersion`, which starts a new ledger.
 */
export async function countPayment(store: SettleStore, claimId: string, balanceVersion: number, total: number, paymentId: string, amount: number): Promise<Booking> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const raw = await store.get(key(claimId, balanceVersion));
    const ledger: Ledger = raw === null ? { paid: 0, payments: [] } : (JSON.parse(raw) as Ledger);
    if (ledger.payments.includes(paymentId)) return 'already_counted';
    if (ledger.paid + amount > total) return 'exceeds_open';
    const next = JSON.stringify({ paid: ledger.paid + amount, payments: [...ledger.payments, paymentId] } satisfies Ledger);
    const written = raw === null ? await store.setIfAbsent(key(claimId, balanceVersion), next, RETENTION_MS) : await store.compareAndSet(key(claimId, balanceVersion), raw, next, RETENTION_MS);
    if (written) return 'counted';
  }
  throw new Error(`claim ${claimId}: too much contention counting payment ${paymentId}`);
}

/** Minor units Settle took on this balance that the creditor has not booked yet. */
export async function unbookedPaid(store: SettleStore, claimId: string, balanceVersion: number): Promise<number> {
  const raw = await store.get(key(claimId, balanceVersion));
  return raw === null ? 0 : (JSON.parse(raw) as Ledger).paid;
}
