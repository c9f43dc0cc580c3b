import { pickText, type Claim, type ContactChannel, type CsatScale, type FeedbackRequest, type JourneyConfig, type Outcome, type SupportChannels } from '@settle/protocol';
import { html, nothing } from 'lit';
import { ApiError } from '../../api/api-error.js';
import { claimOutcomeCheck } from '../../api/checks/outcome.js';
import { feedbackCheck } from '../../api/checks/recorded-requests.js';
import { errorText, renderErrorState } from '../../core/error-view.js';
import { SessionController } from '../../core/session-controller.js';
import { SettleElement } from '../../core/settle-element.js';
import { SettleFeedbackSubmitEvent } from '../../events/settle-feedback-submit.js';
import { SettleOptionsRequestEvent } from '../../events/settle-options-request.js';
import { formStyles } from '../../forms/form.styles.js';
import { mergeSupport, renderSupportChannels } from '../../forms/support-channels.js';
import { isTimeWindow, preferredTime, TIME_WINDOWS, type TimeWindow } from '../../forms/time-window.js';
import { SubmitOnceController } from '../../forms/submit-once.js';
import { loadJourney } from '../quiz/journey.js';
import { feedbackStyles } from './feedback.styles.js';
import { renderOutcome } from './outcome.js';

const FUTURE_CHANNELS: ReadonlyArray<ContactChannel | 'none'> = ['email', 'phone', 'chat', 'callback', 'none'];
/** The scale when neither the page nor the journey names one. */
const DEFAULT_SCALE: CsatScale = { min: 1, max: 5 };

interface FeedbackContext {
  claim: Claim;
  outcome: Outcome;
  journey: JourneyConfig;
}

type Sent = { feedback: FeedbackRequest; alreadyReceived: boolean; reference?: string };

/**
 * @summary What happened to the claim as the server records it (paid, settled, partly paid,
 * a plan, a deferral or promise, a pause, a dispute, a callback) and what happens next, the
 * payment's confirmation to print or save, a short satisfaction survey on the creditor's
 * scale once per claim, and support channels that stay reachable.
 *
 * @tagname settle-feedback
 *
 * @attr api - Base URL of the creditor's Settle endpoint.
 * @attr token - A link or session token.
 * @attr token-from - `fragment`: read the token from `#t=` and remove it from the address bar.
 * @attr locale - BCP 47 locale (`de`, `de-AT`, `en`); defaults to the page's `lang`, then the browser.
 * @attr tone - `empathetic` (default), `neutral`, `formal` or `easy`.
 *
 * @fires settle-feedback-submit - the feedback reached the server (or it already had some)
 * @fires settle-options-request - the debtor wants to pay or plan what is open, or see the plan. Cancelable.
 * @fires settle-error - loading failed
 * @csspart feedback - the whole element
 * @csspart outcome - what happened and what happens next; `data-outcome` names the server's state
 * @csspart heading - the outcome's heading
 * @csspart outcome-text - what happened; `outcome-next` what happens next; `outcome-facts` paid and still open
 * @csspart outcome-action - pay or plan what is open, or see the plan
 * @csspart receipt - the latest payment's lines, which print
 * @csspart print-button - opens the browser's print dialog
 * @csspart survey - the satisfaction survey
 * @csspart scale - the row of score choices
 * @csspart submit-button - sends the feedback
 * @csspart support - the creditor's phone, chat and email
 * @cssprop --settle-feedback-scale-gap - space between the score choices
 */
export class SettleFeedback extends SettleElement {
  static override properties = {
    support: { attribute: false },
    scale: { attribute: false },
  };

  static {
    // Internal state: reactive, but neither an attribute nor public API.
    for (const name of ['score', 'errors']) SettleFeedback.createProperty(name, { state: true });
  }

  static override styles = [formStyles, feedbackStyles];

