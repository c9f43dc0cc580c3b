import type { SettleStore } from '../store/store.js';

/** When a request was first received, and the reference the debtor was given for it. */
export interface Received {
  since: string;
  reference: string;
}

/**
 * What Settle itself knows about a claim beyond its payments and plan: the first dispute,
 * the first contact request (and whether any asked for hardship care), and the one
 * survey answer. One small record per claim, so the outcome costs a single read.
 */
export interface ClaimRecord {
  dispute?: Received;
  contact?: Received & { hardship: boolean };
  /** The event id of the claim's one feedback submission (a retry carries the same id). */
  feedbackEventId?: string;
}

const RETENTION_MS = 400 * 24 * 3600 * 1000;
const recordKey = (claimId: string) => `claim-record:${claimId}`;

export async function readClaimRecord(store: SettleStore, claimId: string): Promise<ClaimRecord> {
  const raw = await store.get(recordKey(claimId));
  return raw === null ? {} : (JSON.parse(raw) as ClaimRecord);
}

/**
 * Changes the claim's record with compare-and-set, retried on contention, so two
 * instances never lose each other's entry. `change` returns null to leave it as is.
 */
export async function updateClaimRecord(store: SettleStore, claimId: string, change: (record: ClaimRecord) => ClaimRecord | null): Promise<ClaimRecord> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const raw = await store.get(recordKey(claimId));
    const current = raw === null ? {} : (JSON.parse(raw) as ClaimRecord);
    const next = change(current);
    if (!next) return current;
    const text = JSON.stringify(next);
    const written = raw === null ? await store.setIfAbsent(recordKey(claimId), text, RETENTION_MS) : await store.compareAndSet(recordKey(claimId), raw, text, RETENTION_MS);
    if (written) return next;
  }
  throw new Error(`claim ${claimId}: too much contention updating its record`);
}

/** Keeps the first dispute: the outcome shows since when collection is paused. */
export function noteDispute(store: SettleStore, claimId: string, received: Received): Promise<ClaimRecord> {
  return updateClaimRecord(store, claimId, (record) => (record.dispute ? null : { ...record, dispute: received }));
}

/** Keeps the first contact request; a later one asking for hardship care still flags it. */
export function noteContact(store: SettleStore, claimId: string, received: Received, hardship: boolean): Promise<ClaimRecord> {
  return updateClaimRecord(store, claimId, (record) => {
    if (!record.contact) return { ...record, contact: { ...received, hardship } };
    return hardship && !record.contact.hardship ? { ...record, contact: { ...record.contact, hardship } } : null;
  });
}

/**
 * Claims the claim's one survey answer for `eventId`. True when it is this submission's
 * (the first, or a retry of it); false when another session already answered.
 */
export async function claimFeedback(store: SettleStore, claimId: string, eventId: string): Promise<boolean> {
  const record = await updateClaimRecord(store, claimId, (current) => (current.feedbackEventId ? null : { ...current, feedbackEventId: eventId }));
  return record.feedbackEventId === eventId;
}
