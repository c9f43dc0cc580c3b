import type { CreatePaymentRequest } from '@settle/protocol';
import { loadClaim } from '../claims.js';
import type { SettleContext } from '../context.js';
import { SettleError } from '../errors.js';
import { paymentTarget } from './amount.js';
import type { SavedMethod } from './provider.js';
import { providerErrorSummary } from './provider-errors.js';
import { addClaimPayment } from './claim-payments.js';
import { applyProviderReport } from './settlement.js';
import type { PaymentProviders } from './providers.js';
import { idempotencyKeyOf, loadRecord, newPaymentId, recordKey, referenceKey, saveRecord, updateRecord, type PaymentRecord } from './records.js';

const KEY_RETENTION_MS = 7 * 24 * 3600 * 1000;
/** How long a duplicate request waits for the first one to finish creating the payment. */
const WAIT_FOR_FIRST_MS = 10_000;
const POLL_MS = 25;
/** New payments per claim per hour: each creates a provider payment, so a loop must not. */
const MAX_NEW_PAYMENTS_PER_HOUR = 20;

export interface CreatePaymentInput {
  claimId: string;
  idempotencyKey: string;
  request: CreatePaymentRequest;
}

/**
 * Creates one payment per idempotency key. A double click or a retried request with the
 * same key gets the first payment back (after it is created, if it is still in flight);
 * the same key for a different request is refused. The provider receives a key derived
 * from it, so even a retry after a lost response cannot create a second provider payment.
 */
export async function createPayment(
  context: SettleContext,
  payments: PaymentProviders,
  input: CreatePaymentInput,
  /** Autopay: charge this saved method now instead of handing the browser a payment to complete. */
  options: { offSession?: SavedMethod } = {},
): Promise<{ record: PaymentRecord; created: boolean }> {
  const { store, now } = context.options;
  const { claimId, idempotencyKey, request } = input;
  const provider = payments.get(request.provider);
  const fingerprint = JSON.stringify([request.option, request.provider, request.partialAmount ?? null, request.autopay === true]);
  const keyName = idempotencyKeyOf(claimId, idempotencyKey);

  const earlier = await store.get(keyName);
  if (earlier) return { record: await replay(context, earlier, fingerprint), created: false };

  if ((await store.increment(`payment-attempts:${claimId}`, 3600_000)) > MAX_NEW_PAYMENTS_PER_HOUR) {
    throw new SettleError('rate_limited', 'Too many payment attempts for this claim. Please wait a while, or contact us.', { headers: { 'retry-after': '3600' } });
  }
  const claim = await loadClaim(context, claimId);
  const target = await paymentTarget(context, claim, request);
  const providerSupportsAutopay = provider.checkoutConfig().autopay;
  const autopay = options.offSession !== undefined || (request.autopay === true && providerSupportsAutopay && (request.option === 'instalment' || request.option === 'down_payment'));

  const id = newPaymentId();
  if (!(await store.setIfAbsent(keyName, id, KEY_RETENTION_MS))) {
    return { record: await replay(context, (await store.get(keyName)) ?? '', fingerprint), created: false };
  }
  const stamp = new Date(now()).toISOString();
  const record: PaymentRecord = {
    id,
    claimId,
    balanceVersion: claim.balanceVersion,
    option: request.option,
    provider: provider.name,
    amount: target.amount,
    autopay,
    status: 'creating',
    idempotencyKey,
    fingerprint,
    ...(target.instalment ? { instalment: target.instalment } : {}),
    createdAt: stamp,
    updatedAt: stamp,
  };
  await saveRecord(store, record);
  await addClaimPayment(store, claimId, id);

  const providerRequest = {
    paymentId: id,
    claimId,
    amount: target.amount,
    option: request.option,
    purpose: `${claim.creditor.name} ${claim.accountReference}`,
    idempotencyKey: `settle-${claimId}-${idempotencyKey}`,
    autopay,
  };
  let created;
  try {
    if (options.offSession) {
      if (!provider.chargeSaved) throw new SettleError('provider_not_enabled', `${provider.name} cannot charge a saved payment method.`);
      const observed = await provider.chargeSaved(providerRequest, options.offSession);
      await updateRecord(store, id, () => ({ reference: observed.reference, status: 'processing' }), now);
      await store.set(referenceKey(provider.name, observed.reference), id, 400 * 24 * 3600 * 1000);
      await applyProviderReport(context, provider, observed, 'fetch');
      return { record: (await loadRecord(store, id)) ?? record, created: true };
    }
    created = await provider.createPayment(providerRequest);
  } catch (error) {
    context.options.logger.error(`${provider.name} could not create a payment`, { paymentId: id, claimId, ...providerErrorSummary(error) });
    // Free the key so the debtor's retry can try again; the provider key stays the same.
    await store.delete(recordKey(id));
    await store.delete(keyName);
    throw error;
  }
  // The record first, then the index webhooks find it by: a report never meets a record without its reference.
  const ready = await updateRecord(store, id, () => ({ reference: created.reference, client: created.client, status: 'requires_payment' }), now);
  await store.set(referenceKey(provider.name, created.reference), id, 400 * 24 * 3600 * 1000);
  return { record: ready ?? record, created: true };
}

async function replay(context: SettleContext, paymentId: string, fingerprint: string): Promise<PaymentRecord> {
  // Counted in polls, not clock time: the configured clock may be a test's frozen one.
  for (let polls = 0; ; polls += 1) {
    const record = await loadRecord(context.options.store, paymentId);
    if (record && record.fingerprint !== fingerprint) {
      throw new SettleError('conflict', 'This Idempotency-Key was already used for a different payment. Use a new key per checkout attempt.');
    }
    if (record && record.status !== 'creating') return record;
    if (!record || polls * POLL_MS >= WAIT_FOR_FIRST_MS) {
      throw new SettleError('payment_in_progress', 'This payment is still being set up. Please try again in a moment.');
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
