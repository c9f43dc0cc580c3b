import type { OfferTerms } from '@settle/protocol';
import { html, type TemplateResult } from 'lit';
import { formatMoney } from '../../i18n/format.js';
import type { PlanView } from './view.js';

/** The agreement's costs, named before the debtor agrees (§ 13a(3) RDG): the fee and the total, or that there is none. */
export function renderCosts(view: PlanView, terms: OfferTerms): TemplateResult {
  const { t, locale } = view;
  const values = {
    costs: formatMoney(terms.costs, locale),
    total: formatMoney(terms.totalPayable, locale),
    balance: formatMoney(terms.balance, locale),
  };
  return html`<p part="costs" class="costs">
    ${terms.costs.amount > 0 ? t('planPicker.costs.some', values) : t('planPicker.costs.none', values)}
  </p>`;
}

/**
 * Agreeing to pay can count as acknowledging the debt, after which objections may be
 * lost; the debtor hears that first and can dispute instead.
 */
export function renderAcknowledgement(view: PlanView, dispute: () => void): TemplateResult {
  const { t } = view;
  return html`<aside part="acknowledgement" class="note" aria-labelledby="acknowledgement-heading">
    <h3 id="acknowledgement-heading">${t('planPicker.acknowledgement.heading')}</h3>
    <p>${t('planPicker.acknowledgement.text')}</p>
    <button part="dispute-button" class="button secondary" type="button" @click=${dispute}>${t('common.dispute')}</button>
  </aside>`;
}
