import type { Claim, DisputeReason, DisputeRequest, DisputeResponse, JourneyConfig, SupportChannels } from '@settle/protocol';
import { html, nothing } from 'lit';
import { disputeCheck } from '../../api/checks/recorded-requests.js';
import { errorText, renderErrorState } from '../../core/error-view.js';
import { SessionController } from '../../core/session-controller.js';
import { SettleElement } from '../../core/settle-element.js';
import { SettleContactRequestEvent } from '../../events/settle-contact-request.js';
import type { SettleDisputeRequestEvent } from '../../events/settle-dispute-request.js';
import { SettleDisputeSubmitEvent } from '../../events/settle-dispute-submit.js';
import { formatDate } from '../../i18n/format.js';
import { renderChoices } from '../../forms/choices.js';
import { formStyles } from '../../forms/form.styles.js';
import { mergeSupport, renderSupportChannels } from '../../forms/support-channels.js';
import { revealHeading, takeRequest } from '../../forms/request-forms.js';
import { SubmitOnceController } from '../../forms/submit-once.js';
import { loadJourney } from '../quiz/journey.js';

const REASONS: readonly DisputeReason[] = ['not_my_debt', 'wrong_amount', 'other'];

interface DisputeContext {
  claim: Claim;
  journey: JourneyConfig;
}

/**
 * @summary The dispute form: "this is not my debt", "the amount is wrong" or another reason,
 * with a note and a request for the original creditor's name and address (Reg F § 1006.34).
 *
 * Works alone with `api` and a token. On a page it also answers `settle-dispute-request`
 * events from any Settle element: it un-hides itself and moves focus here.
 *
 * @tagname settle-dispute
 *
 * @attr api - Base URL of the creditor's Settle endpoint.
 * @attr token - A link or session token.
 * @attr token-from - `fragment`: read the token from `#t=` and remove it from the address bar.
 * @attr locale - BCP 47 locale (`de`, `de-AT`, `en`); defaults to the page's `lang`, then the browser.
 * @attr tone - `empathetic` (default), `neutral`, `formal` or `easy`.
 *
 * @fires settle-dispute-submit - the dispute was recorded
 * @fires settle-contact-request - the debtor wants to talk to a person about it
 * @fires settle-error - loading failed
 * @csspart dispute - the whole form area
 * @csspart heading - the element's heading
 * @csspart confirmation - what shows once the dispute is recorded
 * @csspart support - the creditor's phone, chat and email
 * @csspart submit-button - sends the dispute
 * @cssprop --settle-choice-border - border of the choice cards
 * @cssprop --settle-choice-selected-background - background of the chosen card
 */
export class SettleDispute extends SettleElement {
  static override properties = {
    support: { attribute: false },
  };

  static {
    // Internal state: reactive, but neither an attribute nor public API.
    for (const name of ['reason', 'errors']) SettleDispute.createProperty(name, { state: true });
  }

  static override styles = formStyles;

  /** The creditor's channels; defaults to those of the journey configuration. */
  declare support: SupportChannels | undefined;
  declare private reason: DisputeReason | undefined;
  declare private errors: Partial<Record<'reason' | 'note' | 'submit', string>>;

  protected readonly context = new SessionController<DisputeContext>(this, async (session, signal) => {
    const [claim, journey] = await Promise.all([session.client.getClaim(signal), loadJourney(session, signal)]);
    return { claim, journey };
  });
  protected readonly sending = new SubmitOnceController(this, {
    send: async (dispute: DisputeRequest, init) => ({ dispute, response: await this.context.session!.client.call('disputes', dispute, { check: disputeCheck, ...init }) }),
    sent: (sent) => this.afterSent(sent),
    failed: (error) => this.afterFailed(error),
  });

  constructor() {
    super();
    this.errors = {};
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.ownerDocument.addEventListener('settle-dispute-request', this.onRequest);
  }

  override disconnectedCallback(): void {
    this.ownerDocument.removeEventListener('settle-dispute-request', this.onRequest);
    super.disconnectedCallback();
  }

  /** Opens this form for a request from another element, unless the page handled it already. */
  private readonly onRequest = (event: SettleDisputeRequestEvent): void => {
    if (!takeRequest(event, this.context.session?.session.claimId)) return;
    this.hidden = false;
    void this.updateComplete.then(() => this.focusHeading());
  };

  /** Moves focus to the element's heading, e.g. after `<settle-flow>` opened it. */
  focusHeading(): void {
    revealHeading(this.renderRoot);
  }

  protected renderContent(): unknown {
    const { t } = this.i18n;
    const context = this.context.value;
    if (this.sending.sent && context) return this.renderConfirmation(context, this.sending.sent.dispute, this.sending.sent.response);
    return html`<div part="dispute" class="dispute">
      <h2 part="heading" tabindex="-1" data-focus-target>${t('dispute.title')}</h2>
      <p>${t('dispute.intro')}</p>
      ${this.context.render({
        initial: () => html`<p part="loading">${t('common.loading')}</p>`,
        pending: () => html`<p part="loading">${t('common.loading')}</p>`,
        error: (error) => renderErrorState(t, error, () => void this.context.retry()),
        complete: ({ claim, journey }) => html`${this.renderForm(claim)}${renderSupportChannels(t, mergeSupport(this.support ?? journey.support), this.resolvedLocale)}`,
      })}
    </div>`;
  }

