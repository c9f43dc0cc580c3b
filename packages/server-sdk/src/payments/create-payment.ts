import type { CreatePaymentRequest } from '@settle/protocol';
import { loadClaim } from '../claims.js';
import type { SettleContext } from '../context.js';
import { SettleError } from '../errors.js';
import { paymentTarget } from './amount.js';
import type { CreatedPayment, SavedMethod } from './provider.js';
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
  // One open payment per balance: a second checkout (another tab, a retry with a new key) gets the open one, or replaces it.
  const open = await takeOpenSlot(context, payments, openSlotKey(claimId, claim.balanceVersion, request.option, target.amount.amount), id, options.offSession ? undefined : fingerprint);
  if (open) {
    await store.set(keyName, open.id, KEY_RETENTION_MS);
    return { record: open, created: false };
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
  let created: CreatedPayment;
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

const openSlotKey = (claimId: string, balanceVersion: number, option: string, amount: number) => `payment-open:${claimId}:${balanceVersion}:${option}:${amount}`;
const CLOSED: ReadonlySet<PaymentRecord['status']> = new Set(['succeeded', 'canceled']);

/**
 * Makes `id` the one open payment for this balance, option and amount. Returns the open
 * payment to reuse instead when it was made for the same request (`fingerprint`: same
 * provider, same autopay choice); cancels it at its provider first when it was not, so two
 * checkouts for one balance can never both take money. Compare-and-set on the slot, so
 * two checkouts at once on any instances end with one provider payment.
 */
async function takeOpenSlot(context: SettleContext, payments: PaymentProviders, slot: string, id: string, fingerprint: string | undefined): Promise<PaymentRecord | null> {
  const { store, now } = context.options;
  for (let polls = 0; polls * POLL_MS < WAIT_FOR_FIRST_MS; polls += 1) {
    if (await store.setIfAbsent(slot, id, KEY_RETENTION_MS)) return null;
    const holderId = await store.get(slot);
    if (holderId === null) continue;
    const holder = await loadRecord(store, holderId);
    if (holder?.status === 'creating') {
      // The other checkout is still talking to its provider: wait for its payment, then decide.
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      continue;
    }
    if (holder && !CLOSED.has(holder.status)) {
      if (holder.status === 'processing') throw new SettleError('payment_in_progress', 'A payment for this balance is being processed. Please wait for its result.');
      if (holder.fingerprint === fingerprint) return holder;
      await cancelOpenPayment(context, payments, holder);
      await updateRecord(store, holder.id, (current) => (CLOSED.has(current.status) ? null : { status: 'canceled' }), now);
    }
    if (await store.compareAndSet(slot, holderId, id, KEY_RETENTION_MS)) return null;
  }
  throw new SettleError('payment_in_progress', 'Another checkout for this balance is still being set up. Please try again in a moment.');
}

async function cancelOpenPayment(context: SettleContext, payments: PaymentProviders, holder: PaymentRecord): Promise<void> {
  if (!holder.reference) return;
  const provider = payments.get(holder.provider);
  try {
    await provider.cancelPayment(holder.reference);
  } catch (error) {
    context.options.logger.warn(`${provider.name} could not cancel the earlier checkout of a balance; the new one waits`, { paymentId: holder.id, ...providerErrorSummary(error) });
    throw new SettleError('payment_in_progress', 'An earlier checkout for this balance may still be completing. Please wait for its result.', { cause: error });
  }
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
