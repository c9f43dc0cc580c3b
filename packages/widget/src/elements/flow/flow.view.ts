import type { IdentityField, PaymentProviderName } from '@settle/protocol';
import { html, nothing, type TemplateResult } from 'lit';
import { errorText } from '../../core/error-view.js';
import type { Session } from '../../core/sessions.js';
import type { Tone, Translate } from '../../i18n/i18n.js';
import type { ExpiryState } from './expiry.js';
import type { FlowPlace } from './steps.js';

export interface FlowView {
  t: Translate;
  phase: 'loading' | 'ready' | 'error' | 'expired';
  place: FlowPlace;
  error: unknown;
  retryable: boolean;
  api: string;
  token: string | undefined;
  locale: string | undefined;
  tone: Tone;
  identityFields: IdentityField[];
  session: Session | undefined;
  quizDone: boolean;
  agreed: boolean;
  submitted: boolean;
  /** The summary has shown the claim (the way on appears then, without shifting the page). */
  summaryShown: boolean;
  /** The summary's sections below the decision are there too (the help under it appears then). */
  summaryComplete: boolean;
  /** What is still open, formatted for the first screen's pay button; absent when nothing is. */
  formattedOpen: string | undefined;
  /** The wallet for the express button, once the creditor's payment settings are known. */
  wallet: PaymentProviderName | undefined;
  expiry: { state: ExpiryState; remainingMs: number };
  go: (place: FlowPlace) => void;
  /** Switches between easy language and the creditor's tone. */
  toggleEasy: () => void;
  back: () => void;
  extend: () => void;
  retry: () => void;
  dismiss: () => void;
}

/** The flow's screen: a message while opening or after the end, else the step and its way on. */
export function renderFlow(view: FlowView): TemplateResult {
  const { t } = view;
  if (view.phase === 'loading') return html`<div part="base" class="flow"><p part="message loading" class="message">${t('flow.loading')}</p></div>`;
  if (view.phase === 'expired' || view.phase === 'error') {
    const expired = view.phase === 'expired';
    return html`<div part="base" class="flow">
      <section part="message ${view.phase}" class="message">
        <h2 tabindex="-1">${t(expired ? 'flow.expired.title' : 'flow.error.title')}</h2>
        <p>${expired ? t('flow.expired.text') : errorText(t, view.error)}</p>
        ${expired || !view.retryable ? nothing : html`<button class="button" type="button" @click=${view.retry}>${t('common.retry')}</button>`}
      </section>
    </div>`;
  }
  return html`<div part="base" class="flow" data-step=${view.place.step}>
    <div part="step" class="step">${renderStep(view)}</div>
    ${view.place.step === 'summary' && !view.summaryComplete ? nothing : html`${renderNext(view)} ${renderHelp(view)}`} ${renderExpiryDialog(view)}
  </div>`;
}

function renderStep(view: FlowView): unknown {
  const { api, token, locale, tone, place } = view;
  switch (place.step) {
    case 'identity':
      return html`<settle-identity .locale=${locale} .tone=${tone} .session=${view.session} .fields=${view.identityFields}></settle-identity>`;
    case 'summary':
      return html`<settle-claim-summary .api=${api} .token=${token} .locale=${locale} .tone=${tone} items-collapsed>${view.summaryShown ? renderDecision(view) : nothing}</settle-claim-summary>`;
    case 'quiz':
      return html`<settle-quiz .api=${api} .token=${token} .locale=${locale} .tone=${tone} .optionButtons=${false}></settle-quiz>`;
    case 'options':
    case 'confirmation':
      return html`<settle-plan-picker .api=${api} .token=${token} .locale=${locale} .tone=${tone} .recommended=${place.recommended ?? []}></settle-plan-picker>`;
    case 'checkout':
      return html`<slot name="checkout"></slot>`;
    case 'feedback':
      return html`<settle-feedback .api=${api} .token=${token} .locale=${locale} .tone=${tone}></settle-feedback>`;
    case 'dispute':
      return html`<settle-dispute .api=${api} .token=${token} .locale=${locale} .tone=${tone}></settle-dispute>`;
    case 'contact':
      return html`<settle-contact .api=${api} .token=${token} .locale=${locale} .tone=${tone} .topic=${place.topic ?? 'question'}></settle-contact>`;
    case 'manage':
      return html`<settle-plan-manager .api=${api} .token=${token} .locale=${locale} .tone=${tone}></settle-plan-manager>`;
  }
}

/**
 * The first screen's decision, right under the amount (the summary shows it once the claim
 * is painted): pay what is open now, the fastest wallet in a box reserved for it (it
 * appears later without moving anything), and the other options as the second action.
 */
