import { buildSchedule, type JourneyOption, type Money, type OffersResponse, type OfferChoice, type PlanResponse, type Schedule, type SignedOffer } from '@settle/protocol';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ApiError } from '../../api/api-error.js';
import { isMoney } from '../../api/checks/protocol-values.js';
import { report } from '../../api/reactions.js';
import { errorText, renderErrorState } from '../../core/error-view.js';
import { SessionController } from '../../core/session-controller.js';
import { SettleElement } from '../../core/settle-element.js';
import { SettleCheckoutRequestEvent, type SettleCheckoutRequestDetail } from '../../events/settle-checkout-request.js';
import { SettleContactRequestEvent } from '../../events/settle-contact-request.js';
import { SettleDisputeRequestEvent } from '../../events/settle-dispute-request.js';
import { SettlePlanAcceptEvent } from '../../events/settle-plan-accept.js';
import { SettleReadyEvent } from '../../events/settle-ready.js';
import { formatMoney } from '../../i18n/format.js';
import { choiceProblem, renderChoiceForm, type ChoiceFormState } from './choice-form.js';
import { renderConfirmation } from './confirmation.js';
import { tooLowText, type PerPaymentState } from './per-payment-fields.js';
import { acceptOffer, fetchMonthlyPlans, fetchOffers } from './offers-api.js';
import { choiceOf, initialDraft, plansRequestOf, type ChoiceDraft } from './offer-choice.js';
import { renderOfferList } from './offer-list.js';
import { payNowOf } from './pay-now.js';
import { styles } from './plan-picker.styles.js';
import { parseRecommended, rankOffers, type RankedOffer } from './rank-offers.js';
import { renderReview } from './review.js';
import type { PlanView } from './view.js';

export type PlanPickerStep = 'offers' | 'choose' | 'review' | 'accepted';

/** Error codes that say the offer changed under the debtor (new balance, expired): reload, never fail. */
const STALE_CODES = new Set(['offer_stale', 'offer_invalid']);

