import type { OfferTerms, Schedule } from '@settle/protocol';
import { html, nothing, type TemplateResult } from 'lit';
import { errorText } from '../../core/error-view.js';
import { formatDate, formatMoney } from '../../i18n/format.js';
import { renderAcknowledgement, renderCosts } from './disclosures.js';
import { renderScheduleTable } from './schedule-table.js';
import type { PlanView } from './view.js';

export interface ReviewState {
  terms: OfferTerms;
  schedule: Schedule;
  submitting: boolean;
  error: unknown;
}

export interface ReviewActions {
  accept: () => void;
  change: () => void;
  dispute: () => void;
}

/** Whether agreeing leads straight to a payment (the button says so). */
function paysNow(terms: OfferTerms): boolean {
  return terms.kind === 'pay_in_full' || terms.kind === 'partial_payment';
}

/** Everything the debtor agrees to in one place: the option, each payment, the costs, the total, and what agreeing means. */
export function renderReview(view: PlanView, state: ReviewState, actions: ReviewActions): TemplateResult {
  const { t, locale } = view;
  const { terms, schedule } = state;
  const payments = schedule.instalments.length;
  return html`<dl part="review-summary" class="facts">
      <div>
        <dt>${t('planPicker.review.option')}</dt>
        <dd>${t(`planPicker.offer.${terms.kind}.title`)}</dd>
      </div>
      <div>
        <dt>${t('planPicker.review.payments')}</dt>
        <dd>
          ${
            payments === 1
              ? t('planPicker.review.single', { amount: formatMoney(schedule.total, locale), date: formatDate(schedule.instalments[0]?.dueDate ?? terms.issuedOn, locale) })
              : t('planPicker.review.several', { count: payments, frequency: t(`planPicker.frequency.${schedule.frequency ?? 'monthly'}`) })
          }
        </dd>
      </div>
      <div>
        <dt>${t('planPicker.review.total')}</dt>
        <dd part="review-total">${formatMoney(schedule.total, locale)}</dd>
      </div>
    </dl>
    ${payments > 1 ? renderScheduleTable(view, schedule.instalments, schedule.total, t('planPicker.preview.caption')) : nothing}
    ${schedule.remaining.amount > 0 ? html`<p part="remaining">${t('planPicker.preview.remaining', { remaining: formatMoney(schedule.remaining, locale) })}</p>` : nothing}
    ${renderCosts(view, terms)} ${renderAcknowledgement(view, actions.dispute)}
    ${
      state.error
        ? html`<div part="accept-error" class="error" role="alert">
          <p class="error-title">${t('planPicker.review.failed')}</p>
          <p>${errorText(t, state.error)}</p>
        </div>`
        : nothing
    }
    <div part="actions" class="actions">
      <button
        part="accept-button"
        class="button"
        type="button"
        aria-disabled=${state.submitting ? 'true' : 'false'}
        aria-describedby="acknowledgement-heading"
        @click=${actions.accept}
      >
        ${state.submitting ? t('planPicker.review.sending') : state.error ? t('planPicker.review.acceptAgain') : paysNow(terms) ? t('planPicker.review.acceptAndPay') : t('planPicker.review.accept')}
      </button>
      <button part="change-button" class="button secondary" type="button" ?disabled=${state.submitting} @click=${actions.change}>${t('planPicker.review.change')}</button>
    </div>`;
}
