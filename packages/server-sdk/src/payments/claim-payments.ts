import type { SettleStore } from '../store/store.js';
import { loadRecord, type PaymentRecord } from './records.js';

const RETENTION_MS = 400 * 24 * 3600 * 1000;
const indexKey = (claimId: string) => `claim-payments:${claimId}`;

/**
 * Remembers that a payment belongs to a claim, so the claim's outcome, receipts and the
 * "one open payment per balance" rule can find every payment of a claim without a scan.
 * Compare-and-set, so concurrent checkouts on several instances never lose an entry.
 */
export async function addClaimPayment(store: SettleStore, claimId: string, paymentId: string): Promise<void> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const raw = await store.get(indexKey(claimId));
    const ids = raw === null ? [] : (JSON.parse(raw) as string[]);
    if (ids.includes(paymentId)) return;
    const next = JSON.stringify([...ids, paymentId]);
    const written = raw === null ? await store.setIfAbsent(indexKey(claimId), next, RETENTION_MS) : await store.compareAndSet(indexKey(claimId), raw, next, RETENTION_MS);
    if (written) return;
  }
  throw new Error(`claim ${claimId}: too much contention indexing payment ${paymentId}`);
}

/** Every payment Settle created for a claim, oldest first (records still being created included). */
export async function claimPayments(store: SettleStore, claimId: string): Promise<PaymentRecord[]> {
  const raw = await store.get(indexKey(claimId));
  if (raw === null) return [];
  const records = await Promise.all((JSON.parse(raw) as string[]).map((id) => loadRecord(store, id)));
  return records.filter((record): record is PaymentRecord => record !== null);
}