/**
 * The creditor's offers for the claim (pay in full, pay later, instalments, a pause, part
 * now, a promise to pay): the debtor picks one, shapes it (for instalments: how much each payment
 * could be, at the policy's frequency, then one of the plans the server answers for it; dates) with a live schedule
 * computed by the protocol's own math, sees
 * the costs and what agreeing means, reviews, and agrees. The server signs the offers,
 * rebuilds the schedule and confirms; the confirmation prints as a copy to keep. With a
 * plan already agreed it shows `<settle-plan-manager>` instead.
 *
 * @summary Choose and agree a way to pay: offers, live schedule, costs, review, confirmation.
 * @tagname settle-plan-picker
 *
 * @attr api - Base URL of the creditor's Settle endpoint.
 * @attr token - A link or session token.
 * @attr token-from - `fragment`: read the token from `#t=` and remove it from the address bar.
 * @attr locale - BCP 47 locale (`de`, `de-AT`, `en`); defaults to the page's `lang`, then the browser.
 * @attr tone - `empathetic` (default), `neutral`, `formal` or `easy`.
 * @attr recommended - Options to list first and mark, best first, separated by spaces or commas
 *   (e.g. `deferral promise_to_pay`); set the `recommended` property from `settle-quiz-complete`'s `detail.options`.
 *
 * @fires settle-ready - The offers are loaded. `detail: { claimId }`.
 * @fires settle-error - Loading failed; the element shows a retry. `detail: { code, message, retryable }`.
 * @fires settle-plan-accept - The server agreed the plan. `detail: { claimId, plan, progress, payNow? }`.
 * @fires settle-checkout-request - The debtor pressed "Pay now" after agreeing (pay in full, part now, a down payment or a first instalment due today). `detail: { claimId, planId, option, amount, partialAmount?, instalment? }`. Cancelable.
 * @fires settle-dispute-request - The debtor chose to dispute instead of agreeing. Cancelable.
 * @fires settle-contact-request - The debtor wants to talk to a person. Cancelable.
 *
 * @csspart base - The whole picker.
 * @csspart heading - The heading of the current step (focused when the step changes).
 * @csspart intro - The step's introduction.
 * @csspart notice - A note that the offers were renewed.
 * @csspart offer-list - The list of offers; `offer` each (also `offer-<kind>`, `offer-recommended`).
 * @csspart recommended-badge - The "recommended for you" mark.
 * @csspart offer-costs - The costs line of an offer.
 * @csspart choose-button - Chooses an offer.
 * @csspart choice-form - The fields for the chosen offer; `field` each.
 * @csspart monthly - "How much could you pay per month?" (or at the offer's other frequency): the amount chips.
 * @csspart plans - The plans the server answered for the amount, as chips; `recommended-badge` on the one suggested.
 * @csspart choice-problem - Why the current choice does not work yet.
 * @csspart preview - The live schedule preview.
 * @csspart schedule-table - A schedule (preview, review, confirmation); `schedule-row`, `schedule-total`.
 * @csspart costs - The agreement's costs and the total payable.
 * @csspart acknowledgement - The note that agreeing can cost objections; `dispute-button` inside.
 * @csspart review-summary - What the debtor agrees to.
 * @csspart accept-button - Agrees to the plan.
 * @csspart accept-error - Why agreeing failed.
 * @csspart confirmation-summary - The agreed plan's facts.
 * @csspart pay-button - Pays what is due now.
 * @csspart print-button - Prints or saves the confirmation.
 * @csspart contact-button - Asks for a person.
 * @csspart loading - The loading state.
 * @csspart error - The error state; `retry-button` inside it.
 * @csspart live-region - The visually hidden live region that announces changes.
 *
 * @cssprop --settle-plan-picker-max-width - Widest the picker grows (default 48rem).
 * @cssprop --settle-plan-picker-padding - Inner spacing (default 1.5rem).
 * @cssprop --settle-plan-picker-recommended-border - Border colour of recommended offers (default the accent colour).
 */
export class SettlePlanPicker extends SettleElement {
  static override properties: PropertyDeclarations = {
    recommended: { converter: { fromAttribute: parseRecommended } },
    step: { state: true, attribute: false },
    selected: { state: true, attribute: false },
    draft: { state: true, attribute: false },
    submitting: { state: true, attribute: false },
    acceptError: { state: true, attribute: false },
    accepted: { state: true, attribute: false },
    notice: { state: true, attribute: false },
    monthly: { state: true, attribute: false },
  };

  static override styles = styles;

  /** Options to list first and mark, best first (from the quiz). */
  declare recommended: JourneyOption[];
  /** Where the debtor is: the offers, shaping one, reviewing it, or agreed. */
  declare step: PlanPickerStep;
  declare protected selected: SignedOffer | undefined;
  declare protected draft: ChoiceDraft | undefined;
  declare protected submitting: boolean;
  declare protected acceptError: unknown;
  declare protected accepted: PlanResponse | undefined;
  declare protected notice: 'stale' | undefined;
  /** The plans for the monthly amount the debtor named, or why there are none. */
  declare protected monthly: PerPaymentState;

  /** The offers and their loading state (`initial`, `pending`, `complete`, `error`). */
  readonly offers = new SessionController<OffersResponse>(this, (session, signal) => fetchOffers(session.client, signal));

  private reviewed: { choice: OfferChoice; schedule: Schedule; idempotencyKey: string } | undefined;
  private focusStep = false;
  private announcedStatus: string | undefined;
  private readyFired = false;

  constructor() {
    super();
    this.recommended = [];
    this.step = 'offers';
    this.submitting = false;
    this.monthly = {};
  }

  private get view(): PlanView {
    return { t: this.i18n.t, locale: this.resolvedLocale };
  }

  private get claimId(): string {
    return this.offers.session?.session.claimId ?? '';
  }

