import { askedSteps, pickText, type JourneyConfig, type JourneyOption, type QuizAnswer, type QuizAnswers, type QuizOutcome, type QuizStep } from '@settle/protocol';
import { html, nothing } from 'lit';
import { quizCheck } from '../../api/checks/quiz.js';
import { AsyncController } from '../../core/async-controller.js';
import { errorText, renderErrorState } from '../../core/error-view.js';
import { loadElement } from '../../core/registry.js';
import { SessionController } from '../../core/session-controller.js';
import { SettleElement } from '../../core/settle-element.js';
import { takeFragmentToken } from '../../core/fragment-token.js';
import { SettleContactRequestEvent, type SettleContactRequestDetail } from '../../events/settle-contact-request.js';
import { SettleDisputeRequestEvent } from '../../events/settle-dispute-request.js';
import { SettleQuizCompleteEvent } from '../../events/settle-quiz-complete.js';
import { mergeSupport, renderSupportChannels } from '../../forms/support-channels.js';
import { factsFor, renderFact } from './facts.js';
import { illustration } from './illustrations/index.js';
import { loadJourney } from './journey.js';
import { quizStyles } from './quiz.styles.js';

/** Flags after which the quiz turns quiet: no facts, sparkles, cheering or motion (FCA FG21/1). */
const CARING_FLAGS = new Set(['hardship', 'vulnerability']);

/**
 * @summary The short, gamified quiz: 3-5 questions from the creditor's journey, a progress
 * bar, illustrations and the creditor's "did you know" facts, then the segment and the
 * recommended options from the server. An answer that shows hardship or vulnerability
 * ends the playful parts at once and offers a person straight away.
 *
 * @tagname settle-quiz
 *
 * @attr api - Base URL of the creditor's Settle endpoint.
 * @attr token - A link or session token.
 * @attr token-from - `fragment`: read the token from `#t=` and remove it from the address bar.
 * @attr locale - BCP 47 locale (`de`, `de-AT`, `en`); defaults to the page's `lang`, then the browser.
 * @attr tone - `empathetic` (default), `neutral`, `formal` or `easy`.
 *
 * @fires settle-quiz-complete - the server scored the answers: `{ segment, options, outcome }`
 * @fires settle-contact-request - the debtor asked to talk to a person
 * @fires settle-dispute-request - the debtor chose to dispute the claim
 * @fires settle-error - loading failed
 * @csspart quiz - the whole element
 * @csspart progress - the progress label and bar
 * @csspart illustration - the decorative drawing
 * @csspart step - the current question
 * @csspart heading - the question or result heading (focus moves here)
 * @csspart answer - an answer card
 * @csspart noted - the short thank-you line shown once an answer is chosen
 * @csspart fact - a "did you know" fact with its source
 * @csspart human-route - the offer to talk to a person
 * @csspart result - the segment and options
 * @csspart options - the ordered recommended options
 * @csspart next-button - the next question or "see my options"
 * @csspart back-button - the previous question
 * @cssprop --settle-quiz-progress-color - the progress bar's fill
 * @cssprop --settle-quiz-illustration-fill - main fill of the drawings
 * @cssprop --settle-quiz-illustration-accent - accent fill of the drawings
 */
export class SettleQuiz extends SettleElement {
  static override properties = {
    support: { attribute: false },
    optionButtons: { attribute: false },
  };

  static {
    // Internal state: reactive, but neither an attribute nor public API.
    for (const name of ['stepIndex', 'answers', 'playful', 'humanRoute', 'contactInline', 'stepError']) SettleQuiz.createProperty(name, { state: true });
  }

  static override styles = quizStyles;

  /** The creditor's channels; defaults to those of the journey configuration. */
  declare support: JourneyConfig['support'] | undefined;
  /** Whether the dispute and "talk to a person" options carry their own buttons (default true); `<settle-flow>` offers both itself. */
  declare optionButtons: boolean;
  declare private stepIndex: number;
  declare private answers: ReadonlyMap<string, string>;
  /** Once false it stays false for this journey: no nudges after hardship was shared. */
  declare private playful: boolean;
  declare private humanRoute: boolean;
  declare private contactInline: boolean;
  declare private stepError: string | undefined;

