import * as z from 'zod/mini';
import { Jurisdiction } from '../claim.js';
import { IsoDate } from '../dates.js';
import { Money } from '../money.js';
import { ContactRequest } from '../api/contact.js';
import { DisputeReason } from '../api/dispute.js';
import { FeedbackRequest } from '../api/feedback.js';
import { PaymentFailureReason, PaymentOption, PaymentProviderName } from '../api/payments.js';
import { QuizAnswers } from '../journey/quiz.js';
import { QuizOutcome } from '../journey/score-quiz.js';
import { Plan, PlanChange } from '../plans/plan.js';

/*
 * Every event the creditor's backend hears of: its type, the hook it calls, and the
 * `data` it carries, written as what the server SDK really sends. Add an event here and
 * the hook, its typed `SettleEvent`, `EFFECT_HOOKS` and the docs follow.
 */

const PlanData = z.object({ plan: Plan });

/** A payment as settled against the claim; `balanceVersion` names the balance it was computed from. */
const PaymentData = z.object({
  paymentId: z.string(),
  provider: PaymentProviderName,
  /** The provider's payment id. */
  reference: z.string(),
  option: PaymentOption,
  amount: Money,
  autopay: z.boolean(),
  balanceVersion: z.int(),
  /** For instalment and down payments: the plan instalment it pays (1-based `index`). */
  instalment: z.optional(z.object({ planId: z.string(), index: z.int() })),
});

const Refund = z.object({
  reference: z.string(),
  amount: Money,
  status: z.enum(['succeeded', 'pending']),
});

/** What every reaction event tells: when, and which message, tone and segment the debtor met. */
const reaction = {
  /** ISO 8601 time of the reaction. */
  at: z.string(),
  channel: z.nullable(z.enum(['email', 'sms', 'whatsapp', 'letter'])),
  phase: z.nullable(z.enum(['first_reminder', 'second_reminder', 'final_notice', 'plan_confirmation', 'instalment_due', 'thank_you'])),
  segment: z.nullable(z.string()),
  tone: z.nullable(z.enum(['empathetic', 'neutral', 'formal', 'easy'])),
};

export const PlanAcceptedData = PlanData;
export type PlanAcceptedData = z.infer<typeof PlanAcceptedData>;
export const PlanChangedData = z.object({ plan: Plan, change: PlanChange });
export type PlanChangedData = z.infer<typeof PlanChangedData>;
export const PaymentSucceededData = PaymentData;
export type PaymentSucceededData = z.infer<typeof PaymentSucceededData>;
export const PaymentFailedData = z.extend(PaymentData, { failureReason: PaymentFailureReason });
export type PaymentFailedData = z.infer<typeof PaymentFailedData>;
export const PaymentOverpaidData = z.extend(PaymentData, { refund: z.nullable(Refund) });
export type PaymentOverpaidData = z.infer<typeof PaymentOverpaidData>;
export const AutopayRevokedData = z.object({ provider: PaymentProviderName, revokedAt: z.string(), revokedBy: z.enum(['debtor', 'dispute']) });
export type AutopayRevokedData = z.infer<typeof AutopayRevokedData>;
export const PromiseMadeData = PlanData;
export type PromiseMadeData = z.infer<typeof PromiseMadeData>;
export const DisputeOpenedData = z.object({
  dispute: z.object({ reason: DisputeReason, note: z.optional(z.string()), requestOriginalCreditor: z.boolean() }),
  /** Apply it: collection pauses until the creditor has reviewed the dispute. */
  claimStatus: z.literal('disputed'),
  collectionPaused: z.literal(true),
  jurisdiction: Jurisdiction,
  validationPeriodEnd: z.optional(IsoDate),
});
export type DisputeOpenedData = z.infer<typeof DisputeOpenedData>;
export const ContactRequestedData = z.object({
  contact: z.extend(ContactRequest, { hardship: z.boolean() }),
  /** Hardship or vulnerability: route it to trained staff. */
  needsCare: z.boolean(),
});
export type ContactRequestedData = z.infer<typeof ContactRequestedData>;
export const FeedbackGivenData = z.object({ feedback: FeedbackRequest, scale: z.object({ min: z.int(), max: z.int() }) });
export type FeedbackGivenData = z.infer<typeof FeedbackGivenData>;
export const QuizCompletedData = z.object({ answers: QuizAnswers, outcome: QuizOutcome });
export type QuizCompletedData = z.infer<typeof QuizCompletedData>;
export const LinkOpenedData = z.object(reaction);
export type LinkOpenedData = z.infer<typeof LinkOpenedData>;
export const ClaimViewedData = z.object(reaction);
export type ClaimViewedData = z.infer<typeof ClaimViewedData>;
export const StepViewedData = z.object({ ...reaction, step: z.string() });
export type StepViewedData = z.infer<typeof StepViewedData>;
export const OptionChosenData = z.object({ ...reaction, option: z.string() });
export type OptionChosenData = z.infer<typeof OptionChosenData>;
export const JourneyAbandonedData = z.object({ ...reaction, lastStep: z.nullable(z.string()) });
export type JourneyAbandonedData = z.infer<typeof JourneyAbandonedData>;

