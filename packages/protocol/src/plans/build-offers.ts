import { addDays } from '../date-math.js';
import { money } from '../money-math.js';
import type { Money } from '../money.js';
import { perPaymentAmounts } from './per-payment-plans.js';
import type { OfferTerms, OfferTermsOf } from './offer.js';
import type { CreditorPolicy, OfferKind } from './policy.js';

/** The order offers are listed in when the quiz has not ranked them. */
export const OFFER_ORDER: readonly OfferKind[] = ['pay_in_full', 'deferral', 'instalments', 'partial_payment', 'promise_to_pay', 'payment_pause'];

/** `amount * basisPoints / 10 000`, rounded up to whole minor units, without float error. */
export function basisPointsOf(amount: number, basisPoints: number): number {
  const product = BigInt(amount) * BigInt(basisPoints);
  return Number((product + 9_999n) / 10_000n);
}

/** The smallest down payment the policy asks for on `total` (0 when none is asked). */
export function minimumDownPayment(total: number, policy: CreditorPolicy): number {
  const rule = policy.downPayment;
  if (!rule) return 0;
  return Math.max(rule.minimumAmount, basisPointsOf(total, rule.minimumBasisPoints));
}

/**
 * The day "later" counts from: the claim's due date while it is still ahead, else today.
 * Paying later than a date the debtor may pay by anyway would be no offer at all.
 */
export function laterFrom(today: string, dueDate: string | undefined): string {
  return dueDate !== undefined && dueDate > today ? dueDate : today;
}

/**
 * Every offer the policy allows for `balance` on `today`. Offers that cannot work for this
 * balance (an instalment plan whose instalments would fall below the minimum) are left out
 * rather than shown and refused later. With the claim's `dueDate`, the deferral and the
 * promise-to-pay windows (and their policy limits) count from the later of today and it.
 */
export function buildOffers(balance: Money, policy: CreditorPolicy, today: string, dueDate?: string): OfferTerms[] {
  if (balance.amount <= 0) return [];
  const enabled = new Set(policy.enabledOptions);
  const offers: OfferTerms[] = [];
  const later = laterFrom(today, dueDate);
  for (const kind of OFFER_ORDER) {
    if (!enabled.has(kind)) continue;
    const offer = buildOffer(kind, balance, policy, today, later);
    if (offer) offers.push(offer);
  }
  return offers;
}

function withCosts(balance: Money, cost: number, today: string) {
  const costs = money(cost, balance.currency);
  return { balance, costs, totalPayable: money(balance.amount + cost, balance.currency), issuedOn: today };
}

function buildOffer(kind: OfferKind, balance: Money, policy: CreditorPolicy, today: string, later: string): OfferTerms | null {
  const currency = balance.currency;
  const minimumInstalment = money(policy.minimumInstalment, currency);
  switch (kind) {
    case 'pay_in_full':
      return { kind, ...withCosts(balance, 0, today), dueDate: today };
    case 'deferral':
      if (policy.maxDeferralDays < 1) return null;
      return { kind, ...withCosts(balance, policy.costs.deferral, today), earliestDate: addDays(later, 1), latestDate: addDays(later, policy.maxDeferralDays) };
    case 'promise_to_pay':
      return { kind, ...withCosts(balance, 0, today), earliestDate: later, latestDate: addDays(later, policy.promiseToPayDays) };
    case 'partial_payment': {
      const minimum = policy.partialPayment?.minimum ?? policy.minimumInstalment;
      if (minimum >= balance.amount) return null;
      return { kind, ...withCosts(balance, 0, today), minimum: money(minimum, currency), maximum: money(balance.amount - 1, currency) };
    }
    case 'instalments': {
      const base = withCosts(balance, policy.costs.instalments, today);
      const down = minimumDownPayment(base.totalPayable.amount, policy);
      const required = policy.downPayment?.required ?? false;
      const financed = base.totalPayable.amount - (required ? down : 0);
      const maxCount = Math.min(policy.maxInstalments, Math.floor(financed / policy.minimumInstalment));
      if (maxCount < 2) return null;
      const terms: Omit<OfferTermsOf<'instalments'>, 'perPayment'> = {
        kind,
        ...base,
        minCount: 2,
        maxCount,
        minimumInstalment,
        frequencies: [...policy.frequencies],
        earliestFirstDueDate: today,
        latestFirstDueDate: addDays(today, policy.latestFirstDueDays),
        ...(policy.downPayment ? { downPayment: { required, minimum: money(Math.max(down, 1), currency) } } : {}),
        remainderOn: policy.remainderOn,
      };
      return { ...terms, perPayment: perPaymentAmounts(terms) };
    }
    case 'payment_pause': {
      const base = withCosts(balance, policy.costs.payment_pause, today);
      const maxCount = Math.max(1, Math.min(policy.maxInstalments, Math.floor(base.totalPayable.amount / policy.minimumInstalment)));
      return { kind, ...base, maxMonths: policy.maxPauseMonths, maxCount, minimumInstalment, frequencies: [...policy.frequencies], remainderOn: policy.remainderOn };
    }
  }
}
