import { formatMoneyDecimal, money, nextPaymentAmount, todayIso, trackPlan, type Claim, type CreatePaymentRequest, type Money } from '@settle/protocol';
import type { SettleContext } from '../context.js';
import { SettleError } from '../errors.js';
import { openTotal } from '../outcome/open-total.js';
import { getActivePlan } from '../plans/plan-store.js';
import { policyFor } from '../plans/policy-source.js';
import { isClaimPaid } from './claim-paid.js';

/** What a payment collects, decided by the server from its own state. */
export interface PaymentTarget {
  amount: Money;
  instalment?: { planId: string; index: number };
}

/**
 * Computes the amount for the option the debtor chose: what is still open on the claim
 * (its total less payments Settle took that the creditor has not booked yet), the plan's
 * next open instalment (less what is already paid on it), or the plan's down payment;
 * never more than what is still open. Nothing the browser sends is taken as an amount,
 * except a partial amount, which the policy and the open amount bound.
 */
export async function paymentTarget(context: SettleContext, claim: Claim, request: CreatePaymentRequest): Promise<PaymentTarget> {
  const open = await openTotal(context, claim);
  if (claim.status === 'settled' || open.amount <= 0 || (await isClaimPaid(context.options.store, claim.id, claim.balanceVersion))) {
    throw new SettleError('claim_settled', 'This claim is already paid. Thank you!');
  }
  switch (request.option) {
    case 'full':
      return { amount: open };
    case 'instalment':
    case 'down_payment': {
      const next = await nextInstalment(context, claim, request.option);
      return { ...next, amount: next.amount.amount > open.amount ? open : next.amount };
    }
    case 'partial':
      return partial(context, claim, open, request.partialAmount);
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

async function partial(context: SettleContext, claim: Claim, open: Money, partialAmount: number | undefined): Promise<PaymentTarget> {
  const policy = await policyFor(context, claim);
  const minimum = policy.partialPayment?.minimum;
  if (minimum === undefined || !policy.enabledOptions.includes('partial_payment')) {
    throw new SettleError('payment_invalid', 'Partial payments are not offered for this claim.');
  }
  if (partialAmount === undefined) throw new SettleError('payment_invalid', 'Choose the amount of the partial payment.');
  if (partialAmount > open.amount) {
    throw new SettleError('payment_invalid', `A partial payment can be at most the ${formatMoneyDecimal(open)} ${open.currency} still open on this claim.`);
  }
  // Less than the minimum is fine when it is exactly the rest.
  if (partialAmount < minimum && partialAmount !== open.amount)
    throw new SettleError('payment_invalid', `A partial payment must be at least ${formatMoneyDecimal(money(minimum, claim.currency))} ${claim.currency}.`);
  return { amount: money(partialAmount, claim.currency) };
}