function renderDecision(view: FlowView): TemplateResult {
  const { t, formattedOpen, wallet } = view;
  const options = html`<button part="next-button" class="button ${formattedOpen ? 'secondary' : ''}" type="button" @click=${() => view.go({ step: 'quiz' })}>
    ${t('flow.next.summary')}
  </button>`;
  if (!formattedOpen) return html`<div slot="decision" part="decision" class="decision">${options}</div>`;
  return html`<div slot="decision" part="decision" class="decision">
    <button part="pay-now-button" class="button" type="button" @click=${() => view.go({ step: 'checkout', checkout: { option: 'full' } })}>
      ${t('flow.payNow', { amount: formattedOpen })}
    </button>
    <div part="express" class="express" data-wallet=${wallet ?? nothing}>
      ${
        wallet && wallet !== 'stripe'
          ? html`<button part="express-button" class="button secondary" type="button" @click=${() => view.go({ step: 'checkout', checkout: { option: 'full', provider: wallet } })}>
            ${t('flow.express', { wallet: t(`flow.wallet.${wallet}`) })}
          </button>`
          : html`<slot name="express"></slot>`
      }
    </div>
    ${options}
  </div>`;
}

/** The way on from steps whose element has no "next" of its own. */
function renderNext(view: FlowView): unknown {
  const { t, place } = view;
  const next = (label: string, to: FlowPlace) => html`<div class="next"><button part="next-button" class="button" type="button" @click=${() => view.go(to)}>${label}</button></div>`;
  switch (place.step) {
    case 'quiz':
      if (!view.quizDone) return nothing;
      // A debtor who says the claim is wrong gets the dispute as the main way on, not payment.
      if (place.recommended?.[0] === 'dispute') {
        return html`<div class="next">
          <button part="next-button dispute-next-button" class="button" type="button" @click=${() => view.go({ step: 'dispute' })}>${t('common.dispute')}</button>
          <button part="options-button" class="button secondary" type="button" @click=${() => view.go({ step: 'options', recommended: place.recommended ?? [] })}>
            ${t('flow.next.quiz')}
          </button>
        </div>`;
      }
      return next(t('flow.next.quiz'), { step: 'options', recommended: place.recommended ?? [] });
    case 'options':
      return view.agreed ? next(t('flow.next.feedback'), { step: 'feedback' }) : nothing;
    case 'dispute':
    case 'contact':
      return view.submitted
        ? next(t('flow.next.feedback'), { step: 'feedback' })
        : html`<div class="next"><button part="back-button" class="button secondary" type="button" @click=${view.back}>${t('flow.back')}</button></div>`;
    default:
      return nothing;
  }
}

/** Steps whose element offers a person itself. */
const OWN_CONTACT_BUTTON: ReadonlySet<FlowPlace['step']> = new Set(['options', 'confirmation', 'manage']);

/**
 * Dispute and a person stay one press away (the summary and forms carry their own).
 * Before the identity check no form may be sent, so a person is offered through the
 * contact details in the creditor's letter.
 */
function renderHelp(view: FlowView): unknown {
  const { t, place } = view;
  // Leichte Sprache / plain English, offered to the debtor on every step.
  const easy = html`<button part="tone-button" class="button secondary" type="button" aria-pressed=${view.tone === 'easy' ? 'true' : 'false'} @click=${view.toggleEasy}>${t('flow.help.easy')}</button>`;
  if (place.step === 'identity') return html`<div part="help" class="help"><p>${t('flow.help.identity')}</p>${easy}</div>`;
  if (place.step === 'summary' || place.step === 'dispute' || place.step === 'contact') return html`<div part="help" class="help">${easy}</div>`;
  return html`<nav part="help" class="help" aria-label=${t('flow.help.label')}>
    ${
      place.step === 'feedback' || (place.step === 'quiz' && view.quizDone && place.recommended?.[0] === 'dispute')
        ? nothing
        : html`<button part="dispute-button" class="button secondary" type="button" @click=${() => view.go({ step: 'dispute' })}>${t('common.dispute')}</button>`
    }
    ${
      // After a result that puts a person first, the quiz's own offer of a person is the one.
      OWN_CONTACT_BUTTON.has(place.step) || (place.step === 'quiz' && view.quizDone && place.recommended?.[0] === 'talk_to_person')
        ? nothing
        : html`<button part="contact-button" class="button secondary" type="button" @click=${() => view.go({ step: 'contact', topic: 'question' })}>${t('flow.help.contact')}</button>`
    }
    ${easy}
  </nav>`;
}

/** WCAG 2.2.1: say in time that the session ends, and let the debtor extend it. */
function renderExpiryDialog(view: FlowView): unknown {
  const { t, expiry } = view;
  if (expiry.state !== 'warning' && expiry.state !== 'ending') return nothing;
  const seconds = Math.max(0, Math.ceil(expiry.remainingMs / 1000));
  const time = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  return html`<dialog part="expiry-dialog" class="expiry" role="alertdialog" @close=${view.dismiss} aria-labelledby="expiry-title" aria-describedby="expiry-text">
    <h2 id="expiry-title">${t('flow.expiry.title')}</h2>
    <p id="expiry-text">${expiry.state === 'warning' ? t('flow.expiry.text', { time }) : t('flow.expiry.final', { time })}</p>
    <div class="actions">
      ${
        expiry.state === 'warning'
          ? html`<button part="extend-button" class="button" type="button" autofocus @click=${view.extend}>${t('flow.expiry.extend')}</button>`
          : html`<form method="dialog"><button class="button" type="submit" autofocus>${t('flow.expiry.ok')}</button></form>`
      }
    </div>
  </dialog>`;
}
