import { html, type TemplateResult } from 'lit';
import { formatDate } from '../../../i18n/format.js';
import type { ClaimView } from './view.js';

/** What the claim arises from (contract subject and date, or the kind and date of a tort). */
export function renderReason({ claim, t, locale }: ClaimView): TemplateResult {
  const date = formatDate(claim.reason.date, locale);
  const key = claim.reason.kind === 'contract' ? 'claimSummary.reason.contract' : 'claimSummary.reason.tort';
  return html`<section part="section reason" aria-labelledby="reason-heading">
    <h3 id="reason-heading" part="section-heading">${t('claimSummary.reason.heading')}</h3>
    <p part="reason-text">${t(key, { subject: claim.reason.subject, date })}</p>
    <dl part="reference" class="facts">
      <div>
        <dt>${t('claimSummary.reason.account')}</dt>
        <dd>${claim.accountReference}</dd>
      </div>
      <div>
        <dt>${t('claimSummary.reason.debtor')}</dt>
        <dd>${claim.debtor.name}</dd>
      </div>
    </dl>
  </section>`;
}