  /** The creditor's channels; defaults to those of the journey configuration. */
  declare support: SupportChannels | undefined;
  /** The satisfaction scale; defaults to the journey's, else 1-5. */
  declare scale: CsatScale | undefined;
  declare private score: number | undefined;
  declare private errors: Partial<Record<'score' | 'submit', string>>;

  protected readonly context = new SessionController<FeedbackContext>(this, async (session, signal) => {
    // Read afresh after every payment, agreement or request: the screen shows what the server recorded.
    const claimRequest = session.client.call('claim', undefined, { check: claimOutcomeCheck, params: { claimId: session.session.claimId }, signal });
    const [{ claim, outcome }, journey] = await Promise.all([claimRequest, loadJourney(session, signal)]);
    return { claim, outcome, journey };
  });
  protected readonly sending = new SubmitOnceController(this, {
    send: async (feedback: FeedbackRequest, init): Promise<Sent> => {
      try {
        const response = await this.context.session!.client.call('feedback', feedback, { check: feedbackCheck, ...init });
        return { feedback, alreadyReceived: false, reference: response.reference };
      } catch (error) {
        // The server keeps one feedback per session; a 409 means it already has ours.
        if (error instanceof ApiError && error.status === 409) return { feedback, alreadyReceived: true };
        throw error;
      }
    },
    sent: (sent) => this.afterSent(sent),
    failed: (error) => this.afterFailed(error),
  });

  constructor() {
    super();
    this.errors = {};
  }

  protected renderContent(): unknown {
    const { t } = this.i18n;
    return html`<div part="feedback" class="feedback">
      ${this.context.render({
        initial: () => html`<p part="loading">${t('common.loading')}</p>`,
        pending: () => html`<p part="loading">${t('common.loading')}</p>`,
        error: (error) => renderErrorState(t, error, () => void this.context.retry()),
        complete: ({ claim, outcome, journey }) => html`${renderOutcome({ t, locale: this.resolvedLocale, request: this.request }, claim, outcome)}
        ${outcome.feedbackGiven && !this.sending.busyOrDone ? nothing : this.renderSurvey(journey)}
        ${renderSupportChannels(t, mergeSupport(this.support ?? journey.support), this.resolvedLocale, { level: 2 })}`,
      })}
    </div>`;
  }

  private currentScale(journey: JourneyConfig): CsatScale {
    const scale = this.scale ?? journey.csat ?? DEFAULT_SCALE;
    const valid = Number.isInteger(scale.min) && Number.isInteger(scale.max) && scale.min >= 0 && scale.min <= 1 && scale.max > scale.min && scale.max <= 10;
    return valid ? scale : DEFAULT_SCALE;
  }

