import { isReduction, type ClaimLine, type Money } from '@settle/protocol';
import { html, type TemplateResult } from 'lit';
import { formatDate, formatMoney, formatRate } from '../../../i18n/format.js';
import type { ClaimView } from './view.js';

/** The small print under a line's label: rate and period, basis, VAT note, dates. */
function lineDetails(line: ClaimLine, { t, locale }: ClaimView): unknown[] {
  const date = (iso: string) => formatDate(iso, locale);
  switch (line.kind) {
    case 'principal':
      return line.date ? [t('claimSummary.items.dated', { date: date(line.date) })] : [];
    case 'interest':
      return [
        t('claimSummary.items.interest', { rate: formatRate(line.rateBasisPoints, locale), start: date(line.periodStart), end: date(line.periodEnd) }),
        line.aboveStatutoryRateReason ? t('claimSummary.items.aboveStatutoryRate', { reason: line.aboveStatutoryRateReason }) : undefined,
      ];
    case 'fee':
      return [t('claimSummary.items.basis', { basis: line.basis }), line.date ? t('claimSummary.items.dated', { date: date(line.date) }) : undefined];
    case 'collection_cost':
      return [t('claimSummary.items.basis', { basis: line.basis }), line.vatDeductible === false ? t('claimSummary.items.vatNotDeductible') : undefined];
    case 'payment':
      return [t('claimSummary.items.paidOn', { date: date(line.date) })];
    case 'credit':
      return [t('claimSummary.items.creditedOn', { date: date(line.date) })];
  }
}

/** Reductions are shown as negative amounts, so the column adds up as read. */
export function signedAmount(line: ClaimLine): Money {
  return isReduction(line) ? { ...line.amount, amount: -line.amount.amount } : line.amount;
}

function renderLine(line: ClaimLine, view: ClaimView): TemplateResult {
  const details = lineDetails(line, view).filter((detail) => detail !== undefined);
  return html`<tr part="line line-${line.kind.replace('_', '-')}" class=${isReduction(line) ? 'reduction' : ''}>
    <th scope="row" part="line-label">
      <span class="line-kind">${view.t(`claimSummary.items.kind.${line.kind}`)}</span>
      <span class="line-name">${line.label}</span>
      ${details.map((detail) => html`<span part="line-detail" class="line-detail">${detail}</span>`)}
    </th>
    <td part="line-amount" class="amount">${formatMoney(signedAmount(line), view.locale)}</td>
  </tr>`;
}

/** The full itemization as a table: every line, then the total it adds up to. */
export function renderItemization(view: ClaimView): TemplateResult {
  const { claim, t, locale } = view;
  return html`<section part="section itemization" aria-labelledby="items-heading">
    <h3 id="items-heading" part="section-heading">${t('claimSummary.items.heading')}</h3>
    <table part="itemization-table">
      <caption part="itemization-caption">${t('claimSummary.items.caption', { date: formatDate(claim.itemizationDate, locale) })}</caption>
      <thead>
        <tr>
          <th scope="col">${t('claimSummary.items.item')}</th>
          <th scope="col" class="amount">${t('claimSummary.items.amount')}</th>
        </tr>
      </thead>
      <tbody>
        ${claim.lines.map((line) => renderLine(line, view))}
      </tbody>
      <tfoot>
        <tr part="itemization-total">
          <th scope="row">${t('claimSummary.items.total')}</th>
          <td class="amount">${formatMoney(claim.total, locale)}</td>
        </tr>
      </tfoot>
    </table>
  </section>`;
}
