import type { Claim } from '@settle/protocol';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { afterPaint } from '../../core/after-paint.js';
import { errorText, renderErrorState } from '../../core/error-view.js';
import { safeHttpUrl } from '../../core/safe-url.js';
import { report } from '../../api/reactions.js';
import { SessionController } from '../../core/session-controller.js';
import { readClaim } from '../../core/sessions.js';
import { SettleElement } from '../../core/settle-element.js';
import { SettleContactRequestEvent } from '../../events/settle-contact-request.js';
import { SettleDisputeRequestEvent } from '../../events/settle-dispute-request.js';
import { SettleReadyEvent } from '../../events/settle-ready.js';
import { formatDate, formatMoney } from '../../i18n/format.js';
import { styles } from './claim-summary.styles.js';
import { renderHelp } from './sections/help.js';
import { renderItemization } from './sections/itemization.js';
import { renderGermanInformation } from './sections/jurisdiction-de.js';
import { renderUsInformation } from './sections/jurisdiction-us.js';
import { renderParties } from './sections/parties.js';
import { renderReason } from './sections/reason.js';
import type { ClaimView } from './sections/view.js';

/**
 * The claim, honestly itemized: who asks for payment and why, every line of the amount,
 * the total and due date, the information the debtor's jurisdiction requires (§ 13a RDG
 * in Germany, Regulation F in the United States), and how to dispute or reach a person.
 * Printable as a copy to keep.
 *
 * @summary The itemized claim with its legal information, contact and dispute route.
 * @tagname settle-claim-summary
 *
 * @attr api - Base URL of the creditor's Settle endpoint.
 * @attr token - A link or session token.
 * @attr token-from - `fragment`: read the token from `#t=` and remove it from the address bar.
 * @attr locale - BCP 47 locale (`de`, `de-AT`, `en`); defaults to the page's `lang`, then the browser.
 * @attr tone - `empathetic` (default), `neutral`, `formal` or `easy`.
 * @attr logo - URL of the creditor's logo (http or https only).
 * @attr help-url - The creditor's help page (http or https only).
 * @attr items-collapsed - Shows the itemization one tap away, under the amount (opened when printed), so the amount and the way on fit the first screen.
 *
 * @slot logo - The creditor's logo, instead of the `logo` attribute.
 * @slot decision - Right under the amount: the way on (`<settle-flow>` puts its pay button and "other options" here).
 *
 * @fires {SettleReadyEvent} settle-ready - The claim is loaded and shown. `detail: { claimId }`.
 * @fires {SettleErrorEvent} settle-error - Loading failed; the element shows a retry. `detail: { code, message, retryable }`.
 * @fires {SettleDisputeRequestEvent} settle-dispute-request - The debtor chose to dispute. Cancelable; call `preventDefault()` when the page opens its own form.
 * @fires {SettleContactRequestEvent} settle-contact-request - The debtor wants to talk to a person. Cancelable like `settle-dispute-request`.
 *
 * @csspart base - The whole summary.
 * @csspart header - Logo, title and introduction.
 * @csspart logo - The logo image from the `logo` attribute.
 * @csspart title - The heading naming the creditor.
 * @csspart intro - The plain-language introduction.
 * @csspart amount-due - The box with the total and the due date.
 * @csspart total - The total amount.
 * @csspart due-date - The due date.
 * @csspart status - A note on a disputed, settled or planned claim.
 * @csspart section - Each section (parties, reason, itemization, jurisdiction, help); each also has its own part name.
 * @csspart section-heading - Each section's heading.
 * @csspart party - One party (creditor, agency, original creditor).
 * @csspart itemization-details - With `items-collapsed`: the disclosure holding the itemization; `itemization-toggle` is its summary line.
 * @csspart itemization-table - The table of lines.
 * @csspart line - Each line of the itemization; also `line-principal`, `line-interest`, `line-fee`, `line-collection-cost`, `line-payment`, `line-credit`.
 * @csspart line-detail - Rate and period, basis, VAT note or date under a line.
 * @csspart itemization-total - The total row.
 * @csspart regf-table - The Regulation F itemization (United States).
 * @csspart actions - The dispute, contact and print buttons.
 * @csspart dispute-button - Starts a dispute.
 * @csspart contact-button - Asks for a person.
 * @csspart print-button - Prints or saves a copy.
 * @csspart loading - The loading state.
 * @csspart error - The error state; `retry-button` inside it.
 * @csspart live-region - The visually hidden live region that announces changes.
 *
 * @cssprop --settle-claim-summary-max-width - Widest the summary grows (default 48rem).
 * @cssprop --settle-claim-summary-padding - Inner spacing (default 1.5rem).
 * @cssprop --settle-claim-summary-total-color - Colour of the total (default the accent colour).
 * @cssprop --settle-claim-summary-total-size - Font size of the total (default 2rem).
 * @cssprop --settle-claim-summary-row-stripe - Background of every other itemization row.
 * @cssprop --settle-color-accent - Semantic accent colour (see docs/theming.md for all tiers).
 */