  private renderForm(claim: Claim): unknown {
    const { t } = this.i18n;
    const sending = this.sending.state === 'sending';
    const us = claim.jurisdiction === 'US';
    return html`<form novalidate @submit=${this.onSubmit}>
      ${
        us
          ? html`<p part="pause-notice" class="notice">
            ${t('dispute.usPause')}
            ${claim.validationPeriodEnd ? html` ${t('dispute.usDeadline', { date: formatDate(claim.validationPeriodEnd, this.resolvedLocale) })}` : nothing}
          </p>`
          : nothing
      }
      ${renderChoices({
        name: 'reason',
        legend: t('dispute.reason.legend'),
        choices: REASONS.map((value) => ({ value, label: t(`dispute.reason.${value}`) })),
        selected: this.reason,
        onSelect: (value) => {
          this.reason = value;
          this.errors = { ...this.errors, reason: undefined };
        },
        error: this.errors.reason,
        required: true,
      })}
      <div>
        <label class="label" for="note">
          ${this.reason === 'other' ? t('dispute.note.labelRequired') : t('dispute.note.label')}
          <span class="hint">${t('dispute.note.hint')}</span>
        </label>
        <textarea
          id="note"
          name="note"
          maxlength="2000"
          ?required=${this.reason === 'other'}
          aria-invalid=${this.errors.note ? 'true' : nothing}
          aria-describedby=${this.errors.note ? 'note-error' : nothing}
          @input=${() => {
            if (this.errors.note) this.errors = { ...this.errors, note: undefined };
          }}
        ></textarea>
        ${this.errors.note ? html`<p class="field-error" id="note-error">${this.errors.note}</p>` : nothing}
      </div>
      <label class="check">
        <input type="checkbox" name="originalCreditor" />
        <span>${t('dispute.originalCreditor')}</span>
      </label>
      ${this.errors.submit ? html`<p class="field-error" role="alert">${this.errors.submit}</p>` : nothing}
      <div class="actions">
        <button part="submit-button" class="button" type="submit" ?disabled=${sending}>${sending ? t('dispute.sending') : t('dispute.submit')}</button>
      </div>
    </form>`;
  }

  private readDispute(): DisputeRequest {
    const note = this.renderRoot.querySelector<HTMLTextAreaElement>('[name="note"]')?.value.trim();
    const original = this.renderRoot.querySelector<HTMLInputElement>('[name="originalCreditor"]')?.checked === true;
    return { reason: this.reason as DisputeReason, ...(note ? { note } : {}), requestOriginalCreditor: original };
  }

  private validate(dispute: DisputeRequest): boolean {
    const { t } = this.i18n;
    const errors: typeof this.errors = {};
    if (!this.reason) errors.reason = t('dispute.reason.required');
    else if (this.reason === 'other' && !dispute.note) errors.note = t('dispute.note.required');
    this.errors = errors;
    const first = errors.reason ? 'input[name="reason"]' : errors.note ? '[name="note"]' : undefined;
    if (!first) return true;
    this.announce([errors.reason, errors.note].filter(Boolean).join(' '));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(first)?.focus());
    return false;
  }

  private readonly onSubmit = (event: Event): void => {
    event.preventDefault();
    if (this.sending.busyOrDone) return;
    const dispute = this.readDispute();
    if (this.validate(dispute) && this.context.session) void this.sending.submit(dispute);
  };

  private afterFailed(error: unknown): void {
    const message = errorText(this.i18n.t, error);
    this.errors = { submit: message };
    this.announce(message);
  }

  private afterSent(sent: { dispute: DisputeRequest; response: DisputeResponse }): void {
    this.announce(this.i18n.t('dispute.done.title'));
    this.dispatchEvent(new SettleDisputeSubmitEvent({ claimId: this.context.session?.session.claimId ?? '', dispute: sent.dispute, response: sent.response }));
    void this.updateComplete.then(() => this.focusHeading());
  }

  private readonly talkToPerson = (): void => {
    const claimId = this.context.session?.session.claimId ?? '';
    this.dispatchEvent(new SettleContactRequestEvent({ claimId, topic: 'dispute' }));
  };

  private renderConfirmation({ claim, journey }: DisputeContext, dispute: DisputeRequest, response: DisputeResponse): unknown {
    const { t } = this.i18n;
    const support = mergeSupport(this.support ?? journey.support, response.support);
    return html`<div part="confirmation" class="confirmation">
      <h2 part="heading" tabindex="-1" data-focus-target>${t('dispute.done.title')}</h2>
      <p>${t('dispute.done.reference', { reference: response.reference })}</p>
      ${response.collectionPaused ? html`<p part="pause-notice" class="notice">${t('dispute.done.paused', { creditor: claim.creditor.name })}</p>` : nothing}
      ${dispute.requestOriginalCreditor ? html`<p>${t('dispute.done.originalCreditor')}</p>` : nothing}
      <p>${t('dispute.done.next')}</p>
      <div class="actions">
        <button part="contact-button" class="button secondary" type="button" @click=${this.talkToPerson}>${t('dispute.done.talk')}</button>
      </div>
      ${renderSupportChannels(t, support, this.resolvedLocale)}
    </div>`;
  }
}
