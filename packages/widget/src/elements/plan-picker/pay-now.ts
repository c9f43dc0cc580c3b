import { money, type Plan, type PlanProgress, type TrackedInstalment } from '@settle/protocol';
import type { SettleCheckoutRequestDetail } from '../../events/settle-checkout-request.js';

/** What a checkout takes for one open instalment of a plan: the payment option and what is left of it. */
export function checkoutFor(plan: Plan, instalment: TrackedInstalment): SettleCheckoutRequestDetail {
  const left = money(instalment.amount.amount - instalment.paid.amount, instalment.amount.currency);
  const base = { claimId: plan.claimId, planId: plan.id, amount: left };
  switch (plan.kind) {
    case 'pay_in_full':
    case 'deferral':
    case 'promise_to_pay':
      return { ...base, option: 'full' };
    case 'partial_payment':
      return { ...base, option: 'partial', partialAmount: left.amount };
    default:
      return instalment.kind === 'down_payment' ? { ...base, option: 'down_payment', instalment: instalment.number } : { ...base, option: 'instalment', instalment: instalment.number };
  }
}

/** Something due on the day the plan was agreed (pay in full, a down payment, a first instalment due today). */
export function payNowOf(plan: Plan, progress: PlanProgress): SettleCheckoutRequestDetail | undefined {
  const next = progress.nextDue;
  if (!next || next.dueDate > plan.acceptedOn) return undefined;
  return checkoutFor(plan, next);
}
