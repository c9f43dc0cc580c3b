import type { SettleContext } from '../context.js';
import type { ObservedPayment, PaymentProvider } from './provider.js';
import { loadRecordByReference, updateRecord, type PaymentRecord } from './records.js';
import { todayIso } from '@settle/protocol';
import { recordInstalmentPayment } from '../plans/plan-store.js';
import { saveAutopay } from './autopay-mandates.js';
import { markClaimPaid } from './claim-paid.js';

/**
 * The one place a payment becomes paid. Callers pass what the provider itself reported
 * (a verified webhook or a server-side fetch, never the browser's word). The report must
 * match Settle's record in amount, currency and claim, or nothing is marked paid.
 *
 * Effects go through the dispatcher with ids derived from the provider's payment, so
 * twenty webhook deliveries and a racing browser confirmation call the backend once.
 */
export async function applyProviderReport(
  context: SettleContext,
  provider: PaymentProvider,
  observed: ObservedPayment,
  source: 'webhook' | 'fetch',
): Promise<PaymentRecord | null> {
  const { store, logger, now } = context.options;
  const record = await loadRecordByReference(store, provider.name, observed.reference);
  if (!record) {
    logger.warn(`${provider.name} reported a payment Settle did not create; ignored`, { reference: observed.reference, source });
    return null;
  }
  const mismatch = mismatchOf(record, observed);
  if (mismatch) {
    logger.error(`${provider.name} report does not match Settle's payment record; not marked paid`, {
      paymentId: record.id,
      reference: observed.reference,
      mismatch,
      source,
    });
    return record;
  }

  const updated = await updateRecord(
    store,
    record.id,
    (current) => {
      if (current.status === observed.status && current.failureReason === observed.failureReason) return null;
      // A late "still pending" report must not hide a known failure from the debtor.
      if (current.status === 'failed' && (observed.status === 'requires_payment' || observed.status === 'processing')) return null;
      return { status: observed.status, failureReason: observed.status === 'failed' ? (observed.failureReason ?? 'other') : undefined };
    },
    now,
  );
  if (!updated) return null;

  const data = {
    paymentId: record.id,
    provider: provider.name,
    reference: observed.reference,
    option: record.option,
    amount: record.amount,
    autopay: record.autopay,
    balanceVersion: record.balanceVersion,
    ...(record.instalment ? { instalment: record.instalment } : {}),
  };
  if (updated.status === 'succeeded') {
    if (record.option === 'full') await markClaimPaid(store, record.claimId, record.balanceVersion);
    // The debtor consented to autopay and the provider saved the method: later instalments use it.
    if (record.autopay && observed.savedMethod) await saveAutopay(store, record.claimId, { provider: provider.name, ...observed.savedMethod });
    // Every verified payment counts against an agreed plan, once per provider payment.
    await recordInstalmentPayment(context, record.claimId, {
      id: `${provider.name}:${observed.reference}`,
      amount: record.amount,
      paidOn: todayIso(new Date(now())),
    });
    await context.effects.dispatch({ id: `payment.succeeded:${provider.name}:${observed.reference}`, type: 'payment.succeeded', claimId: record.claimId, data });
  } else if (observed.status === 'failed') {
    const attempt = observed.attemptId ?? observed.reference;
    await context.effects.dispatch({
      id: `payment.failed:${provider.name}:${attempt}`,
      type: 'payment.failed',
      claimId: record.claimId,
      data: { ...data, failureReason: observed.failureReason ?? 'other' },
    });
  }
  return updated;
}

/** Why a provider's report cannot be believed for this record, or undefined when it matches. */
function mismatchOf(record: PaymentRecord, observed: ObservedPayment): string | undefined {
  if (observed.claimId !== record.claimId) return 'claim';
  if (observed.paymentId !== undefined && observed.paymentId !== record.id) return 'payment id';
  if (observed.amount.currency !== record.amount.currency) return 'currency';
  if (observed.amount.amount !== record.amount.amount) return 'amount';
  return undefined;
}