export class SettleClaimSummary extends SettleElement {
  static override properties: PropertyDeclarations = {
    logo: { type: String },
    helpUrl: { type: String, attribute: 'help-url' },
    itemsCollapsed: { type: Boolean, attribute: 'items-collapsed' },
    restShown: { state: true },
  };

  static override styles = styles;

  /** URL of the creditor's logo; anything but http(s) is ignored. */
  declare logo: string | undefined;
  /** The creditor's help page; anything but http(s) is ignored. */
  declare helpUrl: string | undefined;
  /** The itemization waits behind one tap, right under the amount. */
  declare itemsCollapsed: boolean;

  /** The loaded claim and its state (`initial`, `pending`, `complete`, `error`). */
  readonly claim = new SessionController<Claim>(this, readClaim);

  private announcedStatus: string | undefined;
  private focusAfterRetry = false;
  /**
   * The sections under the amount and the decision (itemization, parties, notices, help)
   * join from the frame after the claim first shows: the first frame then has less to build
   * and lay out, and what a debtor decides on is on screen sooner. Nothing above them moves.
   */
  declare private restShown: boolean;
  private restDue: Promise<void> | undefined;

  constructor() {
    super();
    this.itemsCollapsed = false;
    this.restShown = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.openItems);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('beforeprint', this.openItems);
    super.disconnectedCallback();
  }

  /** A printed copy is complete: every section, and the collapsed itemization opened (it stays open). */
  private readonly openItems = (): void => {
    this.restShown = true;
    void this.updateComplete.then(() => {
      const details = this.renderRoot.querySelector<HTMLDetailsElement>('details[part~="itemization-details"]');
      if (details) details.open = true;
    });
  };

  /** Complete once the sections that follow the first frame are rendered too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.restDue;
    return super.getUpdateComplete();
  }

  /** The claim shown, once loaded. */
  get claimData(): Claim | undefined {
    return this.claim.status === 'complete' ? this.claim.value : undefined;
  }

  protected override updated(): void {
    const status = this.claim.status;
    if (status === this.announcedStatus || !this.i18n.ready) return;
    this.announcedStatus = status;
    const { t } = this.i18n;
    if (status === 'complete' && this.claim.value) {
      const claim = this.claim.value;
      // Set before settle-ready, so a listener awaiting updateComplete waits for these sections too.
      this.restDue ??= afterPaint().then(() => {
        this.restShown = true;
      });
      this.announce(t('claimSummary.ready', { creditor: claim.creditor.name, total: formatMoney(claim.total, this.resolvedLocale) }));
      this.dispatchEvent(new SettleReadyEvent({ claimId: claim.id }));
      void report(this.claim.session?.client, { type: 'claim.viewed' });
      if (this.focusAfterRetry) this.focusPart('title');
    } else if (status === 'error') {
      this.announce(errorText(t, this.claim.error));
      if (this.focusAfterRetry) this.focusPart('retry-button');
    }
    if (status !== 'pending') this.focusAfterRetry = false;
  }

  private focusPart(part: string): void {
    this.renderRoot.querySelector<HTMLElement>(`[part~="${part}"]`)?.focus();
  }

  private retry(): void {
    this.focusAfterRetry = true;
    void this.claim.retry();
  }

  private requestDispute(): void {
    const claimId = this.claim.value?.id ?? '';
    if (this.dispatchEvent(new SettleDisputeRequestEvent({ claimId }))) this.pointToContact();
  }

  private requestContact(): void {
    const claimId = this.claim.value?.id ?? '';
    if (this.dispatchEvent(new SettleContactRequestEvent({ claimId, topic: 'question' }))) this.pointToContact();
  }

  /** Nobody on the page handled the request: point to the contact details shown above. */
  private pointToContact(): void {
    const claim = this.claim.value;
    if (!claim) return;
    const name = (claim.collectionAgency ?? claim.creditor).name;
    this.announce(this.i18n.t('claimSummary.help.contactFallback', { name }));
    this.renderRoot.querySelector<HTMLElement>('#parties-heading')?.focus();
  }

  protected renderContent(): unknown {
    const { t } = this.i18n;
    const loading = () => html`<div part="base loading" class="loading" aria-busy="true">
      <span class="spinner" aria-hidden="true"></span>
      <p>${t('claimSummary.loading')}</p>
    </div>`;
    return this.claim.render({
      initial: loading,
      pending: loading,
      error: (error) => html`<div part="base" class="summary">${renderErrorState(t, error, () => this.retry())}</div>`,
      complete: (claim) => this.renderClaim(claim),
    });
  }

  private renderClaim(claim: Claim): TemplateResult {
    const view: ClaimView = { claim, t: this.i18n.t, locale: this.resolvedLocale };
    const { t, locale } = view;
    const logo = safeHttpUrl(this.logo);
    return html`<article part="base" class="summary" aria-labelledby="title">
      <header part="header" class="header">
        <slot name="logo">${logo ? html`<img part="logo" class="logo" src=${logo} alt="" />` : nothing}</slot>
        <h2 id="title" part="title" tabindex="-1">${t('claimSummary.title', { creditor: claim.creditor.name })}</h2>
        <p part="intro">${t('claimSummary.intro')}</p>
      </header>
      ${claim.status === 'open' ? nothing : html`<p part="status" class="status">${t(`claimSummary.status.${claim.status}`)}</p>`}
      <section part="amount-due" class="amount-due" aria-labelledby="amount-due-label">
        <p id="amount-due-label" class="amount-due-label">${t('claimSummary.amountDue')}</p>
        <p part="total" class="total">${formatMoney(claim.total, locale)}</p>
        <p part="due-date">${t('claimSummary.dueBy', { date: formatDate(claim.dueDate, locale) })}</p>
      </section>
      <slot name="decision"></slot>
      ${this.restShown ? this.renderRest(view) : nothing}
    </article>`;
  }

  private renderRest(view: ClaimView): TemplateResult {
    const { claim, t } = view;
    return html`${
      this.itemsCollapsed
        ? html`<details part="itemization-details" class="items-details">
            <summary part="itemization-toggle">${t('claimSummary.items.show')}</summary>
            ${renderItemization(view)}
          </details>
          ${renderParties(view)} ${renderReason(view)}`
        : html`${renderParties(view)} ${renderReason(view)} ${renderItemization(view)}`
    }
      ${claim.jurisdiction === 'DE' ? renderGermanInformation(view) : nothing}
      ${claim.jurisdiction === 'US' ? renderUsInformation(view) : nothing}
      ${renderHelp(view, {
        dispute: () => this.requestDispute(),
        contact: () => this.requestContact(),
        print: () => window.print(),
        helpUrl: safeHttpUrl(this.helpUrl),
      })}`;
  }
}
