import { changePlan, type PlanChange, type PlanResponse } from '@settle/protocol';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ApiError } from '../../api/api-error.js';
import { errorText, renderErrorState } from '../../core/error-view.js';
import { SessionController } from '../../core/session-controller.js';
import { SettleElement } from '../../core/settle-element.js';
import { SettleCheckoutRequestEvent } from '../../events/settle-checkout-request.js';
import { SettleContactRequestEvent } from '../../events/settle-contact-request.js';
import { SettlePaymentMethodChangeEvent } from '../../events/settle-payment-method-change.js';
import { SettlePlanChangeEvent } from '../../events/settle-plan-change.js';
import { SettleReadyEvent } from '../../events/settle-ready.js';
import { formatDate, formatDuration, formatMoney } from '../../i18n/format.js';
import { checkoutFor } from '../plan-picker/pay-now.js';
import { planStyles } from '../plan-picker/plan-picker.styles.js';
import { renderScheduleTable } from '../plan-picker/schedule-table.js';
import type { PlanView } from '../plan-picker/view.js';
import { allowances, openInstalments, shiftWindow } from './change-rules.js';
import { renderChangeForm, type ChangeAction, type ChangeDraft } from './change-forms.js';
import { fetchPlan, requestPlanChange, revokeAutopay } from './plan-api.js';

/** No plan yet is a state to show, not an error. */
async function loadPlan(load: () => Promise<PlanResponse>): Promise<PlanResponse | null> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof ApiError && error.code === 'not_found') return null;
    throw error;
  }
}

/**
 * "Manage my plan": a debtor who agreed a plan and opens the link again sees each payment
 * as paid, due or missed, what comes next, and can move one payment, skip one or pause
 * within the plan's rules (checked here with the protocol's own rules and again by the
 * server), pay the next one now, or switch the payment method.
 *
 * @summary The agreed plan's schedule with paid / due / missed, and changes within the rules.
 * @tagname settle-plan-manager
 *
 * @attr api - Base URL of the creditor's Settle endpoint.
 * @attr token - A link or session token.
 * @attr token-from - `fragment`: read the token from `#t=` and remove it from the address bar.
 * @attr locale - BCP 47 locale (`de`, `de-AT`, `en`); defaults to the page's `lang`, then the browser.
 * @attr tone - `empathetic` (default), `neutral`, `formal` or `easy`.
 *
 * @fires settle-ready - The plan is loaded. `detail: { claimId }`.
 * @fires settle-error - Loading failed; the element shows a retry. `detail: { code, message, retryable }`.
 * @fires settle-plan-change - The server accepted a change. `detail: { claimId, change, plan, progress }`.
 * @fires settle-checkout-request - The debtor wants to pay the next payment now. `detail: { claimId, planId, option, amount, instalment? }`. Cancelable.
 * @fires settle-payment-method-change - The debtor wants another payment method for the plan. `detail: { claimId, planId }`. Cancelable.
 * @fires settle-contact-request - The debtor wants to talk to a person. Cancelable.
 *
 * @csspart base - The whole element.
 * @csspart heading - The heading (focused after a change).
 * @csspart plan-state - On track, behind, or completed.
 * @csspart plan-summary - Paid, still open, next payment, autopay.
 * @csspart autopay - Whether instalments are collected automatically; `autopay-off-button` switches it off.
 * @csspart schedule-table - Every payment with its status; `schedule-row` each (also `schedule-row-paid|due|missed`), `schedule-total`.
 * @csspart changes - The change actions and the allowances left.
 * @csspart allowances - The list of changes still possible, one line each.
 * @csspart change-button - Starts a change (`shift-button`, `skip-button`, `pause-button` too).
 * @csspart change-form - The form of the change being made; `change-problem` for why it cannot be made.
 * @csspart pay-button - Pays the next payment now.
 * @csspart method-button - Changes the payment method.
 * @csspart contact-button - Asks for a person.
 * @csspart empty - Shown when no plan is agreed.
 * @csspart loading - The loading state.
 * @csspart error - The error state; `retry-button` inside it.
 * @csspart live-region - The visually hidden live region that announces changes.
 *
 * @cssprop --settle-plan-picker-max-width - Widest the element grows (default 48rem); shared with the picker.
 * @cssprop --settle-plan-picker-padding - Inner spacing (default 1.5rem).
 */