  protected override updated(): void {
    const { t } = this.i18n;
    const status = this.offers.status;
    if (status !== this.announcedStatus && this.i18n.ready) {
      this.announcedStatus = status;
      if (status === 'complete' && this.offers.value) {
        if (!this.readyFired) {
          this.readyFired = true;
          this.dispatchEvent(new SettleReadyEvent({ claimId: this.claimId }));
        }
        const count = this.offers.value.offers.length;
        this.announce(this.notice === 'stale' ? t('planPicker.stale') : t('planPicker.loaded', { count }));
      } else if (status === 'error') {
        this.announce(errorText(t, this.offers.error));
      }
    }
    // After a step change, or once the offers reloaded after a stale one.
    if (this.focusStep && status === 'complete') {
      this.focusStep = false;
      const heading = this.renderRoot.querySelector<HTMLElement>('#step-heading');
      heading?.focus();
      if (heading && !(this.step === 'offers' && this.notice === 'stale')) this.announce(heading.textContent?.trim() ?? '');
    }
  }

  private goTo(step: PlanPickerStep): void {
    this.focusStep = true;
    this.step = step;
  }

  private choose(ranked: RankedOffer): void {
    void report(this.offers.session?.client, { type: 'option.chosen', option: ranked.signed.offer.terms.kind });
    this.selected = ranked.signed;
    this.draft = initialDraft(ranked.signed.offer.terms, this.resolvedLocale);
    this.monthly = {};
    this.acceptError = undefined;
    this.notice = undefined;
    if (ranked.signed.offer.terms.kind === 'pay_in_full') this.toReview();
    else this.goTo('choose');
  }

  private formState(): ChoiceFormState | undefined {
    const { selected, draft } = this;
    if (!selected || !draft) return undefined;
    const terms = selected.offer.terms;
    const result = choiceOf(terms, draft, this.resolvedLocale);
    return { terms, draft, result, preview: result.ok ? buildSchedule(terms, result.choice) : undefined, monthly: this.monthly };
  }

  private edit(name: string, value: string, checked: boolean): void {
    const draft = this.draft;
    if (!draft) return;
    if (name === 'plan') {
      this.draft = { ...draft, plan: this.monthly.plans?.[Number(value)]?.choice };
      return;
    }
    const next = name === 'downPayment' ? { ...draft, downPayment: checked } : name in draft ? { ...draft, [name]: value } : draft;
    // A new amount, date or down payment asks the server for plans again.
    if (this.selected?.offer.terms.kind === 'instalments') {
      next.plan = undefined;
      this.monthly = {};
    }
    this.draft = next;
  }

  /** A field was committed: ask for plans when the monthly question lacks them, else say what the preview shows. */
  private settled(): void {
    if (this.draft?.monthly && !this.monthly.plans && !this.monthly.smallest) void this.requestPlans(this.draft);
    else this.announcePreview();
  }

  /** Sends the amount per payment and how often (never a total) and shows the plans the server answers, the recommended one picked. */
  private async requestPlans(draft: ChoiceDraft): Promise<void> {
    const client = this.offers.session?.client;
    const selected = this.selected;
    const terms = selected?.offer.terms;
    if (!client || !selected || terms?.kind !== 'instalments') return;
    const request = plansRequestOf(terms, draft, this.resolvedLocale);
    if (!request) return this.announcePreview();
    try {
      const { plans } = await fetchMonthlyPlans(client, { offerToken: selected.token, ...request });
      // An answer to an amount the debtor has changed since is dropped; the new one is on its way.
      if (this.draft !== draft) return;
      this.monthly = { plans };
      this.draft = { ...draft, plan: plans.find((plan) => plan.recommended)?.choice };
      this.announcePreview();
    } catch (error) {
      if (this.draft !== draft) return;
      if (error instanceof ApiError && STALE_CODES.has(error.code)) return this.reloadStale();
      const minimum = error instanceof ApiError && error.code === 'amount_below_minimum' ? (error.cause as { error: { minimum?: unknown } }).error.minimum : undefined;
      if (!isMoney(minimum)) {
        this.monthly = { error };
        return this.announce(errorText(this.i18n.t, error));
      }
      const smallest = minimum as Money;
      this.monthly = { smallest };
      this.announce(tooLowText(this.view, draft, smallest));
    }
  }

