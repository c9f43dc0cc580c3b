import { addMonths } from '../date-math.js';
import { money, splitMoney } from '../money-math.js';
import type { Money } from '../money.js';
import type { OfferChoice, OfferChoiceOf, OfferTerms, OfferTermsOf } from './offer.js';
import type { Frequency } from './policy.js';
import { refused, stepDate } from './schedule-math.js';
import type { Instalment, PlanResult, Schedule } from './schedule.js';

/**
 * Turns a debtor's choice within an offer into dated instalments that add up exactly
 * to what the offer makes payable, or says why the choice is outside the offer. Pure,
 * so the widget previews with the same math the server accepts with.
 */
export function buildSchedule(terms: OfferTerms, choice: OfferChoice): PlanResult<Schedule> {
  if (terms.kind !== choice.kind) return refused('kind_mismatch', 'kind', `This choice is for ${choice.kind}, the offer is ${terms.kind}.`);
  switch (terms.kind) {
    case 'pay_in_full':
      return single(terms, terms.dueDate, terms.totalPayable);
    case 'deferral':
    case 'promise_to_pay': {
      const { date } = choice as OfferChoiceOf<'deferral' | 'promise_to_pay'>;
      if (date < terms.earliestDate || date > terms.latestDate) {
        return refused('date_out_of_range', 'date', `Choose a date from ${terms.earliestDate} to ${terms.latestDate}.`);
      }
      return single(terms, date, terms.totalPayable);
    }
    case 'partial_payment':
      return partial(terms, choice as OfferChoiceOf<'partial_payment'>);
    case 'instalments':
      return instalments(terms, choice as OfferChoiceOf<'instalments'>);
    case 'payment_pause':
      return pause(terms, choice as OfferChoiceOf<'payment_pause'>);
  }
}

function schedule(terms: OfferTerms, instalments: Instalment[], frequency?: Frequency): Schedule {
  const total = instalments.reduce((sum, instalment) => sum + instalment.amount.amount, 0);
  const currency = terms.totalPayable.currency;
  return {
    kind: terms.kind,
    instalments,
    ...(frequency ? { frequency } : {}),
    costs: terms.costs,
    total: money(total, currency),
    remaining: money(terms.totalPayable.amount - total, currency),
  };
}

function single(terms: OfferTerms, dueDate: string, amount: Money): PlanResult<Schedule> {
  return { ok: true, value: schedule(terms, [{ number: 1, dueDate, amount, kind: 'instalment' }]) };
}

function partial(terms: OfferTermsOf<'partial_payment'>, choice: OfferChoiceOf<'partial_payment'>): PlanResult<Schedule> {
  if (choice.amount.currency !== terms.balance.currency) return refused('currency_mismatch', 'amount', `Pay in ${terms.balance.currency}.`);
  if (choice.amount.amount < terms.minimum.amount) return refused('amount_below_minimum', 'amount', `Pay at least ${terms.minimum.amount} minor units.`);
  if (choice.amount.amount > terms.maximum.amount) return refused('amount_too_large', 'amount', 'A partial payment is less than the whole balance; choose pay in full instead.');
  return single(terms, terms.issuedOn, choice.amount);
}

function chooseFrequency(allowed: readonly Frequency[], chosen: Frequency | undefined): PlanResult<Frequency> {
  const frequency = chosen ?? allowed[0];
  if (!frequency || !allowed.includes(frequency)) return refused('frequency_not_allowed', 'frequency', `Choose one of: ${allowed.join(', ')}.`);
  return { ok: true, value: frequency };
}

function dated(amounts: readonly number[], currency: string, first: string, frequency: Frequency, startNumber: number): Instalment[] {
  return amounts.map((amount, index) => ({
    number: startNumber + index,
    dueDate: stepDate(first, frequency, index),
    amount: money(amount, currency),
    kind: 'instalment' as const,
  }));
}

/**
 * Amounts for a chosen amount per instalment. An odd remainder below the minimum is
 * folded into its neighbour, so no instalment falls below the minimum. Counts first,
 * so a tiny amount on a large balance never builds a huge array.
 */
function amountsFor(financed: number, perInstalment: number, minimum: number, remainderOn: 'last' | 'first', maxCount: number): number[] | number {
  let count = Math.ceil(financed / perInstalment);
  let last = financed - perInstalment * (count - 1);
  if (count > 1 && last < minimum) {
    count -= 1;
    last += perInstalment;
  }
  if (count > maxCount) return count;
  const amounts = [...Array.from({ length: count - 1 }, () => perInstalment), last];
  return remainderOn === 'first' ? amounts.reverse() : amounts;
}

