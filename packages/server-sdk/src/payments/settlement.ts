import type { SettleContext } from '../context.js';
import type { ObservedPayment, PaymentProvider, Refund } from './provider.js';
import { loadRecord, loadRecordByReference, updateRecord, type PaymentRecord } from './records.js';
import { countPayment, unbookedPaid, type Booking } from './balance-ledger.js';
import { providerErrorSummary } from './provider-errors.js';
import { loadClaim } from '../claims.js';
import { todayIso, type PaymentSucceededData } from '@settle/protocol';
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
export async function applyProviderReport(context: SettleContext, provider: PaymentProvider, observed: ObservedPayment, source: 'webhook' | 'fetch'): Promise<PaymentRecord | null> {
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

  const data: PaymentSucceededData = {
    paymentId: record.id,
    provider: provider.name,
    reference: observed.reference,
    option: record.option,
    amount: record.amount,
    autopay: record.autopay,
    balanceVersion: record.balanceVersion,
    ...(record.instalment ? { instalment: record.instalment } : {}),
  };
  if (observed.status === 'succeeded') return settleSuccess(context, provider, record, observed, data);

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
  if (observed.status === 'failed' && updated.status === 'failed') {
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

/**
 * The provider took the money. It counts once, against the claim's current balance, and
 * only as far as that balance is still open: a second checkout paid for a balance already
 * paid (two tabs, a retry) is refunded at the provider and reported as `payment.overpaid`,
 * never as a second `payment.succeeded`. Every step is idempotent, so a redelivered report
 * repeats the effect with the same id and the backend still sees it once.
 */
async function settleSuccess(context: SettleContext, provider: PaymentProvider, record: PaymentRecord, observed: ObservedPayment, data: PaymentSucceededData): Promise<PaymentRecord | null> {
  const { store, now } = context.options;
  const current = (await loadRecord(store, record.id)) ?? record;
  // Counted or refunded before: only the (deduplicated) effect is repeated below.
  let booking: Booking = current.status === 'succeeded' ? 'already_counted' : 'exceeds_open';
  if (current.status !== 'succeeded' && !current.overpaid) {
    const claim = await loadClaim(context, record.claimId);
    booking = await countPayment(store, record.claimId, claim.balanceVersion, claim.total.amount, record.id, record.amount.amount);
    if (booking !== 'exceeds_open' && (await unbookedPaid(store, record.claimId, claim.balanceVersion)) >= claim.total.amount) {
      await markClaimPaid(store, record.claimId, claim.balanceVersion);
    }
  }

  if (booking === 'exceeds_open') {
    const refund = current.overpaid?.refund ?? (await refundOverpayment(context, provider, record));
    const updated = await updateRecord(store, record.id, () => ({ status: 'canceled', overpaid: { refund, at: new Date(now()).toISOString() } }), now);
    await context.effects.dispatch({ id: `payment.overpaid:${provider.name}:${observed.reference}`, type: 'payment.overpaid', claimId: record.claimId, data: { ...data, refund } });
    return updated;
  }

  const updated = await updateRecord(store, record.id, (latest) => (latest.status === 'succeeded' ? null : { status: 'succeeded', failureReason: undefined }), now);
  if (booking === 'counted') {
    // The debtor consented to autopay and the provider saved the method: later instalments use it.
    if (record.autopay && observed.savedMethod) await saveAutopay(store, record.claimId, { provider: provider.name, ...observed.savedMethod });
    // Every verified payment counts against an agreed plan, once per provider payment.
    await recordInstalmentPayment(context, record.claimId, {
      id: `${provider.name}:${observed.reference}`,
      amount: record.amount,
      paidOn: todayIso(new Date(now())),
    });
  }
  await context.effects.dispatch({ id: `payment.succeeded:${provider.name}:${observed.reference}`, type: 'payment.succeeded', claimId: record.claimId, data });
  return updated;
}

/** Gives an overpayment back; a provider that cannot refund now fails the report, so its retry (or the next confirmation) refunds. */
async function refundOverpayment(context: SettleContext, provider: PaymentProvider, record: PaymentRecord): Promise<Refund> {
  const { logger } = context.options;
  logger.warn(`${provider.name} took a payment for a balance already paid; refunding it`, { paymentId: record.id, claimId: record.claimId });
  try {
    return await provider.refundPayment(record.reference ?? '', record.amount, `settle-refund-${record.id}`);
  } catch (error) {
    logger.error(`${provider.name} could not refund an overpayment; the next report of it retries`, { paymentId: record.id, ...providerErrorSummary(error) });
    throw error;
  }
}

/** Why a provider's report cannot be believed for this record, or undefined when it matches. */
function mismatchOf(record: PaymentRecord, observed: ObservedPayment): string | undefined {
  if (observed.claimId !== record.claimId) return 'claim';
  if (observed.paymentId !== undefined && observed.paymentId !== record.id) return 'payment id';
  if (observed.amount.currency !== record.amount.currency) return 'currency';
  if (observed.amount.amount !== record.amount.amount) return 'amount';
  return undefined;
}