  protected readonly journey = new SessionController<JourneyConfig>(this, (session, signal) => loadJourney(session, signal));
  protected readonly scoring = new AsyncController<QuizOutcome>(this);

  constructor() {
    super();
    this.stepIndex = 0;
    this.answers = new Map();
    this.playful = true;
    this.humanRoute = false;
    this.optionButtons = true;
    this.contactInline = false;
  }

  protected renderContent(): unknown {
    const { t } = this.i18n;
    return html`<div part="quiz" class="quiz ${this.playful ? 'playful' : 'calm'}">
      ${this.journey.render({
        initial: () => html`<p part="loading">${t('common.loading')}</p>`,
        pending: () => html`<p part="loading">${t('common.loading')}</p>`,
        error: (error) => renderErrorState(t, error, () => void this.journey.retry()),
        complete: (journey) => (this.scoring.status === 'complete' && this.scoring.value ? this.renderResult(journey, this.scoring.value) : this.renderStep(journey)),
      })}
    </div>`;
  }

  private renderProgress(total: number): unknown {
    const { t } = this.i18n;
    const current = this.stepIndex + 1;
    // From the second half on, say how many questions are left (this one included): the
    // bar shows the same, so the cheer never claims more progress than it shows.
    const left = total - current + 1;
    const cheer = this.playful && (current - 1) * 2 >= total ? t('quiz.cheer', { count: left }) : '';
    return html`<div part="progress" class="progress">
      <label id="progress-label" for="progress-bar">${t('quiz.progress', { current, total })}</label>
      <progress id="progress-bar" max=${total} .value=${current}></progress>
      ${cheer ? html`<p class="cheer">${cheer}</p>` : nothing}
    </div>`;
  }

  private renderStep(journey: JourneyConfig): unknown {
    const { t } = this.i18n;
    // Only what the answers so far leave open is asked; the count and bar follow them.
    const steps = askedSteps(journey.quiz, this.answers);
    const step = steps[Math.min(this.stepIndex, steps.length - 1)] as QuizStep;
    const locale = this.resolvedLocale;
    const chosen = this.answers.get(step.id);
    const last = this.stepIndex === steps.length - 1;
    const sending = this.scoring.status === 'pending';
    const facts = this.playful ? factsFor(journey.facts) : [];
    const fact = facts.length ? facts[this.stepIndex % facts.length] : undefined;
    const errorId = this.stepError ? 'step-error' : undefined;
    const hintId = step.hint ? 'step-hint' : undefined;
    return html`${this.renderProgress(steps.length)}
      <form part="step" class="step" data-step=${step.id} @submit=${this.onNext} @keydown=${this.onKeydown}>
        <div class="step-head">
          <div part="illustration" class="illustration">${illustration(step.illustration, this.playful)}</div>
          <div>
            <h2 id="question" part="heading" tabindex="-1" data-focus-target>${pickText(step.question, locale)}</h2>
            ${step.hint ? html`<p id="step-hint" class="hint">${pickText(step.hint, locale)}</p>` : nothing}
            ${step.optional ? html`<p class="hint">${t('quiz.optional')}</p>` : nothing}
          </div>
        </div>
        <fieldset aria-labelledby="question" aria-describedby=${[hintId, errorId].filter(Boolean).join(' ') || nothing}>
          <div class="answers">
            ${step.answers.map(
              (answer) => html`<label part="answer" class="answer">
                <input
                  type="radio"
                  name=${`answer-${step.id}`}
                  .value=${answer.id}
                  .checked=${chosen === answer.id}
                  aria-invalid=${this.stepError ? 'true' : nothing}
                  @change=${() => this.choose(step, answer)}
                />
                <span>${pickText(answer.label, locale)}</span>
              </label>`,
            )}
          </div>
          <p part="noted" class="noted">${t('quiz.noted')}</p>
          ${this.stepError ? html`<p id="step-error" class="field-error">${this.stepError}</p>` : nothing}
        </fieldset>
        ${this.scoring.status === 'error' ? html`<p class="field-error" role="alert">${errorText(t, this.scoring.error)}</p>` : nothing}
        <div class="actions">
          ${this.stepIndex > 0 ? html`<button part="back-button" class="button secondary" type="button" @click=${this.onBack}>${t('quiz.back')}</button>` : nothing}
          <button part="next-button" class="button" type="submit" ?disabled=${sending}>
            ${sending ? t('quiz.scoring') : last ? t('quiz.finish') : step.optional && !chosen ? t('quiz.skip') : t('quiz.next')}
          </button>
        </div>
      </form>
      ${this.humanRoute ? this.renderHumanRoute(journey) : nothing}
      ${fact ? renderFact(t, fact, locale) : nothing}`;
  }