export const SETTLE_EVENTS = {
  'plan.accepted': { hook: 'onPlanAccepted', data: PlanAcceptedData, summary: 'The debtor agreed an instalment plan, a settlement or a deferral.' },
  'plan.changed': { hook: 'onPlanChanged', data: PlanChangedData, summary: "The debtor moved, paused or skipped within the plan's rules; `data.plan` has the new dates." },
  'payment.succeeded': { hook: 'onPaymentSucceeded', data: PaymentSucceededData, summary: "The provider took the money; book it against the claim's balance." },
  'payment.failed': { hook: 'onPaymentFailed', data: PaymentFailedData, summary: 'A checkout or an autopay charge was declined.' },
  'payment.overpaid': { hook: 'onPaymentOverpaid', data: PaymentOverpaidData, summary: 'A second payment arrived for a balance already paid; Settle refunded it (`data.refund`).' },
  'autopay.revoked': { hook: 'onAutopayRevoked', data: AutopayRevokedData, summary: 'Autopay was switched off; no instalment is charged off-session after this.' },
  'promise.made': { hook: 'onPromiseToPay', data: PromiseMadeData, summary: 'The debtor promised to pay the balance by a date.' },
  'dispute.opened': { hook: 'onDisputeOpened', data: DisputeOpenedData, summary: 'The debtor disputes the claim; pause collection until it is reviewed.' },
  'contact.requested': { hook: 'onContactRequested', data: ContactRequestedData, summary: 'The debtor wants to talk to a person.' },
  'feedback.given': { hook: 'onFeedback', data: FeedbackGivenData, summary: 'A satisfaction score, a comment and contact preferences.' },
  'quiz.completed': { hook: 'onQuizCompleted', data: QuizCompletedData, summary: 'The debtor answered the quiz; its segment and recommended options.' },
  'link.opened': { hook: 'onLinkOpened', data: LinkOpenedData, summary: 'The debtor opened a payment link.' },
  'claim.viewed': { hook: 'onClaimViewed', data: ClaimViewedData, summary: 'The debtor saw the claim.' },
  'step.viewed': { hook: 'onStepViewed', data: StepViewedData, summary: 'The debtor reached a step of the journey.' },
  'option.chosen': { hook: 'onOptionChosen', data: OptionChosenData, summary: 'The debtor chose an option (pay, plan, dispute, a person, ...).' },
  'journey.abandoned': { hook: 'onJourneyAbandoned', data: JourneyAbandonedData, summary: 'The debtor left without an outcome; `lastStep` is where.' },
} as const satisfies Record<string, { hook: `on${string}`; data: z.ZodMiniType<Record<string, unknown>>; summary: string }>;

export type SettleEventType = keyof typeof SETTLE_EVENTS;
export type SettleEventHook<Type extends SettleEventType = SettleEventType> = (typeof SETTLE_EVENTS)[Type]['hook'];
/** The `data` of one event type, as the backend receives it. */
export type SettleEventData<Type extends SettleEventType> = z.infer<(typeof SETTLE_EVENTS)[Type]['data']>;

export const SETTLE_EVENT_TYPES = Object.keys(SETTLE_EVENTS) as SettleEventType[];
