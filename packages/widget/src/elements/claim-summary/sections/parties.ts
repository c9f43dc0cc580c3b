import type { Party } from '@settle/protocol';
import { html, nothing, type TemplateResult } from 'lit';
import { mailtoHref, telHref } from '../../../core/safe-url.js';
import { renderAddress } from './address.js';
import type { ClaimView } from './view.js';

function renderContact(party: Party, view: ClaimView): TemplateResult | typeof nothing {
  const { t } = view;
  const phoneHref = party.phone ? telHref(party.phone) : undefined;
  const emailHref = party.email ? mailtoHref(party.email) : undefined;
  if (!party.phone && !party.email) return nothing;
  return html`<ul part="contact" class="contact">
    ${party.phone ? html`<li>${t('claimSummary.parties.phone')}: ${phoneHref ? html`<a part="contact-link" href=${phoneHref}>${party.phone}</a>` : party.phone}</li>` : nothing}
    ${party.email ? html`<li>${t('claimSummary.parties.email')}: ${emailHref ? html`<a part="contact-link" href=${emailHref}>${party.email}</a>` : party.email}</li>` : nothing}
  </ul>`;
}

function renderParty(role: string, party: Party, view: ClaimView, extra: unknown = nothing): TemplateResult {
  return html`<div part="party" class="party">
    <p part="party-role" class="party-role">${role}</p>
    <p part="party-name" class="party-name">${party.name}</p>
    ${renderAddress(party.address, view.locale)} ${extra} ${renderContact(party, view)}
  </div>`;
}

/** Creditor, the agency collecting for it, and the original creditor where there is one. */
export function renderParties(view: ClaimView): TemplateResult {
  const { claim, t } = view;
  const agency = claim.collectionAgency;
  return html`<section part="section parties" aria-labelledby="parties-heading">
    <h3 id="parties-heading" part="section-heading" tabindex="-1">${t('claimSummary.parties.heading')}</h3>
    <div class="party-grid">
      ${renderParty(t('claimSummary.parties.creditor'), claim.creditor, view)}
      ${
        agency
          ? renderParty(
              t('claimSummary.parties.agency'),
              agency,
              view,
              // For German claims the register entry is part of the § 13a RDG section instead.
              agency.registration && claim.jurisdiction !== 'DE' ? html`<p part="party-registration">${t('claimSummary.parties.registration')}: ${agency.registration}</p>` : nothing,
            )
          : nothing
      }
      ${claim.originalCreditor ? renderParty(t('claimSummary.parties.originalCreditor'), claim.originalCreditor, view) : nothing}
    </div>
  </section>`;
}
