import { currencyExponent } from '../currency.js';
import { money } from '../money-math.js';
import type { Money } from '../money.js';
import { buildSchedule } from './build-schedule.js';
import type { OfferChoiceOf, OfferTermsOf } from './offer.js';
import type { PlanReason, PlanReasonCode, Schedule } from './schedule.js';

type InstalmentTerms = OfferTermsOf<'instalments'>;
type InstalmentChoice = OfferChoiceOf<'instalments'>;

/** One plan for what the debtor can pay a month: the choice to accept, its dated schedule, and whether it is the one to suggest. */
export interface MonthlyPlan {
  choice: InstalmentChoice;
  schedule: Schedule;
  recommended: boolean;
}

export type MonthlyPlans = { ok: true; plans: MonthlyPlan[] } | { ok: false; reasons: PlanReason[]; smallest?: Money };

/** What the debtor adds to a monthly amount: a down payment and the first due date, both optional. */
export type MonthlyExtras = Pick<InstalmentChoice, 'downPayment' | 'firstDueDate'>;

/** Round amounts a person thinks in (1, 1.5, 2, 2.5, 3, 4, 5, 7.5 times a power of ten, in major units). */
const ROUND_STEPS = [10, 15, 20, 25, 30, 40, 50, 75];

/** The smallest monthly amount that pays `financed` within the offer: its minimum instalment, or what its longest plan needs. */
export function smallestMonthly(terms: Pick<InstalmentTerms, 'minimumInstalment' | 'maxCount'>, financed: number): number {
  return Math.max(terms.minimumInstalment.amount, Math.ceil(financed / terms.maxCount));
}

/** What a plan finances after the smallest down payment the offer requires. */
function financedOf(terms: Pick<InstalmentTerms, 'totalPayable'>, down: number): number {
  return terms.totalPayable.amount - down;
}

/**
 * The smallest monthly amount and up to three round ones the debtor can pick instead of
 * typing one, up to what the shortest plan needs. Undefined when the offer has no monthly
 * plans.
 */
export function monthlyAmounts(terms: Omit<InstalmentTerms, 'monthly'>): InstalmentTerms['monthly'] {
  if (!terms.frequencies.includes('monthly')) return undefined;
  const financed = financedOf(terms, terms.downPayment?.required ? terms.downPayment.minimum.amount : 0);
  const smallest = smallestMonthly(terms, financed);
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

function refuse(code: PlanReasonCode, message: string): MonthlyPlans {
  return { ok: false, reasons: [{ code, field: 'monthlyAmount', message }] };
}

function regularAmounts(schedule: Schedule): number[] {
  return schedule.instalments.filter((row) => row.kind === 'instalment').map((row) => row.amount.amount);
}

/**
 * The plans that fit `monthly`: monthly instalments of at most that amount, within the
 * offer's counts, minimum and dates. The shortest one is recommended; a longer one and the
 * longest follow with smaller instalments. Below the smallest possible monthly amount the
 * answer says what that amount is.
 */
export function plansForMonthly(terms: InstalmentTerms, monthly: Money, extras: MonthlyExtras = {}): MonthlyPlans {
  const currency = terms.totalPayable.currency;
  if (!terms.frequencies.includes('monthly')) return refuse('frequency_not_allowed', 'This offer has no monthly instalments.');
  if (monthly.currency !== currency) return refuse('currency_mismatch', `Pay in ${currency}.`);
  const financed = financedOf(terms, extras.downPayment?.amount ?? 0);
  const smallest = smallestMonthly(terms, financed);
  if (monthly.amount < smallest) {
    return { ...refuse('amount_below_minimum', `The smallest monthly amount is ${smallest} minor units.`), smallest: money(smallest, currency) } as MonthlyPlans;
  }
  const byCount = new Map<number, MonthlyPlan>();
  const tryChoice = (choice: InstalmentChoice) => {
    const built = buildSchedule(terms, choice);
    if (!built.ok) return built;
    const amounts = regularAmounts(built.value);
    if (Math.max(...amounts) <= monthly.amount && !byCount.has(amounts.length)) byCount.set(amounts.length, { choice, schedule: built.value, recommended: false });
    return built;
  };
  const shared: InstalmentChoice = { kind: 'instalments', frequency: 'monthly', ...extras };
  // The debtor's own amount each month first; an equal split by count covers what it cannot.
  tryChoice({ ...shared, instalmentAmount: monthly });
  for (let count = Math.max(terms.minCount, Math.ceil(financed / monthly.amount)); count <= terms.maxCount; count++) {
    const built = tryChoice({ ...shared, count });
    // Dates and down payments are refused the same for every count: say why once.
    if (!built.ok && built.reasons[0]?.field !== 'count') return { ok: false, reasons: built.reasons };
  }
  const counts = [...byCount.keys()].sort((a, b) => a - b);
  const shortest = counts[0];
  if (shortest === undefined) return refuse('count_out_of_range', `No plan of ${terms.minCount} to ${terms.maxCount} instalments fits this amount.`);
  const longest = counts[counts.length - 1] as number;
  const middle = counts.find((count) => count >= (shortest + longest) / 2) as number;
  const plans = [...new Set([shortest, middle, longest])].map((count) => byCount.get(count) as MonthlyPlan);
  (plans[0] as MonthlyPlan).recommended = true;
  return { ok: true, plans };
}
