import { todayIso, trackPlan } from '@settle/protocol';
import type { SettleContext } from '../context.js';
import { getActivePlan } from '../plans/plan-store.js';
import { createPayment } from './create-payment.js';
import { AUTOPAY_KEY, type AutopayMandate } from './autopay-mandates.js';
import { providerErrorSummary } from './provider-errors.js';
import type { PaymentProviders } from './providers.js';

export interface AutopayRun {
  charged: number;
  failed: number;
}

/**
 * Collects every instalment that is due today or earlier from the claims with autopay.
 * Each instalment has one idempotency key (plan, number, due date), so running this on
 * several instances or twice a day charges it once; a declined charge is reported through
 * `onPaymentFailed` and not retried automatically (the debtor is asked to pay by hand).
 */
export async function chargeDueInstalments(context: SettleContext, payments: PaymentProviders): Promise<AutopayRun> {
  const { store, logger, now } = context.options;
  const today = todayIso(new Date(now()));
  const run: AutopayRun = { charged: 0, failed: 0 };
  for (const key of await store.keys(AUTOPAY_KEY)) {
    const claimId = key.slice(AUTOPAY_KEY.length);
    const raw = await store.get(key);
    if (!raw) continue;
    const mandate = JSON.parse(raw) as AutopayMandate;
    const plan = await getActivePlan(context, claimId);
    const next = plan ? trackPlan(plan.schedule, plan.payments, today).nextDue : undefined;
    if (!plan || !next || next.dueDate > today) continue;
    try {
      const { record, created } = await createPayment(
        context,
        payments,
        { claimId, idempotencyKey: `autopay-${plan.id}-${next.number}-${next.dueDate}`, request: { option: 'instalment', provider: mandate.provider, autopay: true } },
        { offSession: mandate },
      );
      if (!created) continue;
      if (record.status === 'succeeded') run.charged += 1;
      else if (record.status === 'failed') run.failed += 1;
    } catch (error) {
      logger.error('autopay could not collect a due instalment', { claimId, instalment: next.number, ...providerErrorSummary(error) });
      run.failed += 1;
    }
  }
  return run;
}
