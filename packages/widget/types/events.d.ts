import type {
  SettleCheckoutRequestEvent,
  SettleContactRequestEvent,
  SettleContactSubmitEvent,
  SettleDisputeRequestEvent,
  SettleDisputeSubmitEvent,
  SettleErrorEvent,
  SettleFeedbackSubmitEvent,
  SettleIdentityVerifiedEvent,
  SettleOptionsRequestEvent,
  SettlePaymentErrorEvent,
  SettlePaymentMethodChangeEvent,
  SettlePaymentSuccessEvent,
  SettlePlanAcceptEvent,
  SettlePlanChangeEvent,
  SettleQuizCompleteEvent,
  SettleReadyEvent,
  SettleStepChangeEvent,
} from '@settle/widget';

/** Every `settle-*` event by name. They bubble and are composed, so any element (or an ancestor) can listen. */
export interface SettleEventMap {
  'settle-ready': SettleReadyEvent;
  'settle-error': SettleErrorEvent;
  'settle-step-change': SettleStepChangeEvent;
  'settle-identity-verified': SettleIdentityVerifiedEvent;
  'settle-dispute-request': SettleDisputeRequestEvent;
  'settle-contact-request': SettleContactRequestEvent;
  'settle-options-request': SettleOptionsRequestEvent;
  'settle-quiz-complete': SettleQuizCompleteEvent;
  'settle-plan-accept': SettlePlanAcceptEvent;
  'settle-plan-change': SettlePlanChangeEvent;
  'settle-checkout-request': SettleCheckoutRequestEvent;
  'settle-payment-method-change': SettlePaymentMethodChangeEvent;
  'settle-payment-success': SettlePaymentSuccessEvent;
  'settle-payment-error': SettlePaymentErrorEvent;
  'settle-feedback-submit': SettleFeedbackSubmitEvent;
  'settle-dispute-submit': SettleDisputeSubmitEvent;
  'settle-contact-submit': SettleContactSubmitEvent;
}

export type SettleTone = 'empathetic' | 'neutral' | 'formal' | 'easy';

/** The attributes every Settle element takes. */
export interface SettleCommonAttributes {
  api?: string;
  token?: string;
  'token-from'?: 'fragment';
  locale?: string;
  tone?: SettleTone;
  /** Light or dark; without it the element follows the host page's `color-scheme`. */
  'color-scheme'?: 'light' | 'dark' | 'auto';
}