  /** Says what the preview shows after a change, or why there is none; the table itself is not a live region. */
  private announcePreview(): void {
    const state = this.formState();
    if (!state) return;
    const schedule = state.preview?.ok ? state.preview.value : undefined;
    this.announce(
      schedule ? this.i18n.t('planPicker.preview.announce', { count: schedule.instalments.length, total: formatMoney(schedule.total, this.resolvedLocale) }) : (choiceProblem(this.view, state) ?? ''),
    );
  }

  private toReview(): void {
    const state = this.formState();
    // Enter in the monthly amount asks for plans (its change event), not for the review.
    if (!state || (this.renderRoot as ShadowRoot).activeElement?.id === 'monthlyAmount') return;
    if (!state.result.ok || !state.preview?.ok) {
      this.monthly = { ...this.monthly, asked: true };
      this.announce(choiceProblem(this.view, state) ?? '');
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"],[name=monthly]')?.focus();
      return;
    }
    this.reviewed = { choice: state.result.choice, schedule: state.preview.value, idempotencyKey: crypto.randomUUID() };
    this.acceptError = undefined;
    this.goTo('review');
  }

  private async accept(): Promise<void> {
    const client = this.offers.session?.client;
    const reviewed = this.reviewed;
    if (this.submitting || !client || !reviewed || !this.selected) return;
    this.submitting = true;
    this.acceptError = undefined;
    this.announce(this.i18n.t('planPicker.review.sending'));
    try {
      const response = await acceptOffer(client, this.selected.token, reviewed.choice, reviewed.idempotencyKey);
      this.accepted = response;
      const payNow = payNowOf(response.plan, response.progress);
      this.dispatchEvent(new SettlePlanAcceptEvent({ claimId: response.plan.claimId, plan: response.plan, progress: response.progress, ...(payNow ? { payNow } : {}) }));
      this.goTo('accepted');
    } catch (error) {
      if (error instanceof ApiError && STALE_CODES.has(error.code)) this.reloadStale();
      else {
        this.acceptError = error;
        this.announce(errorText(this.i18n.t, error));
      }
    } finally {
      this.submitting = false;
    }
  }

  /** The offer changed on the server (new balance, expired): fetch the current ones and say so. */
  private reloadStale(): void {
    this.notice = 'stale';
    this.selected = undefined;
    this.draft = undefined;
    this.monthly = {};
    this.reviewed = undefined;
    this.announcedStatus = undefined;
    this.goTo('offers');
    void this.offers.retry();
  }

  private payNow(detail: SettleCheckoutRequestDetail): void {
    if (this.dispatchEvent(new SettleCheckoutRequestEvent({ ...detail }))) this.announce(this.i18n.t('planPicker.accepted.payFallback'));
  }

  private requestDispute(): void {
    if (this.dispatchEvent(new SettleDisputeRequestEvent({ claimId: this.claimId }))) this.announce(this.i18n.t('planPicker.contactFallback'));
  }

  private requestContact(): void {
    const topic = this.recommended[0] === 'talk_to_person' ? 'hardship' : 'question';
    if (this.dispatchEvent(new SettleContactRequestEvent({ claimId: this.claimId, topic }))) this.announce(this.i18n.t('planPicker.contactFallback'));
  }

  protected renderContent(): unknown {
    const { t } = this.i18n;
    const loading = () => html`<div part="base loading" class="loading" aria-busy="true">
      <span class="spinner" aria-hidden="true"></span>
      <p>${t('planPicker.loading')}</p>
    </div>`;
    return this.offers.render({
      initial: loading,
      pending: loading,
      error: (error) => html`<div part="base" class="picker">${renderErrorState(t, error, () => void this.offers.retry())}</div>`,
      complete: (response) => this.renderStep(response),
    });
  }

