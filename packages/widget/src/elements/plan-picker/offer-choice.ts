import { defaultFrequency, type Frequency, type Money, type MonthlyPlansRequest, type OfferChoice, type OfferTerms, type OfferTermsOf } from '@settle/protocol';
import { amountInputValue, parseAmountInput } from './amount-input.js';

/**
 * What the debtor has entered so far, as typed. Kept as text so a half-typed value stays
 * on screen; `choiceOf` turns it into an `OfferChoice` when it reads as one.
 */
export interface ChoiceDraft {
  date: string;
  /** The amount per payment picked: a suggested one in minor units, `other` for one typed in, or empty. */
  monthly: string;
  /** The amount per payment as typed when `monthly` is `other`. */
  monthlyAmount: string;
  /** The plan picked among those the server answered for the amount. */
  plan: OfferChoice | undefined;
  frequency: Frequency | undefined;
  /** Empty: the plan's default first date. */
  firstDueDate: string;
  downPayment: boolean;
  downPaymentAmount: string;
  months: string;
  pauseCount: string;
  partialAmount: string;
}

/** A field whose text does not read as a value yet, so there is nothing to preview. */
export interface DraftProblem {
  field: 'date' | 'monthly' | 'monthlyAmount' | 'downPayment' | 'months' | 'pauseCount' | 'amount' | 'firstDueDate';
  problem: 'date_missing' | 'number_format' | 'amount_format' | 'plan_missing';
}

export type DraftResult = { ok: true; choice: OfferChoice } | ({ ok: false } & DraftProblem);

/** Starting values: the latest date allowed, the minimum amounts, monthly if allowed; no plan until the debtor says what a payment could be. */
export function initialDraft(terms: OfferTerms, locale: string): ChoiceDraft {
  const draft: ChoiceDraft = {
    date: '',
    monthly: '',
    monthlyAmount: '',
    plan: undefined,
    frequency: undefined,
    firstDueDate: '',
    downPayment: false,
    downPaymentAmount: '',
    months: '1',
    pauseCount: '1',
    partialAmount: '',
  };
  switch (terms.kind) {
    case 'deferral':
    case 'promise_to_pay':
      return { ...draft, date: terms.latestDate };
    case 'instalments':
      return {
        ...draft,
        frequency: defaultFrequency(terms.frequencies),
        downPayment: terms.downPayment?.required ?? false,
        downPaymentAmount: terms.downPayment ? amountInputValue(terms.downPayment.minimum, locale) : '',
      };
    case 'payment_pause':
      return { ...draft, frequency: terms.frequencies[0] };
    case 'partial_payment':
      return { ...draft, partialAmount: amountInputValue(terms.minimum, locale) };
    case 'pay_in_full':
      return draft;
  }
}

function wholeNumber(text: string): number | undefined {
  return /^\s*\d{1,3}\s*$/.test(text) ? Number.parseInt(text, 10) : undefined;
}

/** The debtor's choice as the protocol takes it, or the first field that does not read yet. */
export function choiceOf(terms: OfferTerms, draft: ChoiceDraft, locale: string): DraftResult {
  const currency = terms.balance.currency;
  const amount = (text: string): Money | undefined => parseAmountInput(text, currency, locale);
  switch (terms.kind) {
    case 'pay_in_full':
      return { ok: true, choice: { kind: 'pay_in_full' } };
    case 'deferral':
    case 'promise_to_pay':
      if (!draft.date) return { ok: false, field: 'date', problem: 'date_missing' };
      return { ok: true, choice: { kind: terms.kind, date: draft.date } };
    case 'partial_payment': {
      const partial = amount(draft.partialAmount);
      if (!partial) return { ok: false, field: 'amount', problem: 'amount_format' };
      return { ok: true, choice: { kind: 'partial_payment', amount: partial } };
    }
    case 'payment_pause': {
      const months = wholeNumber(draft.months);
      if (months === undefined) return { ok: false, field: 'months', problem: 'number_format' };
      // Ranges are buildSchedule's to judge; a count of 0 is not a plan at all.
      const count = wholeNumber(draft.pauseCount);
      if (count === undefined || count < 1) return { ok: false, field: 'pauseCount', problem: 'number_format' };
      return { ok: true, choice: { kind: 'payment_pause', months, count, ...(draft.frequency ? { frequency: draft.frequency } : {}) } };
    }
    case 'instalments': {
      if (downPaymentAsked(terms, draft) && !amount(draft.downPaymentAmount)) return { ok: false, field: 'downPayment', problem: 'amount_format' };
      if (draft.monthly === 'other' && !amount(draft.monthlyAmount)) return { ok: false, field: 'monthlyAmount', problem: 'amount_format' };
      // The plan carries the down payment and first date it was asked for; changing either asks again.
      return draft.plan ? { ok: true, choice: draft.plan } : { ok: false, field: 'monthly', problem: 'plan_missing' };
    }
  }
}

function downPaymentAsked(terms: OfferTermsOf<'instalments'>, draft: ChoiceDraft): boolean {
  return Boolean(terms.downPayment && (draft.downPayment || terms.downPayment.required));
}

/**
 * What the plans request asks with: the amount per payment (a chip's, or the one typed),
 * how often, a down payment and the first date; undefined while the amount does not read.
 */
export function plansRequestOf(terms: OfferTermsOf<'instalments'>, draft: ChoiceDraft, locale: string): Omit<MonthlyPlansRequest, 'offerToken'> | undefined {
  const amount = (text: string): Money | undefined => parseAmountInput(text, terms.balance.currency, locale);
  const monthlyAmount = draft.monthly === 'other' ? amount(draft.monthlyAmount) : terms.perPayment.suggested.find((suggested) => String(suggested.amount) === draft.monthly);
  if (!monthlyAmount) return undefined;
  const downPayment = downPaymentAsked(terms, draft) ? amount(draft.downPaymentAmount) : undefined;
  return {
    monthlyAmount,
    ...(draft.frequency ? { frequency: draft.frequency } : {}),
    ...(downPayment ? { downPayment } : {}),
    ...(draft.firstDueDate ? { firstDueDate: draft.firstDueDate } : {}),
  };
}
