import type { SettleStore } from '../store/store.js';

const RETENTION_MS = 400 * 24 * 3600 * 1000;
const key = (claimId: string, balanceVersion: number) => `claim-paid:${claimId}:${balanceVersion}`;

/**
 * Remembers that a balance was paid in full, so a second checkout is refused as
 * "already paid" even before the creditor's backend reports the claim settled.
 */
export async function markClaimPaid(store: SettleStore, claimId: string, balanceVersion: number): Promise<void> {
  await store.set(key(claimId, balanceVersion), '1', RETENTION_MS);
}

export async function isClaimPaid(store: SettleStore, claimId: string, balanceVersion: number): Promise<boolean> {
  return (await store.get(key(claimId, balanceVersion))) !== null;
}