  private heading(text: string): TemplateResult {
    return html`<h2 id="step-heading" part="heading" tabindex="-1">${text}</h2>`;
  }

  private renderStep(response: OffersResponse): TemplateResult {
    const { t } = this.i18n;
    if (response.activePlanId) return this.renderActivePlan();
    const state = this.step === 'choose' ? this.formState() : undefined;
    const accepted = this.accepted;
    let body: TemplateResult;
    if (this.step === 'accepted' && accepted) {
      body = html`${this.heading(t('planPicker.accepted.heading'))}
        ${renderConfirmation(this.view, accepted, payNowOf(accepted.plan, accepted.progress), { payNow: (detail) => this.payNow(detail), print: () => window.print() })}`;
    } else if (this.step === 'review' && this.selected && this.reviewed) {
      body = html`${this.heading(t('planPicker.review.heading'))}
        ${renderReview(
          this.view,
          { terms: this.selected.offer.terms, schedule: this.reviewed.schedule, submitting: this.submitting, error: this.acceptError },
          { accept: () => void this.accept(), change: () => this.goTo(this.selected?.offer.terms.kind === 'pay_in_full' ? 'offers' : 'choose'), dispute: () => this.requestDispute() },
        )}`;
    } else if (state) {
      body = html`${this.heading(t(`planPicker.offer.${state.terms.kind}.title`))}
        <p part="intro">${t('planPicker.form.intro')}</p>
        ${renderChoiceForm(this.view, state, {
          edit: (name, value, checked) => this.edit(name, value, checked),
          settled: () => this.settled(),
          submit: () => this.toReview(),
          back: () => this.goTo('offers'),
          contact: (text) => this.renderContact(text),
        })}`;
    } else {
      return html`<section part="base" class="picker step-${this.step}" aria-labelledby="step-heading">${this.renderOffers(response)}</section>`;
    }
    // A person stays one press away on every step (the offers place it themselves).
    return html`<section part="base" class="picker step-${this.step}" aria-labelledby="step-heading">${body}${state?.monthly.smallest ? nothing : this.renderContact(this.i18n.t('planPicker.human'))}</section>`;
  }

  private renderContact(text: string): TemplateResult {
    const { t } = this.i18n;
    return html`<div part="human-route" class="human-route">
      <p>${text}</p>
      <button part="contact-button" class="button secondary" type="button" @click=${() => this.requestContact()}>${t('planPicker.contact')}</button>
    </div>`;
  }

  private renderOffers(response: OffersResponse): TemplateResult {
    const { t } = this.i18n;
    const humanFirst = this.recommended[0] === 'talk_to_person';
    const contact = this.renderContact(humanFirst ? t('planPicker.humanFirst') : t('planPicker.human'));
    if (response.offers.length === 0) {
      return html`${this.heading(t('planPicker.empty.heading'))}
        <p part="intro">${t('planPicker.empty.text')}</p>
        ${contact}`;
    }
    return html`${this.heading(t('planPicker.heading'))}
      <p part="intro">${t('planPicker.intro')}</p>
      ${this.notice === 'stale' ? html`<p part="notice" class="notice">${t('planPicker.stale')}</p>` : nothing}
      ${humanFirst ? contact : nothing}
      ${renderOfferList(this.view, rankOffers(response.offers, this.recommended), { choose: (ranked) => this.choose(ranked) })}
      ${humanFirst ? nothing : contact}`;
  }

  /** A plan is already agreed: "manage my plan" takes over, on the same session. */
  private renderActivePlan(): TemplateResult {
    void import('../plan-manager/define.js');
    return html`<div part="base">
      <settle-plan-manager .api=${this.api} .token=${this.token} .tokenFrom=${this.tokenFrom} .locale=${this.locale} .tone=${this.tone}></settle-plan-manager>
    </div>`;
  }
}
