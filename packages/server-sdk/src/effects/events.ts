/** Effect types and the backend hook each one calls. */
export const EFFECT_HOOKS = {
  'plan.accepted': 'onPlanAccepted',
  /** The debtor moved, paused or skipped within the plan's rules; `data.plan` has the new dates. */
  'plan.changed': 'onPlanChanged',
  'payment.succeeded': 'onPaymentSucceeded',
  'payment.failed': 'onPaymentFailed',
  /** A second payment arrived for a balance already paid; Settle refunded it (`data.refund`). */
  'payment.overpaid': 'onPaymentOverpaid',
  /** The debtor switched autopay off; no instalment is charged off-session after this. */
  'autopay.revoked': 'onAutopayRevoked',
  'promise.made': 'onPromiseToPay',
  'dispute.opened': 'onDisputeOpened',
  'contact.requested': 'onContactRequested',
  'feedback.given': 'onFeedback',
  'quiz.completed': 'onQuizCompleted',
  /** The debtor exchanged a link for a session: once per session. Reactions carry no personal data beyond the claim id. */
  'link.opened': 'onLinkOpened',
  /** The claim was on the debtor's screen: once per session. */
  'claim.viewed': 'onClaimViewed',
  /** A step of the journey was on screen (`data.step`): once per session and step. */
  'step.viewed': 'onStepViewed',
  /** The debtor picked an option (`data.option`), before agreeing to anything: once per session and option. */
  'option.chosen': 'onOptionChosen',
  /** A session ended (its token ran out) without a plan, payment, promise, dispute or contact request; `data.lastStep`. */
  'journey.abandoned': 'onJourneyAbandoned',
} as const;

export type EffectType = keyof typeof EFFECT_HOOKS;
export type EffectHookName = (typeof EFFECT_HOOKS)[EffectType];

/**
 * What the creditor's backend receives. `id` is stable for the thing that happened
 * (e.g. one provider payment), so a retried delivery carries the same id and the
 * backend can rely on it as an idempotency key too.
 */
export interface SettleEvent<Data = Record<string, unknown>> {
  id: string;
  type: EffectType;
  claimId: string;
  /** ISO 8601 time the SDK first recorded the event. */
  createdAt: string;
  data: Data;
}

/** Backend callbacks; each is called at least once per event and its effect happens once. */
export type EffectHooks = { [Name in EffectHookName]?: (event: SettleEvent) => Promise<void> };
