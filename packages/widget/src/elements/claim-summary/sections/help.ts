import { html, nothing, type TemplateResult } from 'lit';
import type { ClaimView } from './view.js';

export interface HelpActions {
  dispute: () => void;
  contact: () => void;
  print: () => void;
  /** Creditor's help page, already checked to be http(s). */
  helpUrl: string | undefined;
}

/** How to dispute and how to reach a person: always on the page, never behind a payment. */
export function renderHelp({ t }: ClaimView, actions: HelpActions): TemplateResult {
  return html`<section part="section help" aria-labelledby="help-heading">
    <h3 id="help-heading" part="section-heading" tabindex="-1">${t('claimSummary.help.heading')}</h3>
    <p>${t('claimSummary.help.intro')}</p>
    <div part="actions" class="actions">
      <button part="dispute-button" class="button secondary" type="button" @click=${actions.dispute}>${t('common.dispute')}</button>
      <button part="contact-button" class="button secondary" type="button" @click=${actions.contact}>${t('claimSummary.help.contact')}</button>
      <button part="print-button" class="button secondary" type="button" @click=${actions.print}>${t('claimSummary.help.print')}</button>
    </div>
    ${actions.helpUrl ? html`<p><a part="help-link" href=${actions.helpUrl} rel="noopener noreferrer" target="_blank">${t('claimSummary.help.moreHelp')}</a></p>` : nothing}
  </section>`;
}
