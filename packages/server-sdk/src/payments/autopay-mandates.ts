import type { PaymentProviderName } from '@settle/protocol';
import type { SettleContext } from '../context.js';
import type { SettleStore } from '../store/store.js';
import type { SavedMethod } from './provider.js';

export const AUTOPAY_KEY = 'autopay:';
const RETENTION_MS = 400 * 24 * 3600 * 1000;

/** The saved method a claim's instalments are collected from, after the debtor consented. */
export interface AutopayMandate extends SavedMethod {
  provider: PaymentProviderName;
  /**
   * Set when the debtor switched autopay off or disputed the claim. The revoked mandate
   * stays as a marker, so a late webhook of an earlier autopay payment cannot revive it.
   */
  revokedAt?: string;
}

export type RevokedBy = 'debtor' | 'dispute';

/** Saves the debtor's consent, unless it is the very method they revoked (a late report of an old payment). */
export async function saveAutopay(store: SettleStore, claimId: string, mandate: AutopayMandate): Promise<void> {
  const current = await loadMandate(store, claimId);
  if (current?.revokedAt && current.provider === mandate.provider && current.paymentMethod === mandate.paymentMethod) return;
  await store.set(AUTOPAY_KEY + claimId, JSON.stringify(mandate), RETENTION_MS);
}

/** The claim's mandate as stored, revoked or not; null when the debtor never consented. */
export async function loadMandate(store: SettleStore, claimId: string): Promise<AutopayMandate | null> {
  const raw = await store.get(AUTOPAY_KEY + claimId);
  return raw === null ? null : (JSON.parse(raw) as AutopayMandate);
}

/** Whether instalments of the claim are charged automatically now. */
export async function hasAutopay(store: SettleStore, claimId: string): Promise<boolean> {
  const mandate = await loadMandate(store, claimId);
  return mandate !== null && mandate.revokedAt === undefined;
}

/**
 * Switches autopay off for the claim and tells the creditor (`autopay.revoked`) once per
 * mandate: the mark is written first, so no charge starts after this, and the event id
 * names the mandate, so a retry or a second revocation is the same single effect.
 */
export async function revokeAutopay(context: SettleContext, claimId: string, by: RevokedBy): Promise<boolean> {
  const { store, now } = context.options;
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const raw = await store.get(AUTOPAY_KEY + claimId);
    if (raw === null) return false;
    const mandate = JSON.parse(raw) as AutopayMandate;
    const revokedAt = mandate.revokedAt ?? new Date(now()).toISOString();
    const revoked = { ...mandate, revokedAt };
    if (!mandate.revokedAt && !(await store.compareAndSet(AUTOPAY_KEY + claimId, raw, JSON.stringify(revoked), RETENTION_MS))) continue;
    // Dispatched again on a retry after a crash between the mark and the event: the dispatcher keeps it one effect.
    await context.effects.dispatch({
      id: `autopay.revoked:${claimId}:${mandate.provider}:${mandate.paymentMethod}`,
      type: 'autopay.revoked',
      claimId,
      data: { provider: mandate.provider, revokedAt, revokedBy: by },
    });
    return true;
  }
  throw new Error(`claim ${claimId}: too much contention revoking autopay`);
}