export class SettlePlanManager extends SettleElement {
  static override properties: PropertyDeclarations = {
    change: { state: true, attribute: false },
    changeProblem: { state: true, attribute: false },
    submitting: { state: true, attribute: false },
    current: { state: true, attribute: false },
  };

  static override styles = planStyles;

  declare protected change: ChangeDraft | undefined;
  declare protected changeProblem: string | undefined;
  declare protected submitting: boolean;
  /** The plan after the latest change, which replaces the loaded one. */
  declare protected current: PlanResponse | undefined;

  /** The plan and its loading state; `null` once loaded means no plan is agreed. */
  readonly plan = new SessionController<PlanResponse | null>(this, (session, signal) => loadPlan(() => fetchPlan(session.client, signal)));

  private announcedStatus: string | undefined;
  private focusTarget: string | undefined;
  private idempotencyKey = '';

  constructor() {
    super();
    this.submitting = false;
  }

  private get view(): PlanView {
    return { t: this.i18n.t, locale: this.resolvedLocale };
  }

  /** The plan shown: the latest change's answer, else the loaded one. */
  get planData(): PlanResponse | undefined {
    return this.current ?? this.plan.value ?? undefined;
  }

  protected override updated(): void {
    const status = this.plan.status;
    if (status !== this.announcedStatus && this.i18n.ready) {
      this.announcedStatus = status;
      const { t } = this.i18n;
      if (status === 'complete') {
        const data = this.planData;
        this.dispatchEvent(new SettleReadyEvent({ claimId: data?.plan.claimId ?? this.plan.session?.session.claimId ?? '' }));
        this.announce(data ? t(`planManager.state.${data.progress.state}`, { count: data.progress.missedCount }) : t('planManager.empty.heading'));
      } else if (status === 'error') {
        this.announce(errorText(t, this.plan.error));
      }
    }
    if (this.focusTarget) {
      this.renderRoot.querySelector<HTMLElement>(this.focusTarget)?.focus();
      this.focusTarget = undefined;
    }
  }

  private startChange(action: ChangeAction): void {
    const data = this.planData;
    if (!data) return;
    const open = openInstalments(data.progress).filter((instalment) => action !== 'skip' || instalment.kind === 'instalment');
    const first = open[0];
    const window = first ? shiftWindow(data.plan, first.number, data.progress.asOf) : undefined;
    this.change = { action, instalment: first ? String(first.number) : '', date: window?.max ?? '', months: '1' };
    this.changeProblem = undefined;
    this.idempotencyKey = crypto.randomUUID();
    this.focusTarget = '#change-heading';
  }

  private edit(name: string, value: string): void {
    if (!this.change || !(name in this.change)) return;
    const next = { ...this.change, [name]: value };
    // A different instalment has a different window: start from its latest date.
    if (name === 'instalment' && next.action === 'shift' && this.planData) {
      next.date = shiftWindow(this.planData.plan, Number(value), this.planData.progress.asOf)?.max ?? '';
    }
    this.change = next;
    this.changeProblem = undefined;
  }

  private changeOf(draft: ChangeDraft): PlanChange | undefined {
    const instalment = Number.parseInt(draft.instalment, 10);
    const months = Number.parseInt(draft.months, 10);
    switch (draft.action) {
      case 'shift':
        return Number.isInteger(instalment) && draft.date ? { kind: 'shift', instalment, date: draft.date } : undefined;
      case 'skip':
        return Number.isInteger(instalment) ? { kind: 'skip', instalment } : undefined;
      case 'pause':
        return /^\d{1,2}$/.test(draft.months.trim()) && months >= 1 && months <= 12 ? { kind: 'pause', months } : undefined;
    }
  }

  private refuse(text: string): void {
    this.changeProblem = text;
    this.announce(text);
    this.focusTarget = '[aria-invalid="true"], #change-problem';
  }

  /** The debtor withdraws the autopay consent (the consent text says they can, at any time). */
  private async switchAutopayOff(): Promise<void> {
    const client = this.plan.session?.client;
    if (this.submitting || !client) return;
    this.submitting = true;
    try {
      this.current = await revokeAutopay(client);
      this.announce(this.i18n.t('outcome.autopay.revoked'));
      this.focusTarget = '[part~="autopay"]';
    } catch (error) {
      this.announce(errorText(this.i18n.t, error));
    } finally {
      this.submitting = false;
    }
  }

