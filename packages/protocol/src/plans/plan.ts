import * as z from 'zod/mini';
import { IsoDate } from '../dates.js';
import { Money } from '../money.js';
import { OfferKind, PlanChangeRules } from './policy.js';
import { Schedule } from './schedule.js';

/** A payment counted against a plan; `id` is the provider's payment id, so each counts once. */
export const PlanPayment = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  amount: Money,
  paidOn: IsoDate,
});
export type PlanPayment = z.infer<typeof PlanPayment>;

/** What the debtor may change on an agreed plan, each within the plan's change rules. */
export const PlanChange = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('shift'), instalment: z.int().check(z.minimum(1)), date: IsoDate }),
  z.object({ kind: z.literal('pause'), months: z.int().check(z.minimum(1), z.maximum(12)) }),
  z.object({ kind: z.literal('skip'), instalment: z.int().check(z.minimum(1)) }),
]);
export type PlanChange = z.infer<typeof PlanChange>;

/** An agreed plan: the schedule the server rebuilt from the accepted offer, and what happened since. */
export const Plan = z.object({
  id: z.string(),
  claimId: z.string(),
  offerId: z.string(),
  balanceVersion: z.int(),
  kind: OfferKind,
  acceptedOn: IsoDate,
  /** Epoch milliseconds. */
  acceptedAt: z.int(),
  schedule: Schedule,
  /** The policy's change rules when the plan was agreed; later policy edits don't reach back. */
  rules: PlanChangeRules,
  used: z.object({ shifts: z.int(), skips: z.int(), pauseMonths: z.int() }),
  /** Changes in order; `key` is the request's idempotency key, so a retried change applies once. */
  changes: z.array(z.object({ change: PlanChange, on: IsoDate, key: z.optional(z.string()) })),
  payments: z.array(PlanPayment),
});
export type Plan = z.infer<typeof Plan>;
