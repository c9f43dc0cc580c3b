import { isReduction, sumMoney, type ClaimLine } from '@settle/protocol';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatMoney } from '../../../i18n/format.js';
import { renderAddress } from './address.js';
import type { ClaimView } from './view.js';

/** Settle's own link, not configuration: the CFPB's page on debt collection rights. */
export const CFPB_URL = 'https://www.cfpb.gov/debt-collection';

/**
 * Regulation F (12 CFR 1006.34): for a collector, the model notice's debt-collector
 * statement and the consumer's name and mailing address; the itemization since the
 * itemization date by category, the creditor on that date, the end of the validation
 * period, and the CFPB pointer.
 */
export function renderUsInformation(view: ClaimView): TemplateResult {
  const { claim, t, locale } = view;
  const itemizationDate = formatDate(claim.itemizationDate, locale);
  const sum = (keep: (line: ClaimLine) => boolean) =>
    formatMoney(
      sumMoney(
        claim.lines.filter(keep).map((line) => line.amount),
        claim.currency,
      ),
      locale,
    );
  const rows: Array<[string, string]> = [
    [t('claimSummary.us.owedOnDate', { date: itemizationDate }), sum((line) => line.kind === 'principal')],
    [t('claimSummary.us.interestSince'), `+ ${sum((line) => line.kind === 'interest')}`],
    [t('claimSummary.us.feesSince'), `+ ${sum((line) => line.kind === 'fee' || line.kind === 'collection_cost')}`],
    [t('claimSummary.us.paidSince'), `− ${sum(isReduction)}`],
  ];
  const validationEnd = claim.validationPeriodEnd ? formatDate(claim.validationPeriodEnd, locale) : undefined;
  const { collectionAgency: collector, debtor } = claim;
  return html`<section part="section jurisdiction jurisdiction-us" aria-labelledby="jurisdiction-heading">
    <h3 id="jurisdiction-heading" part="section-heading">${t('claimSummary.us.heading')}</h3>
    ${
      collector
        ? html`<p part="collector-statement">${t('claimSummary.us.collector', { collector: collector.name, creditor: claim.creditor.name })}</p>
          ${
            debtor.address
              ? html`<div part="debtor-address">
                <p>${t('claimSummary.us.debtorAddress')}</p>
                <span class="party-name">${debtor.name}</span>${renderAddress(debtor.address, locale)}
              </div>`
              : nothing
          }`
        : nothing
    }
    <table part="regf-table">
      <caption>${t('claimSummary.us.itemizationCaption', { date: itemizationDate })}</caption>
      <tbody>
        <tr>
          <th scope="row">${t('claimSummary.us.creditorOnDate', { date: itemizationDate })}</th>
          <td>${(claim.originalCreditor ?? claim.creditor).name}</td>
        </tr>
        ${rows.map(([label, amount]) => html`<tr><th scope="row">${label}</th><td class="amount">${amount}</td></tr>`)}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">${t('claimSummary.us.totalNow')}</th>
          <td class="amount">${formatMoney(claim.total, locale)}</td>
        </tr>
      </tfoot>
    </table>
    ${
      validationEnd
        ? html`<p part="validation-notice">${t('claimSummary.us.validation', { date: validationEnd })}</p>
          <p>${t('claimSummary.us.originalCreditor', { date: validationEnd })}</p>`
        : nothing
    }
    <p>${t('claimSummary.us.cfpb')} <a part="cfpb-link" href=${CFPB_URL} rel="noopener noreferrer" target="_blank">www.cfpb.gov/debt-collection</a></p>
  </section>`;
}