  private async submitChange(): Promise<void> {
    const data = this.planData;
    const draft = this.change;
    const client = this.plan.session?.client;
    if (this.submitting || !data || !draft || !client) return;
    const { t } = this.i18n;
    const change = this.changeOf(draft);
    if (!change) return this.refuse(t(draft.action === 'pause' ? 'planManager.problem.months' : 'planManager.problem.date'));
    // The protocol's own rules first, so a refusal comes with its reason and no request.
    const checked = changePlan(data.plan, change, data.progress.asOf);
    if (!checked.ok) return this.refuse(t(`planManager.reason.${checked.reasons[0]?.code ?? 'option_disabled'}`, { days: formatDuration(data.plan.rules.maxShiftDays, 'day', this.resolvedLocale) }));
    this.submitting = true;
    try {
      const response = await requestPlanChange(client, change, this.idempotencyKey);
      this.current = response;
      this.change = undefined;
      this.dispatchEvent(new SettlePlanChangeEvent({ claimId: response.plan.claimId, change, plan: response.plan, progress: response.progress }));
      this.announce(this.changedText(change));
      this.focusTarget = '#plan-heading';
    } catch (error) {
      const refused = error instanceof ApiError && (error.code === 'plan_change_invalid' || error.code === 'validation_failed' || error.code === 'conflict');
      this.refuse(refused ? t('planManager.refused') : errorText(t, error));
    } finally {
      this.submitting = false;
    }
  }

  private changedText(change: PlanChange): string {
    const { t } = this.i18n;
    switch (change.kind) {
      case 'shift':
        return t('planManager.done.shift', { number: change.instalment, date: formatDate(change.date, this.resolvedLocale) });
      case 'skip':
        return t('planManager.done.skip', { number: change.instalment });
      case 'pause':
        return t('planManager.done.pause', { count: change.months });
    }
  }

  private cancelChange(): void {
    const action = this.change?.action;
    this.change = undefined;
    this.changeProblem = undefined;
    if (action) this.focusTarget = `[part~="${action}-button"]`;
  }

  private payNext(): void {
    const data = this.planData;
    const next = data?.progress.nextDue;
    if (!data || !next) return;
    if (this.dispatchEvent(new SettleCheckoutRequestEvent(checkoutFor(data.plan, next)))) this.announce(this.i18n.t('planManager.fallback'));
  }

  private changeMethod(): void {
    const plan = this.planData?.plan;
    if (!plan) return;
    if (this.dispatchEvent(new SettlePaymentMethodChangeEvent({ claimId: plan.claimId, planId: plan.id }))) this.announce(this.i18n.t('planManager.fallback'));
  }

  private requestContact(): void {
    const claimId = this.planData?.plan.claimId ?? this.plan.session?.session.claimId ?? '';
    if (this.dispatchEvent(new SettleContactRequestEvent({ claimId, topic: 'question' }))) this.announce(this.i18n.t('planManager.fallback'));
  }

  protected renderContent(): unknown {
    const { t } = this.i18n;
    const loading = () => html`<div part="base loading" class="loading" aria-busy="true">
      <span class="spinner" aria-hidden="true"></span>
      <p>${t('planManager.loading')}</p>
    </div>`;
    return this.plan.render({
      initial: loading,
      pending: loading,
      error: (error) => html`<div part="base" class="picker">${renderErrorState(t, error, () => void this.plan.retry())}</div>`,
      complete: () => {
        const data = this.planData;
        return data ? this.renderPlan(data) : this.renderEmpty();
      },
    });
  }

  private renderContact(): TemplateResult {
    return html`<div part="human-route" class="human-route">
      <p>${this.i18n.t('planManager.human')}</p>
      <button part="contact-button" class="button secondary" type="button" @click=${() => this.requestContact()}>${this.i18n.t('planPicker.contact')}</button>
    </div>`;
  }

  private renderEmpty(): TemplateResult {
    const { t } = this.i18n;
    return html`<section part="base empty" class="picker" aria-labelledby="plan-heading">
      <h2 id="plan-heading" part="heading" tabindex="-1">${t('planManager.empty.heading')}</h2>
      <p>${t('planManager.empty.text')}</p>
      ${this.renderContact()}
    </section>`;
  }

