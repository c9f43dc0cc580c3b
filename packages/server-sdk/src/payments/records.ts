import type { Money, Payment, PaymentClientData, PaymentFailureReason, PaymentOption, PaymentProviderName, PaymentStatus } from '@settle/protocol';
import type { SettleStore } from '../store/store.js';
import type { Refund } from './provider.js';

/**
 * Settle's own record of a payment: what the server decided to collect, and what the
 * provider has since reported. Only settlement.ts moves it to `succeeded`.
 */
export interface PaymentRecord {
  id: string;
  claimId: string;
  /** The claim's balance version the amount was computed from. */
  balanceVersion: number;
  option: PaymentOption;
  provider: PaymentProviderName;
  amount: Money;
  autopay: boolean;
  /** Absent only while the provider payment is being created. */
  reference?: string;
  client?: PaymentClientData;
  status: PaymentStatus | 'creating';
  failureReason?: PaymentFailureReason;
  /** The debtor's key, and a fingerprint of what it was used for (one key, one request). */
  idempotencyKey: string;
  fingerprint: string;
  /** For instalment and down payments: which plan instalment this pays. */
  instalment?: { planId: string; index: number };
  /**
   * Set when the provider took money for a balance that was already paid: the payment
   * does not count, and this refund gives it back. The record is final then.
   */
  overpaid?: { refund: Refund | null; at: string };
  createdAt: string;
  updatedAt: string;
}

const RETENTION_MS = 400 * 24 * 3600 * 1000;
const FINAL: ReadonlySet<PaymentRecord['status']> = new Set(['succeeded']);

export const recordKey = (id: string) => `payment:${id}`;
export const referenceKey = (provider: PaymentProviderName, reference: string) => `payment-ref:${provider}:${reference}`;
export const idempotencyKeyOf = (claimId: string, key: string) => `payment-idem:${claimId}:${key}`;

export function newPaymentId(): string {
  return `pay_${crypto.randomUUID().replaceAll('-', '')}`;
}

export async function loadRecord(store: SettleStore, id: string): Promise<PaymentRecord | null> {
  const raw = await store.get(recordKey(id));
  return raw ? (JSON.parse(raw) as PaymentRecord) : null;
}

export async function loadRecordByReference(store: SettleStore, provider: PaymentProviderName, reference: string): Promise<PaymentRecord | null> {
  const id = await store.get(referenceKey(provider, reference));
  return id ? loadRecord(store, id) : null;
}

export async function saveRecord(store: SettleStore, record: PaymentRecord): Promise<void> {
  await store.set(recordKey(record.id), JSON.stringify(record), RETENTION_MS);
  if (record.reference) await store.set(referenceKey(record.provider, record.reference), record.id, RETENTION_MS);
}

/**
 * Applies `change` atomically (compare-and-set, retried on contention), so a webhook and
 * the browser's confirmation updating the same record at once cannot lose either write.
 * A succeeded (or overpaid and refunded) payment is final: later reports never move it back.
 */
export async function updateRecord(store: SettleStore, id: string, change: (record: PaymentRecord) => Partial<PaymentRecord> | null, now: () => number): Promise<PaymentRecord | null> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const raw = await store.get(recordKey(id));
    if (!raw) return null;
    const current = JSON.parse(raw) as PaymentRecord;
    if (FINAL.has(current.status) || current.overpaid) return current;
    const patch = change(current);
    if (!patch) return current;
    const next: PaymentRecord = { ...current, ...patch, updatedAt: new Date(now()).toISOString() };
    if (await store.compareAndSet(recordKey(id), raw, JSON.stringify(next), RETENTION_MS)) return next;
  }
  throw new Error(`payment ${id}: too much contention updating the record`);
}

/** The debtor's view of a record; the client data only while there is something left to do. */
export function toPayment(record: PaymentRecord): Payment {
  const open = record.status === 'requires_payment' || record.status === 'requires_action' || record.status === 'failed';
  return {
    id: record.id,
    claimId: record.claimId,
    option: record.option,
    provider: record.provider,
    amount: record.amount,
    // Taken for a balance already paid and given back: the debtor hears "refunded", not "canceled".
    status: record.overpaid ? 'refunded' : record.status === 'creating' ? 'requires_payment' : record.status,
    ...(record.failureReason && record.status === 'failed' ? { failureReason: record.failureReason } : {}),
    autopay: record.autopay,
    ...(open && record.client ? { client: record.client } : {}),
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}
