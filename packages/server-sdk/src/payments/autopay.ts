import { trackPlan } from '@settle/protocol';
import { loadClaim } from '../claims.js';
import type { SettleContext } from '../context.js';
import { autopayHold } from '../outcome/autopay-hold.js';
import { activePlanOf, claimFacts } from '../outcome/claim-facts.js';
import { decideOutcome } from '../outcome/decide-outcome.js';
import { createPayment } from './create-payment.js';
import { AUTOPAY_KEY, type AutopayMandate } from './autopay-mandates.js';
import { providerErrorSummary } from './provider-errors.js';
import type { PaymentProviders } from './providers.js';

export interface AutopayRun {
  charged: number;
  failed: number;
  /** Instalments due but not charged because the claim says so (disputed, paused, hardship, paid, less open than due). */
  held: number;
}

/**
 * Collects every instalment that is due today or earlier from the claims with autopay.
 * Each instalment has one idempotency key (plan, number, due date), so running this on
 * several instances or twice a day charges it once; a declined charge is reported through
 * `onPaymentFailed` and not retried automatically (the debtor is asked to pay by hand).
 * The claim is read first: its outcome can hold the charge (see `autopayHold`).
 */
export async function chargeDueInstalments(context: SettleContext, payments: PaymentProviders): Promise<AutopayRun> {
  const { store, logger } = context.options;
  const run: AutopayRun = { charged: 0, failed: 0, held: 0 };
  for (const key of await store.keys(AUTOPAY_KEY)) {
    const claimId = key.slice(AUTOPAY_KEY.length);
    const raw = await store.get(key);
    if (!raw) continue;
    const mandate = JSON.parse(raw) as AutopayMandate;
    if (mandate.revokedAt) continue;
    try {
      const claim = await loadClaim(context, claimId);
      const facts = await claimFacts(context, claim);
      const plan = activePlanOf(facts);
      const next = plan ? trackPlan(plan.schedule, plan.payments, facts.today).nextDue : undefined;
      if (!plan || !next || next.dueDate > facts.today) continue;
      const hold = autopayHold(facts, decideOutcome(facts));
      if (hold) {
        logger.warn('autopay held a due instalment', { claimId, instalment: next.number, reason: hold });
        run.held += 1;
        continue;
      }
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
      logger.error('autopay could not collect a due instalment', { claimId, ...providerErrorSummary(error) });
      run.failed += 1;
    }
  }
  return run;
}
