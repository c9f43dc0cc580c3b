import { html, nothing, type TemplateResult } from 'lit';
import { offerValues } from './offer-text.js';
import type { RankedOffer } from './rank-offers.js';
import type { PlanView } from './view.js';

export interface OfferListActions {
  choose: (offer: RankedOffer) => void;
}

/** The offers as cards, recommended ones first and marked; each names its costs. */
export function renderOfferList(view: PlanView, offers: readonly RankedOffer[], actions: OfferListActions): TemplateResult {
  const { t, locale } = view;
  return html`<ul part="offer-list" class="offers" role="list">
    ${offers.map((ranked) => {
      const { terms, id } = ranked.signed.offer;
      const values = offerValues(terms, locale);
      const title = t(`planPicker.offer.${terms.kind}.title`);
      return html`<li part="offer offer-${terms.kind}${ranked.recommended ? ' offer-recommended' : ''}" class="offer ${ranked.recommended ? 'recommended' : ''}">
        <h3 id="title-${id}">${title}</h3>
        ${ranked.recommended ? html`<p part="recommended-badge" class="badge">${t('planPicker.recommended')}</p>` : nothing}
        <p>${t(`planPicker.offer.${terms.kind}.summary`, values)}</p>
        <p part="offer-costs" class="offer-costs">
          ${terms.costs.amount > 0 ? t('planPicker.offerCosts.some', values) : t('planPicker.offerCosts.none', values)}
        </p>
        <button
          part="choose-button"
          class="button ${ranked.recommended ? '' : 'secondary'}"
          type="button"
          aria-label=${`${t('planPicker.choose')}: ${title}`}
          @click=${() => actions.choose(ranked)}
        >
          ${t('planPicker.choose')}
        </button>
      </li>`;
    })}
  </ul>`;
}
