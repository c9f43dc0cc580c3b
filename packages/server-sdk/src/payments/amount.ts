import type { Claim, CreatePaymentRequest, Money } from '@settle/protocol';
import type { SettleContext } from '../context.js';
import { SettleError } from '../errors.js';
import { isClaimPaid } from './claim-paid.js';

/** What a payment collects, decided by the server from its own state. */
export interface PaymentTarget {
  amount: Money;
  instalment?: { planId: string; index: number };
}

/**
 * Computes the amount for the option the debtor chose. Nothing the browser sends is
 * taken as an amount, except a partial amount, which is checked against the policy.
 */
export async function paymentTarget(context: SettleContext, claim: Claim, request: CreatePaymentRequest): Promise<PaymentTarget> {
  if (claim.status === 'settled' || claim.total.amount <= 0 || (await isClaimPaid(context.options.store, claim.id, claim.balanceVersion))) {
    throw new SettleError('claim_settled', 'This claim is already paid. Thank you!');
  }
  switch (request.option) {
    case 'full':
      return { amount: claim.total };
    default:
      throw new SettleError('payment_invalid', `Paying "${request.option}" is not available for this claim.`);
  }
}
