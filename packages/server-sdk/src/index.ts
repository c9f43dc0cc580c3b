export { createSettle } from './create-settle.js';
export type { PolicyOption } from './plans/policy-source.js';
export type { ClaimSettings, ClaimSettingsOption, BankAccount } from './claim-settings/claim-settings.js';
export type { JourneyOptions, QuizDecision } from './journey/journey-options.js';
export type { TonePerPhase } from './journey/tone-per-phase.js';
export type { Settle, LinkTokenInput, SessionTokenInput } from './create-settle.js';
export type { SettleOptions, SettleBackend, SettleLogger } from './options.js';
export type { SigningKey } from './tokens/keys.js';
export { SettleError } from './errors.js';
export { validateClaim } from './validate-claim.js';
export type { ClaimInput, ClaimValidation } from './validate-claim.js';
export type { Claim, Money } from '@settle/protocol';
export type { SettleStore } from './store/store.js';
export { MemoryStore } from './store/memory-store.js';
export type { PaymentProvidersOptions } from './payments/providers.js';
export { stripeProvider, type StripeProviderOptions } from './payments/stripe.js';
export { paypalProvider, type PayPalProviderOptions } from './payments/paypal.js';
export type { SandboxProviderOptions } from './payments/sandbox.js';
export type {
  PaymentProvider,
  PaymentProviderPlugin,
  ProviderDeps,
  PaymentRequest,
  CreatedPayment,
  ObservedPayment,
  ProviderEvent,
  Refund,
  SavedMethod,
  AutopaySetup,
} from './payments/provider.js';
export type { AutopayRun } from './payments/autopay.js';
export type { SettleEvent, EffectType, EffectHooks, EffectHookName } from './effects/events.js';
export type {
  SettleEventData,
  PlanAcceptedData,
  PlanChangedData,
  PaymentSucceededData,
  PaymentFailedData,
  PaymentOverpaidData,
  AutopayRevokedData,
  PromiseMadeData,
  DisputeOpenedData,
  ContactRequestedData,
  FeedbackGivenData,
  QuizCompletedData,
  LinkOpenedData,
  ClaimViewedData,
  StepViewedData,
  OptionChosenData,
  JourneyAbandonedData,
} from '@settle/protocol';
export { EFFECT_HOOKS } from './effects/events.js';
export { combineHooks, type CombinedHooks } from './effects/combine-hooks.js';
export type { ReactionData } from './reactions/reaction-data.js';
export * from './outbound/index.js';
export type { SupportChannels } from './support/human-route.js';
export type { IdentitySettings } from './identity/settings.js';
export * from './messages/index.js';
export * from './insights/index.js';
