import type { Instalment, InstalmentStatus, Money } from '@settle/protocol';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatMoney } from '../../i18n/format.js';
import type { PlanView } from './view.js';

export interface ScheduleRow extends Instalment {
  status?: InstalmentStatus;
}

/**
 * Dates and amounts, one row per payment, with the total in the footer. Shared by the
 * preview, the confirmation and "manage my plan" (which adds a status column). One per
 * view, so the caption's id is fixed.
 */
export function renderScheduleTable(view: PlanView, rows: readonly ScheduleRow[], total: Money, caption: string): TemplateResult {
  const { t, locale } = view;
  const withStatus = rows.some((row) => row.status !== undefined);
  return html`<div class="table-scroll" role="region" tabindex="0" aria-labelledby="schedule-caption"><table part="schedule-table" class="schedule">
    <caption id="schedule-caption">${caption}</caption>
    <thead>
      <tr>
        <th scope="col">${t('planPicker.schedule.payment')}</th>
        <th scope="col">${t('planPicker.schedule.dueDate')}</th>
        <th scope="col" class="amount">${t('planPicker.schedule.amount')}</th>
        ${withStatus ? html`<th scope="col">${t('planPicker.schedule.status')}</th>` : nothing}
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (row) => html`<tr part="schedule-row${row.status ? ` schedule-row-${row.status}` : ''}">
          <th scope="row">${row.kind === 'down_payment' ? t('planPicker.schedule.downPayment') : t('planPicker.schedule.number', { number: row.number })}</th>
          <td class="date">${formatDate(row.dueDate, locale)}</td>
          <td class="amount">${formatMoney(row.amount, locale)}</td>
          ${withStatus ? html`<td><span class="status status-${row.status}">${t(`planPicker.schedule.state.${row.status}`)}</span></td>` : nothing}
        </tr>`,
      )}
    </tbody>
    <tfoot>
      <tr part="schedule-total">
        <th scope="row" colspan="2">${t('planPicker.schedule.total')}</th>
        <td class="amount">${formatMoney(total, locale)}</td>
        ${withStatus ? html`<td></td>` : nothing}
      </tr>
    </tfoot>
  </table></div>`;
}
