import type { IdentityAnswers, IdentityField } from '@settle/protocol';
import { html, nothing } from 'lit';
import { ApiError } from '../../api/api-error.js';
import { sessionCheck } from '../../api/checks/session.js';
import { errorText } from '../../core/error-view.js';
import { mailtoHref, telHref } from '../../core/safe-url.js';
import type { Session } from '../../core/sessions.js';
import { SettleElement } from '../../core/settle-element.js';
import { SettleIdentityVerifiedEvent } from '../../events/settle-identity-verified.js';
import { formStyles } from '../../forms/form.styles.js';
import { identityStyles } from './identity.styles.js';

const AUTOCOMPLETE: Record<IdentityField, string> = { dateOfBirth: 'bday', postalCode: 'postal-code' };

/**
 * The creditor's light identity check before a claim opened from a link is shown: date of
 * birth and/or postcode, as the session names them. Every wrong answer gets the same
 * message (the server limits attempts); after too many, a person is offered instead.
 * Used by `<settle-flow>`, which hands it the open session.
 *
 * @summary The identity check (date of birth, postcode) before the claim is shown.
 * @tagname settle-identity
 *
 * @fires settle-identity-verified - The server accepted the answers. `detail: { claimId, session }`.
 *
 * @csspart identity - The whole form area.
 * @csspart heading - The heading (focused when the step opens).
 * @csspart field - Each answer field.
 * @csspart submit-button - Sends the answers.
 * @csspart problem - Why the answers were not accepted.
 * @csspart human-route - After a lock: the claim's own phone and email, from the server.
 * @csspart live-region - The visually hidden live region that announces changes.
 */
export class SettleIdentity extends SettleElement {
  static override properties = {
    fields: { attribute: false },
    session: { attribute: false },
    sending: { state: true },
    problem: { state: true },
    locked: { state: true },
  };

  static override styles = [formStyles, identityStyles];

  /** What to ask, from the session (`identityFields`). */
  declare fields: IdentityField[];
  /** The open link session whose check this is. */
  declare session: Session | undefined;
  declare private sending: boolean;
  declare private problem: string | undefined;
  /** After too many attempts: the claim's own people, as the server names them (none when it names none). */
  declare private locked: false | { phone?: unknown; email?: unknown };

  constructor() {
    super();
    this.fields = ['dateOfBirth'];
    this.sending = false;
    this.locked = false;
  }

  /** Moves focus to the heading, e.g. when `<settle-flow>` opens this step. */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('[data-focus-target]')?.focus();
  }

  protected renderContent(): unknown {
    const { t } = this.i18n;
    return html`<div part="identity" class="identity">
      <h2 part="heading" tabindex="-1" data-focus-target>${t('identity.title')}</h2>
      <p>${t('identity.intro')}</p>
      ${this.locked ? this.renderLocked() : this.renderForm()}
    </div>`;
  }

  private renderForm(): unknown {
    const { t } = this.i18n;
    return html`<form novalidate @submit=${this.onSubmit}>
      ${this.fields.map(
        (field) => html`<div part="field">
          <label class="label" for=${field}>${t(`identity.field.${field}`)} <span class="hint">${t(`identity.hint.${field}`)}</span></label>
          <input
            id=${field}
            name=${field}
            type=${field === 'dateOfBirth' ? 'date' : 'text'}
            autocomplete=${AUTOCOMPLETE[field]}
            required
            maxlength=${field === 'postalCode' ? 20 : nothing}
            aria-invalid=${this.problem ? 'true' : nothing}
            aria-describedby=${this.problem ? 'identity-problem' : nothing}
          />
        </div>`,
      )}
      ${this.problem ? html`<p part="problem" class="field-error" id="identity-problem">${this.problem}</p>` : nothing}
      <div class="actions">
        <button part="submit-button" class="button" type="submit" ?disabled=${this.sending}>${this.sending ? t('identity.sending') : t('identity.submit')}</button>
      </div>
    </form>`;
  }

  private renderLocked(): unknown {
    const { t } = this.i18n;
    const { phone, email } = this.locked || {};
    const line = (label: string, value: unknown, href: (value: string) => string | undefined) =>
      typeof value === 'string' ? html`<li>${t(label)}: <a href=${href(value) ?? nothing}>${value}</a></li>` : nothing;
    return html`<p part="problem" class="notice">${t('identity.locked')}</p>
      <ul part="human-route">
        ${line('claimSummary.parties.phone', phone, telHref)} ${line('claimSummary.parties.email', email, mailtoHref)}
      </ul>`;
  }

  private readAnswers(): IdentityAnswers | undefined {
    const answers: IdentityAnswers = {};
    for (const field of this.fields) {
      const value = this.renderRoot.querySelector<HTMLInputElement>(`[name="${field}"]`)?.value.trim() ?? '';
      if (!value) return undefined;
      answers[field] = value;
    }
    return answers;
  }

  private readonly onSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const { t } = this.i18n;
    const session = this.session;
    if (this.sending || !session) return;
    const answers = this.readAnswers();
    if (!answers) {
      this.showProblem(t('identity.required'));
      return;
    }
    this.sending = true;
    this.problem = undefined;
    try {
      const checked = await session.client.call('identity', { answers }, { check: sessionCheck });
      // The client takes the verified session's token for every later call (one renewal).
      const renewed = await session.client.startSession(checked.sessionToken);
      this.announce(t('identity.done'));
      this.dispatchEvent(new SettleIdentityVerifiedEvent({ claimId: renewed.claimId, session: renewed }));
    } catch (error) {
      const code = error instanceof ApiError ? error.code : 'unknown';
      if (code === 'identity_locked') {
        this.locked = (error as { cause?: { error?: { humanRoute?: object } } }).cause?.error?.humanRoute ?? {};
        this.announce(t('identity.locked'));
      } else {
        this.showProblem(code === 'identity_failed' || code === 'validation_failed' || code === 'bad_request' ? t('identity.failed') : errorText(t, error));
      }
    } finally {
      this.sending = false;
    }
  };

  private showProblem(text: string): void {
    this.problem = text;
    this.announce(text);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('input')?.focus());
  }
}
