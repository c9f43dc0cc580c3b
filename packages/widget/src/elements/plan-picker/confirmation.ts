import type { PlanResponse } from '@settle/protocol';
import { html, nothing, type TemplateResult } from 'lit';
import type { SettleCheckoutRequestDetail } from '../../events/settle-checkout-request.js';
import { formatDate, formatMoney } from '../../i18n/format.js';
import { renderScheduleTable } from './schedule-table.js';
import type { PlanView } from './view.js';

export interface ConfirmationActions {
  payNow: (detail: SettleCheckoutRequestDetail) => void;
  print: () => void;
}

/**
 * The plan as the server agreed it (its schedule, not the preview), printable as a copy to
 * keep. No plan id: a debtor cannot use it anywhere, and support finds the one plan by its claim.
 */
export function renderConfirmation(view: PlanView, { plan, progress }: PlanResponse, payNow: SettleCheckoutRequestDetail | undefined, actions: ConfirmationActions): TemplateResult {
  const { t, locale } = view;
  const schedule = plan.schedule;
  const next = progress.nextDue;
  return html`<p part="confirmation-text">${t('planPicker.accepted.text', { date: formatDate(plan.acceptedOn, locale) })}</p>
    <dl part="confirmation-summary" class="facts">
      <div>
        <dt>${t('planPicker.review.option')}</dt>
        <dd>${t(`planPicker.offer.${plan.kind}.title`)}</dd>
      </div>
      <div>
        <dt>${t('planPicker.review.total')}</dt>
        <dd part="confirmation-total">${formatMoney(schedule.total, locale)}</dd>
      </div>
      <div>
        <dt>${t('planPicker.accepted.costs')}</dt>
        <dd>${schedule.costs.amount > 0 ? formatMoney(schedule.costs, locale) : t('planPicker.accepted.noCosts')}</dd>
      </div>
    </dl>
    ${renderScheduleTable(view, schedule.instalments, schedule.total, t('planPicker.accepted.caption'))}
    ${
      payNow
        ? html`<p part="next-step" class="next">${t('planPicker.accepted.dueNow', { amount: formatMoney(payNow.amount, locale) })}</p>`
        : next
          ? html`<p part="next-step" class="next">${t('planPicker.accepted.next', { amount: formatMoney(next.amount, locale), date: formatDate(next.dueDate, locale) })}</p>`
          : nothing
    }
    <p class="hint">${t('planPicker.accepted.keepCopy')}</p>
    <div part="actions" class="actions">
      ${
        payNow
          ? html`<button part="pay-button" class="button" type="button" @click=${() => actions.payNow(payNow)}>
            ${t('planPicker.accepted.pay', { amount: formatMoney(payNow.amount, locale) })}
          </button>`
          : nothing
      }
      <button part="print-button" class="button secondary" type="button" @click=${actions.print}>${t('planPicker.accepted.print')}</button>
    </div>`;
}
