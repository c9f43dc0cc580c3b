import * as z from 'zod/mini';
import { OFFER_KINDS } from './offer-kinds.js';

/** What a debtor can be offered. Each kind is switched on or off by the creditor's policy. */
export const OfferKind = z.enum(OFFER_KINDS);
export type OfferKind = z.infer<typeof OfferKind>;

export const Frequency = z.enum(['weekly', 'biweekly', 'monthly']);
export type Frequency = z.infer<typeof Frequency>;

const MinorUnits = z.int('must be an integer of minor units, e.g. 4250 for 42.50 EUR').check(z.minimum(0), z.refine(Number.isSafeInteger, 'must be a safe integer of minor units'));
const Days = (max: number) => z.int().check(z.minimum(0), z.maximum(max));

/**
 * Agreement costs per offer kind, in minor units of the claim's currency. They are
 * disclosed in the offer before it is accepted (§ 13a(3) RDG) and added to what is payable.
 */
export const AgreementCosts = z.object({
  deferral: z._default(MinorUnits, 0),
  instalments: z._default(MinorUnits, 0),
  payment_pause: z._default(MinorUnits, 0),
});
export type AgreementCosts = z.infer<typeof AgreementCosts>;

/** A down payment due on the day the plan is agreed; the larger of both minimums applies. */
export const DownPaymentRule = z.object({
  required: z._default(z.boolean(), false),
  minimumAmount: z._default(MinorUnits, 0),
  /** Share of the total payable in basis points (10 % = 1000), rounded up to whole minor units. */
  minimumBasisPoints: z._default(z.int().check(z.minimum(0), z.maximum(9_999)), 0),
});
export type DownPaymentRule = z.infer<typeof DownPaymentRule>;

/** How far an agreed plan may be changed later by the debtor alone. */
export const PlanChangeRules = z.object({
  /** Days an instalment may move past its agreed date. */
  maxShiftDays: z._default(Days(60), 14),
  maxShifts: z._default(z.int().check(z.minimum(0), z.maximum(24)), 2),
  maxSkips: z._default(z.int().check(z.minimum(0), z.maximum(12)), 1),
  /** Pause months over the plan's life, counting every pause. */
  maxPauseMonths: z._default(z.int().check(z.minimum(0), z.maximum(12)), 2),
});
export type PlanChangeRules = z.infer<typeof PlanChangeRules>;

/**
 * The creditor's rules for what a debtor may choose. Amounts are integer minor units of
 * the claim's currency (a creditor with claims in several currencies passes a policy per
 * claim). Every field has a default, so `CreditorPolicy.parse({})` is a usable policy.
 */
export const CreditorPolicy = z.object({
  enabledOptions: z._default(z.array(OfferKind).check(z.maxLength(6)), ['pay_in_full', 'deferral', 'instalments', 'promise_to_pay']),
  minimumInstalment: z._default(MinorUnits.check(z.minimum(1)), 2_000),
  /** Collection portals commonly allow 2-24 instalments. */
  maxInstalments: z._default(z.int().check(z.minimum(2), z.maximum(60)), 12),
  frequencies: z._default(z.array(Frequency).check(z.minLength(1), z.maxLength(3)), ['monthly']),
  /** The first instalment falls due at the latest this many days after the agreement. */
  latestFirstDueDays: z._default(Days(90), 30),
  maxDeferralDays: z._default(Days(180), 30),
  maxPauseMonths: z._default(z.int().check(z.minimum(1), z.maximum(12)), 3),
  downPayment: z.optional(DownPaymentRule),
  /** Which instalment carries the rounding remainder. */
  remainderOn: z._default(z.enum(['last', 'first']), 'last'),
  /** Present when partial payments are accepted: the smallest one. */
  partialPayment: z.optional(z.object({ minimum: MinorUnits.check(z.minimum(1)) })),
  promiseToPayDays: z._default(Days(60), 14),
  costs: z._default(AgreementCosts, { deferral: 0, instalments: 0, payment_pause: 0 }),
  changes: z._default(PlanChangeRules, { maxShiftDays: 14, maxShifts: 2, maxSkips: 1, maxPauseMonths: 2 }),
  /** IANA time zone whose calendar day counts as "today" for due dates (e.g. Europe/Berlin). */
  timeZone: z._default(z.string().check(z.refine(isTimeZone, 'must be an IANA time zone such as Europe/Berlin')), 'UTC'),
});
export type CreditorPolicy = z.infer<typeof CreditorPolicy>;
export type CreditorPolicyInput = z.input<typeof CreditorPolicy>;

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** Today's date (YYYY-MM-DD) in the policy's time zone, so a debtor's midnight is the creditor's too. */
export function policyToday(policy: Pick<CreditorPolicy, 'timeZone'>, nowMs: number): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: policy.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(nowMs));
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The policy with every default filled in; throws a ZodError naming the field when invalid. */
export function resolvePolicy(input: CreditorPolicyInput = {}): CreditorPolicy {
  return CreditorPolicy.parse(input);
}
