import type { ContactChannel, ContactRequest, ContactResponse, JourneyConfig, SupportChannels } from '@settle/protocol';
import { html, nothing, type PropertyValues } from 'lit';
import { ApiError } from '../../api/api-error.js';
import { contactCheck } from '../../api/checks/recorded-requests.js';
import { errorText, renderErrorState } from '../../core/error-view.js';
import { SessionController } from '../../core/session-controller.js';
import { SettleElement } from '../../core/settle-element.js';
import { SettleContactSubmitEvent } from '../../events/settle-contact-submit.js';
import type { SettleContactRequestDetail, SettleContactRequestEvent } from '../../events/settle-contact-request.js';
import { loadJourney } from '../quiz/journey.js';
import { renderChoices } from '../../forms/choices.js';
import { formStyles } from '../../forms/form.styles.js';
import { mergeSupport, renderSupportChannels } from '../../forms/support-channels.js';
import { type CallbackHours, creditorTime, creditorWindowLabel, windowsFor } from '../../forms/time-window.js';
import { revealHeading, takeRequest } from '../../forms/request-forms.js';
import { SubmitOnceController } from '../../forms/submit-once.js';

const CHANNELS: readonly ContactChannel[] = ['phone', 'callback', 'email', 'chat'];
type Topic = SettleContactRequestDetail['topic'];

/**
 * @summary "Talk to a person": the debtor's preferred channel and time, a note, and a safe,
 * optional way to say their situation is difficult (health details only with consent).
 *
 * Works alone with `api` and a token. On a page it also answers `settle-contact-request`
 * events from any Settle element: it un-hides itself, takes the topic and moves focus here.
 *
 * @tagname settle-contact
 *
 * @attr api - Base URL of the creditor's Settle endpoint.
 * @attr token - A link or session token.
 * @attr token-from - `fragment`: read the token from `#t=` and remove it from the address bar.
 * @attr locale - BCP 47 locale (`de`, `de-AT`, `en`); defaults to the page's `lang`, then the browser.
 * @attr tone - `empathetic` (default), `neutral`, `formal` or `easy`.
 * @attr topic - `question` (default), `hardship`, `dispute` or `other`; `hardship` opens "my situation is difficult".
 * @attr reply-days - Working days within which the creditor answers, named in the confirmation.
 *
 * @fires settle-contact-submit - the request was recorded
 * @fires settle-error - loading failed
 * @csspart contact - the whole form area
 * @csspart heading - the element's heading
 * @csspart confirmation - what shows once the request is recorded
 * @csspart support - the creditor's phone, chat and email
 * @csspart submit-button - sends the request
 * @cssprop --settle-choice-border - border of the choice cards
 * @cssprop --settle-choice-selected-background - background of the chosen card
 */
export class SettleContact extends SettleElement {
  static override properties = {
    topic: { type: String },
    support: { attribute: false },
    replyDays: { type: Number, attribute: 'reply-days' },
  };

  static {
    // Internal state: reactive, but neither an attribute nor public API.
    for (const name of ['channel', 'window', 'hardship', 'involvesHealth', 'healthConsent', 'errors']) SettleContact.createProperty(name, { state: true });
  }

  static override styles = formStyles;

  /** Why the debtor wants a person; `hardship` opens the "my situation is difficult" part. */
  declare topic: Topic;
  /** The creditor's channels; defaults to those of the journey configuration. */
  declare support: SupportChannels | undefined;
  /** Working days within which the creditor promises an answer, named in the confirmation. */
  declare replyDays: number | undefined;
  declare private channel: ContactChannel | undefined;
  /** `any`, a fixed window (`morning`), or the position of one of the creditor's callback windows. */
  declare private window: string;
  declare private hardship: boolean;
  declare private involvesHealth: boolean;
  declare private healthConsent: boolean;
  declare private errors: Partial<Record<'channel' | 'consent' | 'submit', string>>;

  protected readonly journey = new SessionController<JourneyConfig>(this, (session, signal) => loadJourney(session, signal));
  protected readonly sending = new SubmitOnceController(this, {
    send: async (request: ContactRequest, init) => ({ request, response: await this.journey.session!.client.call('contactRequests', request, { check: contactCheck, ...init }) }),
    sent: (sent) => this.afterSent(sent),
    failed: (error) => this.afterFailed(error),
  });

  constructor() {
    super();
    this.topic = 'question';
    this.window = 'any';
    this.hardship = false;
    this.involvesHealth = false;
    this.healthConsent = false;
    this.errors = {};
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.ownerDocument.addEventListener('settle-contact-request', this.onRequest);
  }