  private renderSurvey(journey: JourneyConfig): unknown {
    const { t } = this.i18n;
    const sent = this.sending.sent;
    if (sent) {
      return html`<section part="survey" class="survey">
        <h2 part="survey-done" tabindex="-1" data-survey-heading>${sent.alreadyReceived ? t('feedback.already') : t('feedback.done')}</h2>
      </section>`;
    }
    const scale = this.currentScale(journey);
    const low = scale.lowLabel ? pickText(scale.lowLabel, this.resolvedLocale) : t('feedback.scale.low');
    const high = scale.highLabel ? pickText(scale.highLabel, this.resolvedLocale) : t('feedback.scale.high');
    const points = Array.from({ length: scale.max - scale.min + 1 }, (_, index) => scale.min + index);
    const sending = this.sending.state === 'sending';
    return html`<section part="survey" class="survey" aria-labelledby="survey-title">
      <h2 id="survey-title" data-survey-heading tabindex="-1">${t('feedback.survey.title')}</h2>
      <form novalidate @submit=${this.onSubmit}>
        <fieldset aria-describedby=${this.errors.score ? 'score-error' : nothing}>
          <legend>${t('feedback.scale.legend', { min: scale.min, max: scale.max })}</legend>
          <div class="scale-area">
            <div part="scale" class="scale">
              ${points.map(
                (point) => html`<label class="scale-point">
                  <input
                    type="radio"
                    name="score"
                    .value=${String(point)}
                    .checked=${this.score === point}
                    aria-invalid=${this.errors.score ? 'true' : nothing}
                    @change=${() => {
                      this.score = point;
                      this.errors = { ...this.errors, score: undefined };
                    }}
                  />
                  <span>${point}${point === scale.min ? html`<span class="visually-hidden">, ${low}</span>` : nothing}${point === scale.max ? html`<span class="visually-hidden">, ${high}</span>` : nothing}</span>
                </label>`,
              )}
            </div>
            <div class="scale-ends" aria-hidden="true"><span>${low}</span><span>${high}</span></div>
          </div>
          ${this.errors.score ? html`<p class="field-error" id="score-error">${this.errors.score}</p>` : nothing}
        </fieldset>
        <div>
          <label class="label" for="comment">${t('feedback.comment.label')}<span class="hint">${t('feedback.comment.hint')}</span></label>
          <textarea id="comment" name="comment" maxlength="2000"></textarea>
        </div>
        <div>
          <label class="label" for="channel">${t('feedback.channel.label')}</label>
          <select id="channel" name="channel">
            <option value="">${t('feedback.channel.unset')}</option>
            ${FUTURE_CHANNELS.map((value) => html`<option value=${value}>${t(`feedback.channel.${value}`)}</option>`)}
          </select>
        </div>
        <div>
          <label class="label" for="window">${t('contact.window.label')}</label>
          <select id="window" name="window">
            ${TIME_WINDOWS.map((value) => html`<option value=${value}>${t(`contact.window.${value}`)}</option>`)}
          </select>
        </div>
        ${this.errors.submit ? html`<p class="field-error" role="alert">${this.errors.submit}</p>` : nothing}
        <div class="actions">
          <button part="submit-button" class="button" type="submit" ?disabled=${sending}>${sending ? t('feedback.sending') : t('feedback.submit')}</button>
        </div>
      </form>
    </section>`;
  }

  private readFeedback(): FeedbackRequest {
    const value = (name: string) => this.renderRoot.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(`[name="${name}"]`)?.value.trim() ?? '';
    const feedback: FeedbackRequest = { score: this.score as number };
    const comment = value('comment');
    if (comment) feedback.comment = comment;
    const channel = value('channel');
    if ((FUTURE_CHANNELS as readonly string[]).includes(channel)) feedback.contactChannel = channel as ContactChannel | 'none';
    const window = value('window');
    const time = channel !== 'none' && isTimeWindow(window) ? preferredTime(window as TimeWindow) : undefined;
    if (time) feedback.preferredTime = time;
    return feedback;
  }

  private readonly onSubmit = (event: Event): void => {
    event.preventDefault();
    if (this.sending.busyOrDone) return;
    const { t } = this.i18n;
    if (this.score === undefined) {
      this.errors = { score: t('feedback.scale.required') };
      this.announce(this.errors.score ?? '');
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('input[name="score"]')?.focus());
      return;
    }
    if (this.context.session) void this.sending.submit(this.readFeedback());
  };

  private readonly request = (to: 'options' | 'plan'): void => {
    this.dispatchEvent(new SettleOptionsRequestEvent({ claimId: this.context.session?.session.claimId ?? '', to }));
  };

  private afterFailed(error: unknown): void {
    const message = errorText(this.i18n.t, error);
    this.errors = { submit: message };
    this.announce(message);
  }

  private afterSent(sent: Sent): void {
    const { t } = this.i18n;
    this.errors = {};
    this.announce(sent.alreadyReceived ? t('feedback.already') : t('feedback.done'));
    this.dispatchEvent(new SettleFeedbackSubmitEvent({ feedback: sent.feedback, alreadyReceived: sent.alreadyReceived, ...(sent.reference ? { reference: sent.reference } : {}) }));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[data-survey-heading]')?.focus());
  }
}