function instalments(terms: OfferTermsOf<'instalments'>, choice: OfferChoiceOf<'instalments'>): PlanResult<Schedule> {
  const currency = terms.totalPayable.currency;
  const frequency = chooseFrequency(terms.frequencies, choice.frequency);
  if (!frequency.ok) return frequency;

  let down = 0;
  if (choice.downPayment) {
    if (!terms.downPayment) return refused('option_disabled', 'downPayment', 'This plan takes no down payment.');
    if (choice.downPayment.currency !== currency) return refused('currency_mismatch', 'downPayment', `Pay in ${currency}.`);
    down = choice.downPayment.amount;
    if (down < terms.downPayment.minimum.amount) return refused('down_payment_too_small', 'downPayment', `The down payment is at least ${terms.downPayment.minimum.amount} minor units.`);
  } else if (terms.downPayment?.required) {
    return refused('down_payment_required', 'downPayment', 'This plan starts with a down payment.');
  }
  const financed = terms.totalPayable.amount - down;
  const minimum = terms.minimumInstalment.amount;
  if (down > 0 && financed < minimum * terms.minCount) {
    return refused('down_payment_too_large', 'downPayment', 'With this down payment too little is left for a plan; choose pay in full or a smaller down payment.');
  }

  let amounts: number[];
  if ((choice.count === undefined) === (choice.instalmentAmount === undefined)) {
    return refused('count_or_amount_required', 'count', 'Choose either the number of instalments or the amount per instalment.');
  }
  if (choice.count !== undefined) {
    if (choice.count < terms.minCount || choice.count > terms.maxCount) {
      return refused('count_out_of_range', 'count', `Choose ${terms.minCount} to ${terms.maxCount} instalments.`);
    }
    amounts = splitMoney(money(financed, currency), choice.count, terms.remainderOn).map((share) => share.amount);
    if (Math.min(...amounts) < minimum) return refused('amount_below_minimum', 'count', `Each instalment is at least ${minimum} minor units; choose fewer instalments.`);
  } else {
    const per = choice.instalmentAmount as Money;
    if (per.currency !== currency) return refused('currency_mismatch', 'instalmentAmount', `Pay in ${currency}.`);
    if (per.amount < minimum) return refused('amount_below_minimum', 'instalmentAmount', `Each instalment is at least ${minimum} minor units.`);
    const split = amountsFor(financed, per.amount, minimum, terms.remainderOn, terms.maxCount);
    const count = typeof split === 'number' ? split : split.length;
    if (typeof split === 'number' || count < terms.minCount) {
      return refused('count_out_of_range', 'instalmentAmount', `This amount makes ${count} instalments; a plan has ${terms.minCount} to ${terms.maxCount}.`);
    }
    amounts = split;
  }

  const firstDueDate = choice.firstDueDate ?? defaultFirstDue(terms, frequency.value, down > 0);
  if (firstDueDate < terms.earliestFirstDueDate || firstDueDate > terms.latestFirstDueDate) {
    return refused('date_out_of_range', 'firstDueDate', `The first instalment falls due from ${terms.earliestFirstDueDate} to ${terms.latestFirstDueDate}.`);
  }
  const downInstalment: Instalment[] = down > 0 ? [{ number: 1, dueDate: terms.issuedOn, amount: money(down, currency), kind: 'down_payment' }] : [];
  const rest = dated(amounts, currency, firstDueDate, frequency.value, downInstalment.length + 1);
  return { ok: true, value: schedule(terms, [...downInstalment, ...rest], frequency.value) };
}

/** Without a down payment the first instalment is due today; after one, a step later (within the limit). */
function defaultFirstDue(terms: OfferTermsOf<'instalments'>, frequency: Frequency, hasDownPayment: boolean): string {
  if (!hasDownPayment) return terms.earliestFirstDueDate;
  const next = stepDate(terms.issuedOn, frequency, 1);
  // biome-ignore lint/complexity/useMathMinMax: ISO date strings compare as text; Math.min would turn them into NaN
  return next > terms.latestFirstDueDate ? terms.latestFirstDueDate : next;
}

function pause(terms: OfferTermsOf<'payment_pause'>, choice: OfferChoiceOf<'payment_pause'>): PlanResult<Schedule> {
  if (choice.months < 1 || choice.months > terms.maxMonths) return refused('months_out_of_range', 'months', `Pause for 1 to ${terms.maxMonths} months.`);
  const count = choice.count ?? 1;
  if (count > terms.maxCount) return refused('count_out_of_range', 'count', `After the pause, pay in 1 to ${terms.maxCount} instalments.`);
  const frequency = chooseFrequency(terms.frequencies, choice.frequency);
  if (!frequency.ok) return frequency;
  const amounts = splitMoney(terms.totalPayable, count, terms.remainderOn).map((share) => share.amount);
  if (count > 1 && Math.min(...amounts) < terms.minimumInstalment.amount) {
    return refused('amount_below_minimum', 'count', `Each instalment is at least ${terms.minimumInstalment.amount} minor units; choose fewer instalments.`);
  }
  const resumeOn = addMonths(terms.issuedOn, choice.months);
  return { ok: true, value: schedule(terms, dated(amounts, terms.totalPayable.currency, resumeOn, frequency.value, 1), frequency.value) };
}
