import * as z from 'zod/mini';
import { IsoDate } from '../dates.js';
import { Money } from '../money.js';
import { Frequency } from './policy.js';

const Count = z.int().check(z.minimum(1), z.maximum(60));

/** Shared by every offer: what is owed, what the agreement costs, and the day its dates count from. */
const termsBase = {
  /** The claim's balance when the offer was made. */
  balance: Money,
  /** Agreement costs disclosed before acceptance (§ 13a(3) RDG); zero when there are none. */
  costs: Money,
  /** Balance plus costs: what the debtor pays in total under this offer. */
  totalPayable: Money,
  issuedOn: IsoDate,
};

export const PayInFullTerms = z.object({ kind: z.literal('pay_in_full'), ...termsBase, dueDate: IsoDate });
export const DeferralTerms = z.object({ kind: z.literal('deferral'), ...termsBase, earliestDate: IsoDate, latestDate: IsoDate });
export const InstalmentTerms = z.object({
  kind: z.literal('instalments'),
  ...termsBase,
  minCount: Count,
  maxCount: Count,
  minimumInstalment: Money,
  frequencies: z.array(Frequency).check(z.minLength(1)),
  earliestFirstDueDate: IsoDate,
  latestFirstDueDate: IsoDate,
  /** Present when a down payment may (or must) be made on `issuedOn`. */
  downPayment: z.optional(z.object({ required: z.boolean(), minimum: Money })),
  remainderOn: z.enum(['last', 'first']),
  /**
   * The smallest amount per payment (what `amount_below_minimum` names) and round ones to
   * suggest. The same at every frequency: the offer bounds a plan by its count, not its length.
   */
  perPayment: z.object({ suggested: z.array(Money).check(z.maxLength(3)), smallest: Money }),
});
export const PaymentPauseTerms = z.object({
  kind: z.literal('payment_pause'),
  ...termsBase,
  maxMonths: z.int().check(z.minimum(1), z.maximum(12)),
  /** After the pause the total is paid in 1..maxCount instalments. */
  maxCount: Count,
  minimumInstalment: Money,
  frequencies: z.array(Frequency).check(z.minLength(1)),
  remainderOn: z.enum(['last', 'first']),
});
export const PartialPaymentTerms = z.object({ kind: z.literal('partial_payment'), ...termsBase, minimum: Money, maximum: Money });
export const PromiseToPayTerms = z.object({ kind: z.literal('promise_to_pay'), ...termsBase, earliestDate: IsoDate, latestDate: IsoDate });

/** What one offer allows, computed from the balance and the creditor's policy by `buildOffers`. */
export const OfferTerms = z.discriminatedUnion('kind', [PayInFullTerms, DeferralTerms, InstalmentTerms, PaymentPauseTerms, PartialPaymentTerms, PromiseToPayTerms]);
export type OfferTerms = z.infer<typeof OfferTerms>;
export type OfferTermsOf<K extends OfferTerms['kind']> = Extract<OfferTerms, { kind: K }>;

/** An offer as the server issues it: terms bound to one claim, balance version and expiry. */
export const Offer = z.object({
  id: z.string().check(z.regex(/^off_[A-Za-z0-9]{8,64}$/, 'must be an offer id')),
  claimId: z.string(),
  balanceVersion: z.int().check(z.minimum(0)),
  /** Epoch milliseconds after which acceptance is refused. */
  expiresAt: z.int(),
  terms: OfferTerms,
});
export type Offer = z.infer<typeof Offer>;

/** The debtor's pick within an offer. Amounts in it are choices, never trusted totals. */
export const OfferChoice = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('pay_in_full') }),
  z.object({ kind: z.literal('deferral'), date: IsoDate }),
  z.object({
    kind: z.literal('instalments'),
    /** Either the number of instalments or the amount per instalment, not both. */
    count: z.optional(Count),
    instalmentAmount: z.optional(Money),
    frequency: z.optional(Frequency),
    firstDueDate: z.optional(IsoDate),
    downPayment: z.optional(Money),
  }),
  z.object({ kind: z.literal('payment_pause'), months: z.int().check(z.minimum(1), z.maximum(12)), count: z.optional(Count), frequency: z.optional(Frequency) }),
  z.object({ kind: z.literal('partial_payment'), amount: Money }),
  z.object({ kind: z.literal('promise_to_pay'), date: IsoDate }),
]);
export type OfferChoice = z.infer<typeof OfferChoice>;
export type OfferChoiceOf<K extends OfferChoice['kind']> = Extract<OfferChoice, { kind: K }>;
