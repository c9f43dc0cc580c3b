import { currencyExponent } from '../currency.js';
import { money } from '../money-math.js';
import type { Money } from '../money.js';
import { buildSchedule } from './build-schedule.js';
import type { OfferChoiceOf, OfferTermsOf } from './offer.js';
import type { Frequency } from './policy.js';
import type { PlanReason, Schedule } from './schedule.js';
import { refused } from './schedule-math.js';

type InstalmentTerms = OfferTermsOf<'instalments'>;
type InstalmentChoice = OfferChoiceOf<'instalments'>;

/** One plan for what the debtor can pay each time: the choice to accept, its dated schedule, and whether it is the one to suggest. */
export interface PerPaymentPlan {
  choice: InstalmentChoice;
  schedule: Schedule;
  recommended: boolean;
}

export type PerPaymentPlans = { ok: true; plans: PerPaymentPlan[] } | { ok: false; reasons: PlanReason[]; smallest?: Money };

/** What the debtor adds to an amount per payment: how often, a down payment and the first due date, all optional. */
export type PerPaymentExtras = Pick<InstalmentChoice, 'frequency' | 'downPayment' | 'firstDueDate'>;

/** Round amounts a person thinks in (1, 1.5, 2, 2.5, 3, 4, 5, 7.5 times a power of ten, in major units). */
const ROUND_STEPS = [10, 15, 20, 25, 30, 40, 50, 75];

/** The frequency a plan asks about first: monthly when the offer allows it, else the offer's first. */
export function defaultFrequency(frequencies: readonly Frequency[]): Frequency {
  return frequencies.includes('monthly') ? 'monthly' : (frequencies[0] ?? 'monthly');
}

/**
 * The smallest amount per payment that pays `financed` within the offer: its minimum
 * instalment, or what its longest plan needs. The same at every frequency, as the offer
 * bounds a plan by its number of payments, not by its length.
 */
export function smallestPerPayment(terms: Pick<InstalmentTerms, 'minimumInstalment' | 'maxCount'>, financed: number): number {
  return Math.max(terms.minimumInstalment.amount, Math.ceil(financed / terms.maxCount));
}

/** What a plan finances after the smallest down payment the offer requires. */
function financedOf(terms: Pick<InstalmentTerms, 'totalPayable'>, down: number): number {
  return terms.totalPayable.amount - down;
}

/**
 * The smallest amount per payment and up to three round ones the debtor can pick instead
 * of typing one, up to what the shortest plan needs.
 */
export function perPaymentAmounts(terms: Omit<InstalmentTerms, 'perPayment'>): InstalmentTerms['perPayment'] {
  const financed = financedOf(terms, terms.downPayment?.required ? terms.downPayment.minimum.amount : 0);
  const smallest = smallestPerPayment(terms, financed);
  const largest = Math.ceil(financed / terms.minCount);
  const amounts: number[] = [];
  // Steps are tenths of a major unit; a currency without minor units skips 1.5 and 7.5.
  for (let scale = 10 ** currencyExponent(terms.balance.currency); amounts.length < 3 && scale <= largest; scale *= 10) {
    for (const step of ROUND_STEPS) {
      const amount = (step * scale) / 10;
      if (Number.isInteger(amount) && amount >= smallest && amount <= largest && amounts.length < 3) amounts.push(amount);
    }
  }
  if (amounts.length === 0) amounts.push(largest);
  const currency = terms.balance.currency;
  return { suggested: amounts.map((amount) => money(amount, currency)), smallest: money(smallest, currency) };
}

function regularAmounts(schedule: Schedule): number[] {
  return schedule.instalments.filter((row) => row.kind === 'instalment').map((row) => row.amount.amount);
}

/**
 * The plans that fit `perPayment`: instalments at the chosen frequency (monthly when the
 * offer allows it, else its first) of at most that amount, within the offer's counts,
 * minimum and dates. The shortest one is recommended; a longer one and the longest follow
 * with smaller instalments. Below the smallest possible amount the answer says what it is.
 */
export function plansPerPayment(terms: InstalmentTerms, perPayment: Money, extras: PerPaymentExtras = {}): PerPaymentPlans {
  const currency = terms.totalPayable.currency;
  const frequency = extras.frequency ?? defaultFrequency(terms.frequencies);
  if (!terms.frequencies.includes(frequency)) return refused('frequency_not_allowed', 'frequency', `Choose one of: ${terms.frequencies.join(', ')}.`);
  if (perPayment.currency !== currency) return refused('currency_mismatch', 'monthlyAmount', `Pay in ${currency}.`);
  const financed = financedOf(terms, extras.downPayment?.amount ?? 0);
  const smallest = smallestPerPayment(terms, financed);
  if (perPayment.amount < smallest) {
    return { ...refused('amount_below_minimum', 'monthlyAmount', `The smallest amount per payment is ${smallest} minor units.`), smallest: money(smallest, currency) };
  }
  const byCount = new Map<number, PerPaymentPlan>();
  const tryChoice = (choice: InstalmentChoice) => {
    const built = buildSchedule(terms, choice);
    if (!built.ok) return built;
    const amounts = regularAmounts(built.value);
    if (Math.max(...amounts) <= perPayment.amount && !byCount.has(amounts.length)) byCount.set(amounts.length, { choice, schedule: built.value, recommended: false });
    return built;
  };
  const { downPayment, firstDueDate } = extras;
  const shared: InstalmentChoice = { kind: 'instalments', frequency, ...(downPayment ? { downPayment } : {}), ...(firstDueDate ? { firstDueDate } : {}) };
  // The debtor's own amount each time first; an equal split by count covers what it cannot.
  tryChoice({ ...shared, instalmentAmount: perPayment });
  for (let count = Math.max(terms.minCount, Math.ceil(financed / perPayment.amount)); count <= terms.maxCount; count++) {
    const built = tryChoice({ ...shared, count });
    // Dates and down payments are refused the same for every count: say why once.
    if (!built.ok && built.reasons[0]?.field !== 'count') return { ok: false, reasons: built.reasons };
  }
  const counts = [...byCount.keys()].sort((a, b) => a - b);
  const shortest = counts[0];
  if (shortest === undefined) return refused('count_out_of_range', 'monthlyAmount', `No plan of ${terms.minCount} to ${terms.maxCount} instalments fits this amount.`);
  const longest = counts[counts.length - 1] as number;
  const middle = counts.find((count) => count >= (shortest + longest) / 2) as number;
  const plans = [...new Set([shortest, middle, longest])].map((count) => byCount.get(count) as PerPaymentPlan);
  (plans[0] as PerPaymentPlan).recommended = true;
  return { ok: true, plans };
}
