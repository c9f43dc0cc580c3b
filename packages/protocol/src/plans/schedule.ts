import * as z from 'zod/mini';
import { IsoDate } from '../dates.js';
import { Money } from '../money.js';
import { Frequency, OfferKind } from './policy.js';

export const Instalment = z.object({
  /** 1-based position in the plan. */
  number: z.int().check(z.minimum(1)),
  dueDate: IsoDate,
  amount: Money,
  kind: z.enum(['down_payment', 'instalment']),
});
export type Instalment = z.infer<typeof Instalment>;

/** Dated payments that add up exactly to what the chosen offer makes payable. */
export const Schedule = z.object({
  kind: OfferKind,
  instalments: z.array(Instalment).check(z.minLength(1), z.maxLength(120)),
  frequency: z.optional(Frequency),
  costs: Money,
  /** Sum of the instalments. */
  total: Money,
  /** What stays owed outside this schedule (only a partial payment leaves some). */
  remaining: Money,
});
export type Schedule = z.infer<typeof Schedule>;

/** Why a choice or a plan change was refused; `field` names what the debtor should change. */
export const PlanReasonCode = z.enum([
  'option_disabled',
  'kind_mismatch',
  'count_or_amount_required',
  'count_out_of_range',
  'amount_below_minimum',
  'amount_too_large',
  'date_out_of_range',
  'frequency_not_allowed',
  'down_payment_required',
  'down_payment_too_small',
  'down_payment_too_large',
  'months_out_of_range',
  'currency_mismatch',
  'instalment_not_found',
  'instalment_already_paid',
  'change_limit_reached',
]);
export type PlanReasonCode = z.infer<typeof PlanReasonCode>;

export const PlanReason = z.object({ code: PlanReasonCode, field: z.string(), message: z.string() });
export type PlanReason = z.infer<typeof PlanReason>;

export type PlanResult<T> = { ok: true; value: T } | { ok: false; reasons: PlanReason[] };
