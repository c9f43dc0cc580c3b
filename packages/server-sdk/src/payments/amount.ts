import { money, nextPaymentAmount, todayIso, trackPlan, type Claim, type CreatePaymentRequest, type Money } from '@settle/protocol';
import type { SettleContext } from '../context.js';
import { SettleError } from '../errors.js';
import { getActivePlan } from '../plans/plan-store.js';
import { policyFor } from '../plans/policy-source.js';
import { isClaimPaid } from './claim-paid.js';

/** What a payment collects, decided by the server from its own state. */
export interface PaymentTarget {
  amount: Money;
  instalment?: { planId: string; index: number };
}

/**
 * Computes the amount for the option the debtor chose: the claim total, the plan's next
 * open instalment (less what is already paid on it), or the plan's down payment. Nothing
 * the browser sends is taken as an amount, except a partial amount, which the policy bounds.
 */
export async function paymentTarget(context: SettleContext, claim: Claim, request: CreatePaymentRequest): Promise<PaymentTarget> {
  if (claim.status === 'settled' || claim.total.amount <= 0 || (await isClaimPaid(context.options.store, claim.id, claim.balanceVersion))) {
    throw new SettleError('claim_settled', 'This claim is already paid. Thank you!');
  }
  switch (request.option) {
    case 'full':
      return { amount: claim.total };
    case 'instalment':
    case 'down_payment':
      return nextInstalment(context, claim, request.option);
    case 'partial':
      return partial(context, claim, request.partialAmount);
  }
}

async function nextInstalment(context: SettleContext, claim: Claim, option: 'instalment' | 'down_payment'): Promise<PaymentTarget> {
  const plan = await getActivePlan(context, claim.id);
  if (!plan) throw new SettleError('payment_invalid', 'There is no payment plan with an open instalment for this claim.');
  const progress = trackPlan(plan.schedule, plan.payments, todayIso(new Date(context.options.now())));
  const next = progress.nextDue;
  const amount = nextPaymentAmount(progress);
  if (!next || !amount || amount.amount <= 0) throw new SettleError('payment_invalid', 'Every instalment of this plan is paid.');
  if (option === 'down_payment' && next.kind !== 'down_payment') {
    throw new SettleError('payment_invalid', 'The down payment of this plan is already paid; pay the next instalment instead.');
  }
  return { amount, instalment: { planId: plan.id, index: next.number } };
}

async function partial(context: SettleContext, claim: Claim, partialAmount: number | undefined): Promise<PaymentTarget> {
  const policy = await policyFor(context, claim);
  const minimum = policy.partialPayment?.minimum;
  if (minimum === undefined || !policy.enabledOptions.includes('partial_payment')) {
    throw new SettleError('payment_invalid', 'Partial payments are not offered for this claim.');
  }
  if (partialAmount === undefined) throw new SettleError('payment_invalid', 'Choose the amount of the partial payment.');
  if (partialAmount < minimum) throw new SettleError('payment_invalid', `A partial payment must be at least ${minimum} minor units.`);
  if (partialAmount > claim.total.amount) throw new SettleError('payment_invalid', 'A partial payment cannot be more than the amount owed.');
  return { amount: money(partialAmount, claim.currency) };
}