  private renderPlan({ plan, progress, autopay }: PlanResponse): TemplateResult {
    const { t, locale } = this.view;
    const next = progress.nextDue;
    return html`<section part="base" class="picker" aria-labelledby="plan-heading">
      <h2 id="plan-heading" part="heading" tabindex="-1">${t('planManager.heading')}</h2>
      <p part="plan-state" class=${progress.state === 'in_arrears' ? 'notice warning' : 'notice'}>
        ${t(`planManager.state.${progress.state}`, { count: progress.missedCount })}
      </p>
      <dl part="plan-summary" class="facts">
        <div>
          <dt>${t('planManager.paid')}</dt>
          <dd>${formatMoney(progress.paid, locale)}</dd>
        </div>
        <div>
          <dt>${t('planManager.outstanding')}</dt>
          <dd>${formatMoney(progress.outstanding, locale)}</dd>
        </div>
        ${
          next
            ? html`<div>
              <dt>${t('planManager.next')}</dt>
              <dd part="next-payment">${t('planManager.nextValue', { amount: formatMoney(next.amount, locale), date: formatDate(next.dueDate, locale) })}</dd>
            </div>`
            : nothing
        }
        ${
          autopay === undefined || progress.state === 'completed'
            ? nothing
            : html`<div>
              <dt>${t('outcome.autopay.label')}</dt>
              <dd part="autopay" tabindex="-1" data-autopay=${autopay ? 'on' : 'off'}>
                ${t(autopay ? 'outcome.autopay.on' : 'outcome.autopay.off')}
                ${
                  autopay
                    ? html`<button part="autopay-off-button" class="button secondary" type="button" ?disabled=${this.submitting} @click=${() => void this.switchAutopayOff()}>${t('outcome.autopay.revoke')}</button>`
                    : nothing
                }
              </dd>
            </div>`
        }
      </dl>
      ${renderScheduleTable(this.view, progress.instalments, plan.schedule.total, t('planManager.caption'))}
      ${progress.state === 'completed' ? nothing : this.renderChanges({ plan, progress })}
      ${this.renderContact()}
    </section>`;
  }

  /** What is left of the plan's changes, one counted line each; a change used up is not listed. */
  private renderAllowances(plan: PlanResponse['plan']): TemplateResult {
    const { t, locale } = this.view;
    const left = allowances(plan);
    const lines = [
      left.shifts > 0 ? t('planManager.changes.shift', { count: left.shifts, days: formatDuration(plan.rules.maxShiftDays, 'day', locale) }) : '',
      left.skips > 0 ? t('planManager.changes.skip', { count: left.skips }) : '',
      left.pauseMonths > 0 ? t('planManager.changes.pause', { months: formatDuration(left.pauseMonths, 'month', locale) }) : '',
    ].filter(Boolean);
    return html`<ul part="allowances" class="allowances">
      ${lines.map((line) => html`<li>${line}</li>`)}
    </ul>`;
  }

  private renderChanges({ plan, progress }: PlanResponse): TemplateResult {
    const { t, locale } = this.view;
    const left = allowances(plan);
    const next = progress.nextDue;
    const hasOpen = openInstalments(progress).length > 0;
    const button = (action: ChangeAction, available: boolean) =>
      available
        ? html`<button part="change-button ${action}-button" class="button secondary" type="button" aria-expanded=${this.change?.action === action ? 'true' : 'false'} @click=${() => this.startChange(action)}>
            ${t(`planManager.action.${action}`)}
          </button>`
        : nothing;
    return html`<section part="changes" class="changes" aria-labelledby="changes-heading">
      <h3 id="changes-heading">${t('planManager.changes.heading')}</h3>
      ${hasOpen ? this.renderAllowances(plan) : nothing}
      <div part="actions" class="actions">
        ${next ? html`<button part="pay-button" class="button" type="button" @click=${() => this.payNext()}>${t('planManager.payNext', { amount: formatMoney(next.amount, locale) })}</button>` : nothing}
        ${button('shift', hasOpen && left.shifts > 0)} ${button('skip', hasOpen && left.skips > 0)} ${button('pause', hasOpen && left.pauseMonths > 0)}
        <button part="method-button" class="button secondary" type="button" @click=${() => this.changeMethod()}>${t('planManager.method')}</button>
      </div>
      ${
        this.change
          ? renderChangeForm(
              this.view,
              { plan, progress, draft: this.change, problem: this.changeProblem, submitting: this.submitting },
              { edit: (name, value) => this.edit(name, value), submit: () => void this.submitChange(), cancel: () => this.cancelChange() },
            )
          : nothing
      }
    </section>`;
  }
}