  /** Records an answer; hardship or vulnerability switch the playful parts off at once. */
  private choose(step: QuizStep, answer: QuizAnswer): void {
    const answers = new Map(this.answers);
    answers.set(step.id, answer.id);
    this.answers = answers;
    this.stepError = undefined;
    const flags = answer.flags ?? [];
    if (flags.length === 0) return;
    const caring = flags.some((flag) => CARING_FLAGS.has(flag));
    if (caring) this.playful = false;
    if (!this.humanRoute) {
      this.humanRoute = true;
      this.announce(this.i18n.t('quiz.human.announce'));
    }
  }

  /** Enter on an answer goes on, like the Next button; arrows and Space are the radios' own. */
  private readonly onKeydown = (event: KeyboardEvent): void => {
    const target = event.target as HTMLElement;
    if (event.key === 'Enter' && target instanceof HTMLInputElement && target.type === 'radio') {
      event.preventDefault();
      (event.currentTarget as HTMLFormElement).requestSubmit();
    }
  };

  private readonly onNext = (event: Event): void => {
    event.preventDefault();
    const journey = this.journey.value;
    if (!journey || this.scoring.status === 'pending') return;
    const steps = askedSteps(journey.quiz, this.answers);
    const step = steps[this.stepIndex] as QuizStep;
    if (!step.optional && !this.answers.has(step.id)) {
      this.stepError = this.i18n.t('quiz.required');
      this.announce(this.stepError);
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('input[type="radio"]')?.focus());
      return;
    }
    if (this.stepIndex < steps.length - 1) this.goTo(this.stepIndex + 1, steps);
    else void this.submit(journey);
  };

  private readonly onBack = (): void => {
    const journey = this.journey.value;
    if (!journey || this.stepIndex === 0) return;
    this.goTo(this.stepIndex - 1, askedSteps(journey.quiz, this.answers));
  };

  private goTo(index: number, steps: readonly QuizStep[]): void {
    this.stepIndex = index;
    this.stepError = undefined;
    const step = steps[index] as QuizStep;
    this.announce(`${this.i18n.t('quiz.progress', { current: index + 1, total: steps.length })}: ${pickText(step.question, this.resolvedLocale)}`);
    void this.updateComplete.then(() => this.focusHeading());
  }

  /** Moves focus to the current heading: the question, or the result. */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('[data-focus-target]')?.focus();
  }

  private async submit(journey: JourneyConfig): Promise<void> {
    const session = this.journey.session;
    if (!session) return;
    // Answers to questions a later change left out are not sent: they were not asked.
    const answers: QuizAnswers = askedSteps(journey.quiz, this.answers).flatMap((step) => {
      const answer = this.answers.get(step.id);
      return answer ? [{ step: step.id, answer }] : [];
    });
    await this.scoring.run(async (signal) => {
      const { outcome } = await session.client.call('quiz', { answers }, { check: quizCheck, signal });
      return outcome;
    });
    const { t } = this.i18n;
    if (this.scoring.status === 'error') {
      this.announce(errorText(t, this.scoring.error));
      return;
    }
    const outcome = this.scoring.value;
    if (!outcome) return;
    // The server's word on playfulness counts too; it can only turn the game off.
    if (!outcome.playful) this.playful = false;
    if (outcome.humanFirst) this.humanRoute = true;
    this.announce(t('quiz.result.announce'));
    this.dispatchEvent(new SettleQuizCompleteEvent({ segment: outcome.segment, options: outcome.recommended, outcome }));
    await this.updateComplete;
    this.focusHeading();
  }

  private readonly onChangeAnswers = (): void => {
    const journey = this.journey.value;
    if (!journey) return;
    this.scoring.abort();
    this.scoring.status = 'initial';
    this.scoring.value = undefined;
    this.requestUpdate();
    const steps = askedSteps(journey.quiz, this.answers);
    this.goTo(steps.length - 1, steps);
  };

  /** Asks the page (or `<settle-flow>`) for the contact form; shows one inline if nobody answers. */
  private requestContact(topic: SettleContactRequestDetail['topic']): void {
    const claimId = this.journey.session?.session.claimId ?? '';
    const event = new SettleContactRequestEvent({ claimId, topic });
    this.dispatchEvent(event);
    if (event.defaultPrevented) return;
    loadElement('settle-contact')
      .then(() => {
        this.contactInline = true;
      })
      .catch(() => {
        // Without the contact form, the support channels shown beside the button remain.
      });
  }

  private requestDispute(): void {
    const claimId = this.journey.session?.session.claimId ?? '';
    this.dispatchEvent(new SettleDisputeRequestEvent({ claimId }));
  }

  private renderHumanRoute(journey: JourneyConfig): unknown {
    const { t } = this.i18n;
    const support = mergeSupport(this.support ?? journey.support);
    const token = this.tokenFrom === 'fragment' ? (this.token ?? takeFragmentToken()) : this.token;
    return html`<section part="human-route" class="human" aria-labelledby="human-title">
      <h2 id="human-title" class="human-title">${t('quiz.human.title')}</h2>
      <p>${t('quiz.human.text')}</p>
      ${
        this.contactInline
          ? html`<settle-contact .api=${this.api} .token=${token} .locale=${this.locale} .tone=${this.tone} topic="hardship" .support=${this.support}></settle-contact>`
          : html`<div class="actions">
            <button part="contact-button" class="button" type="button" @click=${() => this.requestContact(this.playful ? 'question' : 'hardship')}>
              ${t('quiz.human.button')}
            </button>
          </div>`
      }
      ${renderSupportChannels(t, support, this.resolvedLocale, { debtAdvice: !this.playful })}
    </section>`;
  }

  private renderOption(option: JourneyOption, index: number): unknown {
    const { t } = this.i18n;
    // The dispute keeps its one label, the same as on every other screen.
    const label = t(option === 'dispute' ? 'common.dispute' : `quiz.option.${option}.label`);
    const action = !this.optionButtons
      ? nothing
      : option === 'talk_to_person'
        ? html`<button class="button secondary" type="button" @click=${() => this.requestContact(this.playful ? 'question' : 'hardship')}>${t('quiz.human.button')}</button>`
        : option === 'dispute'
          ? html`<button class="button secondary" type="button" @click=${() => this.requestDispute()}>${label}</button>`
          : nothing;
    return html`<li class="option" data-option=${option}>
      <p class="option-label">${label}${index === 0 ? html` <span class="badge">${t('quiz.result.recommended')}</span>` : nothing}</p>
      <p class="hint">${t(`quiz.option.${option}.text`)}</p>
      ${action}
    </li>`;
  }

  private renderResult(journey: JourneyConfig, outcome: QuizOutcome): unknown {
    const { t } = this.i18n;
    const locale = this.resolvedLocale;
    const facts = this.playful ? factsFor(journey.facts, outcome.segment) : [];
    return html`<section part="result" class="result" data-segment=${outcome.segment}>
      <div class="step-head">
        <div part="illustration" class="illustration">${illustration('signpost', this.playful)}</div>
        <div>
          <h2 part="heading" tabindex="-1" data-focus-target>${this.playful ? t('quiz.result.title') : t('quiz.result.titleCalm')}</h2>
          <p part="segment">${t(`quiz.segment.${outcome.segment}`)}</p>
        </div>
      </div>
      ${this.humanRoute ? this.renderHumanRoute(journey) : nothing}
      <h3>${t('quiz.result.options')}</h3>
      <ol part="options" class="options">
        ${outcome.recommended.map((option, index) => this.renderOption(option, index))}
      </ol>
      ${facts[0] ? renderFact(t, facts[0], locale) : nothing}
      <div class="actions">
        <button part="back-button" class="button secondary" type="button" @click=${this.onChangeAnswers}>${t('quiz.result.change')}</button>
      </div>
    </section>`;
  }
}
