import * as z from 'zod/mini';
import { IsoDate } from '../dates.js';
import { Money } from '../money.js';
import { OUTCOME_STATES } from './outcome-states.js';
import { PaymentProviderName } from './payments.js';

/**
 * A payment Settle saw succeed, as the debtor's receipt shows it. `payee` is who received
 * the money (the collection agency when one collects, else the creditor).
 */
export const Receipt = z.object({
  paymentId: z.string(),
  amount: Money,
  /** ISO 8601 time the provider's success was recorded. */
  paidAt: z.string(),
  method: PaymentProviderName,
  /** Short reference the debtor can quote (the provider payment's Settle reference). */
  reference: z.string(),
  payee: z.string(),
});
export type Receipt = z.infer<typeof Receipt>;

export const OutcomeState = z.enum(OUTCOME_STATES);
export type OutcomeState = z.infer<typeof OutcomeState>;

/** What every outcome says besides its state. */
const common = {
  /**
   * What is still open: the creditor's ledger total less the payments Settle saw succeed
   * that the ledger has not booked yet (same balance version). Never below zero.
   */
  openTotal: Money,
  /** Payments Settle saw succeed on this claim, newest first. */
  receipts: z.array(Receipt),
  /** The debtor already answered the survey for this claim (it is asked once per claim). */
  feedbackGiven: z.boolean(),
  /**
   * What Settle gave back of payments that arrived for a balance already paid (two tabs,
   * a retry): refunded to the way they were paid, never counted. Absent when none.
   */
  refunded: z.optional(Money),
};

const Instalment = z.object({ dueDate: IsoDate, amount: Money });

/**
 * The debtor-facing state of a claim, decided by the server from the creditor's ledger
 * (the claim) and Settle's own records. The widget renders it and never infers it.
 * "Settled" only when the ledger's open total is zero; `paid_in_full` when Settle saw the
 * money arrive but the creditor has not booked it yet.
 */
export const Outcome = z.discriminatedUnion('state', [
  z.object({ state: z.literal('open'), ...common }),
  z.object({ state: z.literal('settled'), ...common }),
  z.object({ state: z.literal('paid_in_full'), ...common }),
  z.object({ state: z.literal('partially_paid'), ...common, paid: Money }),
  z.object({
    state: z.literal('plan_active'),
    ...common,
    planId: z.string(),
    /** The next open instalment; absent when every instalment is paid but not yet booked. */
    nextDue: z.optional(Instalment),
    paid: Money,
    instalmentCount: z.int(),
    autopay: z.boolean(),
  }),
  z.object({
    state: z.literal('creditor_plan'),
    ...common,
    /** The next payment the creditor's ledger expects under a plan agreed outside Settle (by phone, by letter), when it says. */
    nextDue: z.optional(Instalment),
  }),
  z.object({ state: z.literal('deferred'), ...common, planId: z.string(), until: IsoDate, amount: Money }),
  z.object({ state: z.literal('promised'), ...common, planId: z.string(), date: IsoDate, amount: Money }),
  z.object({
    state: z.literal('overdue'),
    ...common,
    planId: z.string(),
    /** What was agreed: pay later (`deferral`) or a promise to pay. */
    kind: z.enum(['deferral', 'promise_to_pay']),
    /** The agreed date, now passed without the payment; what is open now is `openTotal`. */
    date: IsoDate,
  }),
  z.object({
    state: z.literal('paused'),
    ...common,
    planId: z.string(),
    /** Last day of the pause; instalments start after it. */
    until: IsoDate,
    nextDue: z.optional(Instalment),
  }),
  z.object({
    state: z.literal('disputed'),
    ...common,
    /**
     * ISO 8601 time the dispute was received through Settle; collection is paused since
     * then. Absent (with `reference`) when the creditor recorded the dispute elsewhere.
     */
    since: z.optional(z.string()),
    reference: z.optional(z.string()),
  }),
  z.object({
    state: z.literal('contact_requested'),
    ...common,
    since: z.string(),
    reference: z.optional(z.string()),
    hardship: z.boolean(),
  }),
]);
export type Outcome = z.infer<typeof Outcome>;
export type OutcomeOf<State extends OutcomeState> = Extract<Outcome, { state: State }>;
