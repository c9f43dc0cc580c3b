/**
 * The script-tag entry: `<script type="module" src=".../settle.js"></script>`.
 * Defines the first-screen elements at once and registers the others as lazy chunks
 * that load when their tag first appears on the page.
 */
import { startEarly } from './core/early-start.js';
import { autoloadElements, registerLazyElement } from './core/registry.js';
import './elements/claim-summary/define.js';

registerLazyElement('settle-quiz', () => import('./elements/quiz/define.js'));
registerLazyElement('settle-feedback', () => import('./elements/feedback/define.js'));
registerLazyElement('settle-dispute', () => import('./elements/dispute/define.js'));
registerLazyElement('settle-contact', () => import('./elements/contact/define.js'));

registerLazyElement('settle-plan-picker', () => import('./elements/plan-picker/define.js'));
registerLazyElement('settle-plan-manager', () => import('./elements/plan-manager/define.js'));
registerLazyElement('settle-checkout', () => import('./elements/checkout/define.js'));
registerLazyElement('settle-identity', () => import('./elements/identity/define.js'));
registerLazyElement('settle-flow', () => import('./elements/flow/define.js'));

autoloadElements(document);
// The session exchange and texts of lazily loaded elements start now, alongside their code.
startEarly(document);

export { ApiClient } from './api/client.js';
export { ApiError, type ApiErrorCode } from './api/api-error.js';
export { loadElement, registerLazyElement } from './core/registry.js';
export { SettleElement } from './core/settle-element.js';
export * from './events/index.js';
export { SettleClaimSummary } from './elements/claim-summary/claim-summary.js';
export type { SettleFlow } from './elements/flow/flow.js';
export type { SettleIdentity } from './elements/identity/identity.js';
export type { SettleCheckout } from './elements/checkout/checkout.js';
export type { SettlePlanPicker } from './elements/plan-picker/plan-picker.js';
export type { SettlePlanManager } from './elements/plan-manager/plan-manager.js';
export type { SettleQuiz } from './elements/quiz/quiz.js';
export type { SettleFeedback } from './elements/feedback/feedback.js';
export type { SettleDispute } from './elements/dispute/dispute.js';
export type { SettleContact } from './elements/contact/contact.js';
// Type-only, so no chunk loads early: each lazily defined tag's `HTMLElementTagNameMap` entry reaches the built types.
export type {} from './elements/flow/define.js';
export type {} from './elements/identity/define.js';
export type {} from './elements/quiz/define.js';
export type {} from './elements/plan-picker/define.js';
export type {} from './elements/plan-manager/define.js';
export type {} from './elements/checkout/define.js';
export type {} from './elements/feedback/define.js';
export type {} from './elements/dispute/define.js';
export type {} from './elements/contact/define.js';