  override disconnectedCallback(): void {
    this.ownerDocument.removeEventListener('settle-contact-request', this.onRequest);
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('topic') && this.topic === 'hardship') this.hardship = true;
  }

  /** Opens this form for a request from another element, unless the page handled it already. */
  private readonly onRequest = (event: SettleContactRequestEvent): void => {
    if (!takeRequest(event, this.journey.session?.session.claimId)) return;
    this.topic = event.detail.topic;
    if (event.detail.topic === 'hardship') this.hardship = true;
    this.hidden = false;
    void this.updateComplete.then(() => this.focusHeading());
  };

  /** Moves focus to the element's heading, e.g. after `<settle-flow>` opened it. */
  focusHeading(): void {
    revealHeading(this.renderRoot);
  }

  protected renderContent(): unknown {
    const { t } = this.i18n;
    if (this.sending.sent) return this.renderConfirmation(this.sending.sent.request, this.sending.sent.response);
    return html`<div part="contact" class="contact">
      <h2 part="heading" tabindex="-1" data-focus-target>${t('contact.title')}</h2>
      <p>${this.topic === 'hardship' ? t('contact.introHardship') : t('contact.intro')}</p>
      ${this.journey.render({
        initial: () => html`<p part="loading">${t('common.loading')}</p>`,
        pending: () => html`<p part="loading">${t('common.loading')}</p>`,
        error: (error) => renderErrorState(t, error, () => void this.journey.retry()),
        complete: (journey) => {
          const support = mergeSupport(this.support ?? journey.support);
          return html`${this.renderForm(Boolean(support.chatUrl), support.callbackHours)}${renderSupportChannels(t, support, this.resolvedLocale, { debtAdvice: this.hardship })}`;
        },
      })}
    </div>`;
  }

  /**
   * Chat is offered only where the claim's support has one, and times only within its
   * callback hours when it names them (the server refuses others).
   */
  private renderForm(chat: boolean, hours: CallbackHours | undefined): unknown {
    const { t } = this.i18n;
    const sending = this.sending.state === 'sending';
    const callable = this.channel === 'phone' || this.channel === 'callback';
    return html`<form novalidate @submit=${this.onSubmit}>
      ${renderChoices({
        name: 'channel',
        legend: t('contact.channel.legend'),
        choices: CHANNELS.filter((value) => chat || value !== 'chat').map((value) => ({ value, label: t(`contact.channel.${value}`) })),
        selected: this.channel,
        onSelect: (value) => {
          this.channel = value;
          this.errors = { ...this.errors, channel: undefined };
        },
        error: this.errors.channel,
        required: true,
      })}
      ${
        callable
          ? html`<div>
            <label class="label" for="phone">${t('contact.phone.label')}<span class="hint">${t('contact.phone.hint')}</span></label>
            <input id="phone" name="phone" type="tel" autocomplete="tel" inputmode="tel" maxlength="24" />
          </div>`
          : nothing
      }
      <div>
        <label class="label" for="window">${t('contact.window.label')}</label>
        <select id="window" name="window" @change=${(event: Event) => (this.window = (event.target as HTMLSelectElement).value)}>
          ${windowsFor(hours).map((value) => html`<option value=${value} ?selected=${this.window === value}>${this.windowLabel(value, hours)}</option>`)}
        </select>
      </div>
      <div>
        <label class="label" for="note">${t('contact.note.label')}<span class="hint">${t('contact.note.hint')}</span></label>
        <textarea id="note" name="note" maxlength="2000"></textarea>
      </div>
      <label class="check">
        <input type="checkbox" name="hardship" .checked=${this.hardship} @change=${(event: Event) => (this.hardship = (event.target as HTMLInputElement).checked)} />
        <span>${t('contact.hardship.label')}<span class="hint">${t('contact.hardship.hint')}</span></span>
      </label>
      ${this.hardship ? this.renderHardship() : nothing}
      ${this.errors.submit ? html`<p class="field-error" role="alert">${this.errors.submit}</p>` : nothing}
      <div class="actions">
        <button part="submit-button" class="button" type="submit" ?disabled=${sending} aria-disabled=${sending ? 'true' : nothing}>
          ${sending ? t('contact.sending') : t('contact.submit')}
        </button>
      </div>
    </form>`;
  }

  /** The safe point to share circumstances (FCA FG21/1): optional, and health only with consent. */
  private renderHardship(): unknown {
    const { t } = this.i18n;
    return html`<div part="hardship" class="notice"><fieldset class="group">
      <legend>${t('contact.hardship.legend')}</legend>
      <p>${t('contact.hardship.reassure')}</p>
      <label class="check">
        <input type="checkbox" name="involvesHealth" .checked=${this.involvesHealth} @change=${(event: Event) => this.setHealth((event.target as HTMLInputElement).checked)} />
        <span>${t('contact.health.label')}</span>
      </label>
      ${
        this.involvesHealth
          ? html`<label class="check">
              <input
                type="checkbox"
                name="healthConsent"
                aria-describedby=${this.errors.consent ? 'consent-error' : nothing}
                aria-invalid=${this.errors.consent ? 'true' : nothing}
                .checked=${this.healthConsent}
                @change=${(event: Event) => {
                  this.healthConsent = (event.target as HTMLInputElement).checked;
                  this.errors = { ...this.errors, consent: undefined };
                }}
              />
              <span>${t('contact.health.consent')}</span>
            </label>
            ${this.errors.consent ? html`<p class="field-error" id="consent-error">${this.errors.consent}</p>` : nothing}`
          : nothing
      }
      <div>
        <label class="label" for="details">${t('contact.details.label')}<span class="hint">${t('contact.details.hint')}</span></label>
        <textarea id="details" name="details" maxlength="2000"></textarea>
      </div>
      <label class="check">
        <input type="checkbox" name="thirdParty" />
        <span>${t('contact.thirdParty')}</span>
      </label>
    </fieldset></div>`;
  }

  private setHealth(value: boolean): void {
    this.involvesHealth = value;
    if (!value) this.healthConsent = false;
    this.errors = { ...this.errors, consent: undefined };
  }

  /** A creditor's window with its days and time zone, or one of the fixed ones. */
  private windowLabel(value: string, hours: CallbackHours | undefined): string {
    const window = hours?.windows[value as never];
    return window ? creditorWindowLabel(window, hours.timeZone, this.resolvedLocale) : this.i18n.t(`contact.window.${value}`);
  }

  private get hours(): CallbackHours | undefined {
    return (this.support ?? this.journey.value?.support)?.callbackHours;
  }

  private field<T extends HTMLInputElement | HTMLTextAreaElement>(name: string): T | null {
    return this.renderRoot.querySelector<T>(`[name="${name}"]`);
  }

  /** The request as the API takes it; health details leave the browser only with consent. */
  private readRequest(): ContactRequest {
    const channel = this.channel as ContactChannel;
    const request: ContactRequest = { channel };
    const time = creditorTime(this.window, this.hours);
    if (time) request.preferredTime = time;
    const phone = this.field<HTMLInputElement>('phone')?.value.trim();
    if (phone) request.phone = phone;
    const note = this.field<HTMLTextAreaElement>('note')?.value.trim();
    if (note) request.note = note;
    if (this.hardship) {
      request.hardship = true;
      const details = this.field<HTMLTextAreaElement>('details')?.value.trim();
      const thirdParty = this.field<HTMLInputElement>('thirdParty')?.checked === true;
      request.vulnerability = {
        involvesHealth: this.involvesHealth,
        ...(this.involvesHealth ? { healthConsent: this.healthConsent } : {}),
        ...(details ? { details } : {}),
        ...(thirdParty ? { supportedByThirdParty: true } : {}),
      };
    }
    return request;
  }

  private validate(): boolean {
    const { t } = this.i18n;
    const errors: typeof this.errors = {};
    if (!this.channel) errors.channel = t('contact.channel.required');
    if (this.hardship && this.involvesHealth && !this.healthConsent) errors.consent = t('contact.health.required');
    this.errors = errors;
    const first = errors.channel ? 'input[name="channel"]' : errors.consent ? 'input[name="healthConsent"]' : undefined;
    if (first) {
      this.announce([errors.channel, errors.consent].filter(Boolean).join(' '));
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(first)?.focus());
      return false;
    }
    return true;
  }

  private readonly onSubmit = (event: Event): void => {
    event.preventDefault();
    if (this.sending.busyOrDone || !this.validate() || !this.journey.session) return;
    void this.sending.submit(this.readRequest());
  };

  private afterFailed(error: unknown): void {
    const { t } = this.i18n;
    const code = error instanceof ApiError ? error.code : 'unknown';
    // A time outside the creditor's callback hours (e.g. changed since the form loaded).
    const message = code === 'consent_required' ? t('contact.health.required') : code === 'contact_unavailable' ? t('contact.window.unavailable') : errorText(t, error);
    this.errors = { submit: message };
    this.announce(message);
  }

  private afterSent(sent: { request: ContactRequest; response: ContactResponse }): void {
    this.errors = {};
    this.announce(this.i18n.t('contact.done.title'));
    this.dispatchEvent(new SettleContactSubmitEvent({ claimId: this.journey.session?.session.claimId ?? '', request: sent.request, response: sent.response }));
    void this.updateComplete.then(() => this.focusHeading());
  }

  private renderConfirmation(request: ContactRequest, response: ContactResponse): unknown {
    const { t } = this.i18n;
    const journey = this.journey.value;
    const support = mergeSupport(this.support ?? journey?.support, response.support);
    return html`<div part="confirmation" class="confirmation">
      <h2 part="heading" tabindex="-1" data-focus-target>${t('contact.done.title')}</h2>
      <p>${t(`contact.done.how.${request.channel}`)}</p>
      ${this.window !== 'any' ? html`<p>${t('contact.done.window', { window: this.windowLabel(this.window, this.hours) })}</p>` : nothing}
      <p part="reply-time">${this.replyDays && this.replyDays > 0 ? t('contact.done.within', { count: this.replyDays }) : t('contact.done.soon')}</p>
      <p>${t('contact.done.reference', { reference: response.reference })}</p>
      ${renderSupportChannels(t, support, this.resolvedLocale, { debtAdvice: request.hardship === true })}
    </div>`;
  }
}
