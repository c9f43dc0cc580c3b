import type { PaymentProviderName } from '@settle/protocol';
import type { SettleStore } from '../store/store.js';
import type { SavedMethod } from './provider.js';

export const AUTOPAY_KEY = 'autopay:';
const RETENTION_MS = 400 * 24 * 3600 * 1000;

/** The saved method a claim's instalments are collected from, after the debtor consented. */
export interface AutopayMandate extends SavedMethod {
  provider: PaymentProviderName;
}

export async function saveAutopay(store: SettleStore, claimId: string, mandate: AutopayMandate): Promise<void> {
  await store.set(AUTOPAY_KEY + claimId, JSON.stringify(mandate), RETENTION_MS);
}
