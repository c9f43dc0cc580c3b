import { html, nothing, type TemplateResult } from 'lit';
import { renderAddress } from './address.js';
import type { ClaimView } from './view.js';

/**
 * The § 13a RDG items that are not already in the breakdown: the agency's register entry
 * and supervisory authority, where the debtor's address came from, and the rate notice.
 * § 13a binds collection agencies: a creditor collecting directly, or an agency that names
 * none of these items, gets no section rather than an empty heading.
 */
export function renderGermanInformation(view: ClaimView): TemplateResult | typeof nothing {
  const { claim, t, locale } = view;
  const agency = claim.collectionAgency;
  const supervisor = agency?.supervisoryAuthority;
  const aboveStatutory = claim.lines.some((line) => line.kind === 'interest' && line.aboveStatutoryRateReason);
  if (!agency || !(agency.registration || supervisor || claim.addressSource || aboveStatutory)) return nothing;
  return html`<section part="section jurisdiction jurisdiction-de" aria-labelledby="jurisdiction-heading">
    <h3 id="jurisdiction-heading" part="section-heading">${t('claimSummary.de.heading')}</h3>
    <dl class="facts">
      ${
        agency?.registration
          ? html`<div>
            <dt>${t('claimSummary.de.registration')}</dt>
            <dd>${agency.registration}</dd>
          </div>`
          : nothing
      }
      ${
        supervisor
          ? html`<div>
            <dt>${t('claimSummary.de.supervisor')}</dt>
            <dd><span class="party-name">${supervisor.name}</span>${renderAddress(supervisor.address, locale)}</dd>
          </div>`
          : nothing
      }
      ${
        claim.addressSource
          ? html`<div>
            <dt>${t('claimSummary.de.addressSource')}</dt>
            <dd>${claim.addressSource}</dd>
          </div>`
          : nothing
      }
    </dl>
    ${aboveStatutory ? html`<p>${t('claimSummary.de.rateNotice')}</p>` : nothing}
  </section>`;
}
