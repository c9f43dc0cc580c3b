import type { Money, PaymentProviderName } from '@settle/protocol';
import type { ClaimAnswer } from '../../api/checks/session.js';
import { html, type PropertyValues, type ReactiveElement } from 'lit';
import { ApiError } from '../../api/api-error.js';
import { report } from '../../api/reactions.js';
import { takeFragmentToken } from '../../core/fragment-token.js';
import { loadElement } from '../../core/registry.js';
import { handOnClaim, openSession, readClaimAnswer, shareSession, type Session } from '../../core/sessions.js';
import { SettleElement } from '../../core/settle-element.js';
import { applyPresentation } from '../../theme/presentation.js';
import { SettleErrorEvent } from '../../events/settle-error.js';
import type { SettleCheckoutRequestEvent } from '../../events/settle-checkout-request.js';
import type { SettleContactRequestEvent } from '../../events/settle-contact-request.js';
import type { SettleOptionsRequestEvent } from '../../events/settle-options-request.js';
import type { SettlePaymentErrorEvent } from '../../events/settle-payment-error.js';
import type { SettlePlanAcceptEvent } from '../../events/settle-plan-accept.js';
import type { SettleQuizCompleteEvent } from '../../events/settle-quiz-complete.js';
import { SettleStepChangeEvent, type SettleStepChangeDetail } from '../../events/settle-step-change.js';
import { formatMoney } from '../../i18n/format.js';
import type { Tone } from '../../i18n/tones.js';
import { ExpiryController } from './expiry.js';
import { styles } from './flow.styles.js';
import { placeForClaim } from './place-for-claim.js';
import { clearResume, loadResume, saveResume } from './resume-store.js';
import { readPlace, type FlowPlace, type FlowStep } from './steps.js';
import { renderFlow, type FlowView } from './flow.view.js';

/** The element each step shows; loaded lazily (they live in this shadow root, out of autoload's sight). */
const STEP_ELEMENT: Record<FlowStep, string> = {
  identity: 'settle-identity',
  summary: 'settle-claim-summary',
  quiz: 'settle-quiz',
  options: 'settle-plan-picker',
  checkout: 'settle-checkout',
  confirmation: 'settle-plan-picker',
  feedback: 'settle-feedback',
  dispute: 'settle-dispute',
  contact: 'settle-contact',
  manage: 'settle-plan-manager',
};

const TOKEN_CODES = new Set(['token_missing', 'token_invalid', 'token_expired', 'token_wrong_claim']);

const FOCUS_TARGETS = '[data-focus-target], #step-heading, #plan-heading, [part~="heading"], [part~="title"], h2, h1';

/**
 * The whole journey from an emailed link to the thank-you: the identity check when the
 * creditor asks for one, the claim, the quiz, the options and their agreement, checkout,
 * and feedback, with the dispute form and "talk to a person" reachable from every step.
 * Exchanges the link once and shares that session with every step; removes the token from
 * the address bar; the browser's back and forward move between steps; a reload resumes
 * (from sessionStorage, without the link); the session's end is announced in time and
 * can be extended. The host reflects what it shows as `state="loading|ready|error|expired"`,
 * set once that screen has rendered, so pages can style it and tests can wait for it.
 *
 * @summary The complete self-service journey in one element.
 * @tagname settle-flow
 *
 * @attr api - Base URL of the creditor's Settle endpoint.
 * @attr token - A link or session token (for portals); emailed links use `token-from`.
 * @attr token-from - `fragment`: read the token from `#t=` and remove it from the address bar.
 * @attr locale - BCP 47 locale (`de`, `de-AT`, `en`); defaults to the page's `lang`, then the browser.
 * @attr tone - `empathetic`, `neutral`, `formal` or `easy`; without it, the tone the server chose for the link's phase (default `empathetic`).
 * @attr color-scheme - `light`, `dark` or `auto` (the system's); defaults to the host page's `color-scheme`.
 * @attr expiry-warning - Seconds before the session ends to warn and offer more time (default 120).
 * @attr csp-nonce - The page's CSP nonce, handed on to the checkout for PayPal's injected styles.
 *
 * @fires {SettlePresentationEvent} settle-presentation - The session brought the claim's brand. `detail: Presentation`.
 * @fires {SettleStepChangeEvent} settle-step-change - Another step is shown. `detail: { claimId, step, previous?, cause }`.
 * @fires {SettleErrorEvent} settle-error - The link could not be opened. `detail: { code, message, retryable }`.
 * Every step's own events (`settle-quiz-complete`, `settle-plan-accept`, `settle-payment-success`, ...) bubble out too.
 *
 * @slot checkout - Filled by the element: `<settle-checkout>` lives in light DOM, since payment providers cannot mount inside a shadow root.
 * @slot express - Filled by the element: Stripe's Apple Pay / Google Pay on the first screen, in light DOM for the same reason.
 *
 * @csspart base - The whole flow.
 * @csspart step - The current step's area.
 * @csspart next-button - Moves on from a step that has no action of its own.
 * @csspart back-button - Returns from the dispute or contact form.
 * @csspart help - The dispute, "talk to a person" and easy-language buttons under each step (before the identity check: where the creditor's contact details are).
 * @csspart dispute-button - Opens the dispute form.
 * @csspart contact-button - Opens the contact request.
 * @csspart tone-button - Switches to easy language (Leichte Sprache, plain English) and back; `aria-pressed` says which.
 * @csspart expiry-dialog - The dialog warning that the session ends soon; `extend-button` inside.
 * @csspart message - The loading, expired or error message (each also has its own part below).
 * @csspart loading - The message while the link opens.
 * @csspart error - The message when the link cannot be opened (a retry button inside when retrying can help).
 * @csspart expired - The message when the session or link has ended.
 * @csspart live-region - The visually hidden live region that announces step changes.
 * @csspart express - The box held on the first screen for the fastest wallet (`data-wallet` names it once it shows).
 *
 * @cssprop --settle-flow-max-width - Widest the flow grows (default 52rem).
 * @cssprop --settle-flow-gap - Space between a step and the buttons under it (default 1.5rem).
 */
export class SettleFlow extends SettleElement {
  static override properties = {
    expiryWarning: { type: Number, attribute: 'expiry-warning' },
    cspNonce: { type: String, attribute: 'csp-nonce' },
    place: { state: true },
    phase: { state: true },
    quizDone: { state: true },
    agreed: { state: true },
    submitted: { state: true },
    summaryShown: { state: true },
    summaryComplete: { state: true },
    wallet: { state: true },
  };

  static override styles = styles;

  /** Seconds before the session ends to warn (WCAG 2.2.1); at least 20. */
  declare expiryWarning: number;
  /** The page's CSP nonce, passed on to the checkout (PayPal's SDK needs it for its styles). */
  declare cspNonce: string | undefined;
  declare private place: FlowPlace;
  declare private phase: 'loading' | 'ready' | 'error' | 'expired';
  /** The quiz on screen has a result (its "continue" shows). */
  declare private quizDone: boolean;
  /** A plan was agreed on the options step with nothing due today. */
  declare private agreed: boolean;
  /** The dispute or contact form on screen was sent. */
  declare private submitted: boolean;
  /**
   * The claim summary has shown the claim. Until then the way on stays hidden, so the
   * claim growing into place pushes nothing down (no layout shift on the first screen).
   */
  declare private summaryShown: boolean;
  /** The summary rendered its sections below the decision too (see onStepReady). */
  declare private summaryComplete: boolean;
  /** The fastest wallet the creditor offers, once known (asked after the claim is painted). */
  declare private wallet: PaymentProviderName | undefined;

  private session: Session | undefined;
  /** What is still open, as the server said when the flow placed the debtor: the first screen's pay button. */
  private openTotal: Money | undefined;
  /** The claim's creditor, for the wallet sheet's line. */
  private payee = '';
  private walletAsked = false;
  /** The token the steps are given; `openSession` answers it with the shared session. */
  private childToken: string | undefined;
  private apiBase = '';
  private error: unknown;
  private paid = false;
  private focusRun = 0;
  private started = false;
  /** The session comes from storage (a reload), not from a link. */
  private resuming = false;
  private retryable = true;
  /** The expiry the debtor closed the warning for; it opens again for a later one. */
  private dismissedFor: number | undefined;
  /** The tone the creditor set, kept while the debtor reads in easy language. */
  private creditorTone: Tone | undefined;
  private readonly expiry = new ExpiryController(
    this,
    () => Math.max(20, this.expiryWarning) * 1000,
    () => this.persist(),
    () => {
      if (this.phase === 'ready') this.fail(new ApiError('token_expired', 'The session ended.'));
    },
  );

  constructor() {
    super();
    this.expiryWarning = 120;
    this.place = { step: 'summary' };
    this.phase = 'loading';
    this.quizDone = false;
    this.agreed = false;
    this.submitted = false;
    this.summaryShown = false;
    this.summaryComplete = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
    this.addEventListener('settle-dispute-request', this.onDisputeRequest);
    this.addEventListener('settle-contact-request', this.onContactRequest);
    this.addEventListener('settle-options-request', this.onOptionsRequest);
    this.addEventListener('settle-identity-verified', this.onIdentityVerified);
    this.addEventListener('settle-quiz-complete', this.onQuizComplete);
    this.addEventListener('settle-plan-accept', this.onPlanAccept);
    this.addEventListener('settle-checkout-request', this.onCheckoutRequest);
    this.addEventListener('settle-payment-success', this.onPaymentSuccess);
    this.addEventListener('settle-payment-error', this.onPaymentError);
    this.addEventListener('settle-dispute-submit', this.onFormSent);
    this.addEventListener('settle-contact-submit', this.onFormSent);
    this.addEventListener('settle-ready', this.onStepReady);
    if (!this.started) {
      this.started = true;
      void this.start();
    }
  }

  override disconnectedCallback(): void {
    window.removeEventListener('popstate', this.onPopState);
    super.disconnectedCallback();
  }

  /** Opens the session once: from the link (first visit) or from the tab's storage (reload). */
  private async start(): Promise<void> {
    this.phase = 'loading';
    try {
      if (!this.api) throw new ApiError('bad_request', 'Set the api attribute to the Settle endpoint.');
      this.apiBase = this.api;
      const link = this.token ?? (this.tokenFrom === 'fragment' ? takeFragmentToken() : undefined);
      const resume = loadResume(this.apiBase);
      let session: Session;
      let saved: FlowPlace | undefined;
      if (link) {
        session = await openSession(this.apiBase, link);
        if (resume?.claimId === session.session.claimId) saved = resume.place;
      } else if (resume) {
        this.resuming = true;
        session = await openSession(this.apiBase, resume.sessionToken);
        saved = resume.place;
      } else {
        throw new ApiError('token_missing', 'Open the link from your email or letter again.');
      }
      this.adopt(session);
      const place = session.session.identityRequired ? { step: 'identity' as const } : this.placeFor(session, await readClaimAnswer(session), saved);
      this.show(place, 'resume');
      this.phase = 'ready';
    } catch (error) {
      this.fail(error);
    }
  }

  /** Where the claim's outcome lands the debtor. The summary then shows this very read instead of asking again. */
  private placeFor(session: Session, answer: ClaimAnswer, saved: FlowPlace | undefined): FlowPlace {
    const place = placeForClaim(answer, saved);
    this.openTotal = answer.outcome?.openTotal ?? answer.claim.total;
    this.payee = answer.claim.creditor.name;
    if (place.step === 'summary') handOnClaim(session, answer);
    return place;
  }

  private adopt(session: Session): void {
    // The creditor's tone for this link (e.g. formal for a final notice), unless the page set one.
    const tone = session.session.tone;
    if (tone && !this.hasAttribute('tone') && this.creditorTone === undefined) this.tone = tone;
    this.session = session;
    applyPresentation(this, session.session.presentation);
    this.childToken = session.session.sessionToken;
    shareSession(this.apiBase, this.childToken, session);
    this.expiry.watch(session);
  }

  /**
   * A session that ended (timed out, or expired in storage before a reload) asks for the
   * link again; a link that is expired or tampered with says so, without a pointless retry.
   */
  private fail(error: unknown): void {
    this.error = error;
    const apiError = error instanceof ApiError ? error : undefined;
    const tokenProblem = apiError !== undefined && TOKEN_CODES.has(apiError.code);
    const ended = tokenProblem && (this.session !== undefined || this.resuming);
    if (tokenProblem) clearResume(this.apiBase);
    this.retryable = !tokenProblem && (apiError?.retryable ?? true);
    this.phase = ended ? 'expired' : 'error';
    this.announce(this.i18n.t(ended ? 'flow.expired.title' : 'flow.error.title'));
    this.dispatchEvent(new SettleErrorEvent({ code: apiError?.code ?? 'unknown', message: error instanceof Error ? error.message : String(error), retryable: this.retryable }));
  }

  /** Shows `place`; `action` adds a history entry, `history` and `resume` replace the current one. */
  private show(place: FlowPlace, cause: SettleStepChangeDetail['cause']): void {
    const previous = this.phase === 'ready' ? this.place.step : undefined;
    this.place = place;
    this.quizDone = false;
    this.agreed = false;
    this.submitted = false;
    const state = { ...(history.state as object | null), settleFlow: place };
    if (cause === 'action') history.pushState(state, '');
    else if (cause === 'resume') history.replaceState(state, '');
    this.persist();
    const client = this.session?.client;
    // Going to the dispute or contact form is a choice like an offer; coming back to it by history is not a new one.
    if (cause === 'action' && (place.step === 'dispute' || place.step === 'contact')) void report(client, { type: 'option.chosen', option: place.step === 'dispute' ? 'dispute' : 'talk_to_person' });
    void report(client, { type: 'step.viewed', step: place.step });
    void loadElement(STEP_ELEMENT[place.step]).catch((error: unknown) => this.fail(error));
    this.dispatchEvent(new SettleStepChangeEvent({ claimId: this.session?.session.claimId ?? '', step: place.step, ...(previous ? { previous } : {}), cause }));
    if (cause !== 'resume') {
      this.announce(this.i18n.t('flow.announce', { step: this.i18n.t(`flow.step.${place.step}`) }));
      void this.focusStep();
    }
  }

  /** Moves on from an action in a step. */
  go(place: FlowPlace): void {
    if (this.phase !== 'ready') return;
    this.show(place, 'action');
  }

  private persist(): void {
    const current = this.session?.client.session;
    if (!current || this.phase === 'expired') return;
    saveResume(this.apiBase, { claimId: current.claimId, sessionToken: current.sessionToken, place: this.place });
  }

  /** Focus goes to the new step's heading once the step's element has rendered it. */
  private async focusStep(): Promise<void> {
    const run = ++this.focusRun;
    const tag = STEP_ELEMENT[this.place.step];
    for (let waited = 0; waited < 10_000 && run === this.focusRun; waited += 100) {
      await this.updateComplete;
      const child = tag === 'settle-checkout' ? this.querySelector(tag) : this.renderRoot.querySelector(tag);
      const heading = child?.shadowRoot?.querySelector<HTMLElement>(FOCUS_TARGETS);
      if (heading) {
        if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
        heading.focus();
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  private readonly onPopState = (event: PopStateEvent): void => {
    const place = readPlace((event.state as { settleFlow?: unknown } | null)?.settleFlow);
    if (!place || this.phase !== 'ready') return;
    // Steps that are done stay done: no identity check twice, no second payment.
    if (place.step === 'identity' && !this.session?.session.identityRequired) this.show({ step: 'summary' }, 'history');
    else if (place.step === 'checkout' && this.paid) this.show({ step: 'feedback' }, 'history');
    else this.show(place, 'history');
  };

  private readonly onDisputeRequest = (event: Event): void => {
    if (this.phase !== 'ready' || this.place.step === 'identity') return;
    event.preventDefault();
    if (this.place.step !== 'dispute') this.go({ step: 'dispute' });
  };

  private readonly onContactRequest = (event: SettleContactRequestEvent): void => {
    if (this.phase !== 'ready' || this.place.step === 'identity') return;
    event.preventDefault();
    // A page may ask with a plain event and no detail.
    const topic = event.detail?.topic ?? 'question';
    if (this.place.step !== 'contact') this.go({ step: 'contact', topic });
  };

  private readonly onOptionsRequest = (event: SettleOptionsRequestEvent): void => {
    if (this.phase !== 'ready') return;
    event.preventDefault();
    this.go({ step: event.detail.to === 'plan' ? 'manage' : 'options' });
  };

  private readonly onIdentityVerified = (): void => {
    const session = this.session;
    const current = session?.client.session;
    if (!session || !current) return;
    const verified = { client: session.client, session: current };
    this.adopt(verified);
    void readClaimAnswer(verified).then(
      (answer) => this.go(this.placeFor(verified, answer, undefined)),
      (error: unknown) => this.fail(error),
    );
  };

  private readonly onStepReady = (event: Event): void => {
    const summary = event.composedPath()[0] as ReactiveElement | undefined;
    if (summary?.localName !== 'settle-claim-summary') return;
    this.summaryShown = true;
    this.askWallet();
    // The help under the summary waits for the summary's last sections (a frame later), which would push it down.
    void summary.updateComplete.then(() => {
      this.summaryComplete = true;
    });
  };

  /** The express button's wallet: asked once, after the claim is painted, so it never delays the first screen. */
  private askWallet(): void {
    const client = this.session?.client;
    if (this.walletAsked || !client) return;
    this.walletAsked = true;
    import('./express.js')
      .then((express) =>
        express.fastestWallet({
          client,
          host: this,
          amount: this.openTotal,
          payee: this.payee,
          locale: this.resolvedLocale,
          // Paid in the wallet: the checkout asks the server how it ended and says so.
          paid: (paymentId: string) => this.go({ step: 'checkout', checkout: { option: 'full', provider: 'stripe', paymentId } }),
        }),
      )
      .then(
        (wallet) => (this.wallet = wallet),
        // Without it the pay button still leads to every way to pay.
        () => undefined,
      );
  }

  private readonly onQuizComplete = (event: SettleQuizCompleteEvent): void => {
    this.quizDone = true;
    this.place = { ...this.place, recommended: event.detail.options ?? [] };
    this.persist();
  };

  private readonly onPlanAccept = (event: SettlePlanAcceptEvent): void => {
    if (!event.detail.payNow) this.agreed = true;
  };

  private readonly onCheckoutRequest = (event: SettleCheckoutRequestEvent): void => {
    event.preventDefault();
    const { detail } = event;
    this.go({ step: 'checkout', checkout: { option: detail.option, ...(detail.partialAmount ? { partialAmount: detail.partialAmount } : {}) } });
  };

  /** The outcome screen reads the claim again, so it shows what the server recorded, not what this page assumes. */
  private readonly onPaymentSuccess = (): void => {
    this.paid = true;
    this.go({ step: 'feedback' });
  };

  /** Paid already (another tab, or this payment came back as a refund): the outcome screen says what the server recorded. */
  private readonly onPaymentError = (event: SettlePaymentErrorEvent): void => {
    if (event.detail.code === 'already_paid') this.onPaymentSuccess();
  };

  private readonly onFormSent = (): void => {
    this.submitted = true;
  };

  private readonly extend = async (): Promise<void> => {
    try {
      await this.expiry.extend();
      this.announce(this.i18n.t('flow.expiry.extended'));
    } catch (error) {
      this.fail(error);
    }
  };

  private readonly retry = (): void => {
    void this.start();
  };

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.i18n.ready) this.setAttribute('state', this.phase);
    this.syncCheckout();
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog');
    const warn = this.phase === 'ready' && (this.expiry.state === 'warning' || this.expiry.state === 'ending');
    const expiresAt = this.session?.client.session?.expiresAt;
    if (dialog && warn && !dialog.open && this.dismissedFor !== expiresAt) dialog.showModal();
    if (dialog && !warn && dialog.open) dialog.close();
  }

  /** `<settle-checkout>` lives in light DOM (slot "checkout"): payment providers cannot mount in a shadow root. */
  private syncCheckout(): void {
    const existing = this.querySelector<HTMLElement>(':scope > settle-checkout');
    const wanted = this.phase === 'ready' && this.place.step === 'checkout' && this.place.checkout;
    if (!wanted) {
      existing?.remove();
      return;
    }
    const checkout: HTMLElement = existing ?? document.createElement('settle-checkout');
    checkout.slot = 'checkout';
    Object.assign(checkout, {
      api: this.apiBase,
      token: this.childToken,
      locale: this.locale,
      tone: this.tone,
      option: wanted.option,
      partialAmount: wanted.partialAmount,
      provider: wanted.provider,
      paymentId: wanted.paymentId,
      cspNonce: this.cspNonce,
    });
    if (!existing) this.append(checkout);
  }

  protected renderContent(): unknown {
    const view: FlowView = {
      t: this.i18n.t,
      phase: this.phase,
      place: this.place,
      error: this.error,
      retryable: this.retryable,
      api: this.apiBase,
      token: this.childToken,
      locale: this.locale,
      tone: this.tone,
      identityFields: this.session?.session.identityFields ?? [],
      session: this.session,
      quizDone: this.quizDone,
      agreed: this.agreed,
      submitted: this.submitted,
      summaryShown: this.summaryShown,
      summaryComplete: this.summaryComplete,
      formattedOpen: this.openTotal && this.openTotal.amount > 0 ? formatMoney(this.openTotal, this.resolvedLocale) : undefined,
      wallet: this.wallet,
      expiry: { state: this.expiry.state, remainingMs: this.expiry.remainingMs },
      go: (place) => this.go(place),
      toggleEasy: () => {
        const creditorTone = this.creditorTone ?? this.tone;
        this.creditorTone = creditorTone;
        this.tone = this.tone === 'easy' ? (creditorTone === 'easy' ? 'empathetic' : creditorTone) : 'easy';
      },
      back: () => history.back(),
      extend: this.extend,
      retry: this.retry,
      dismiss: () => {
        if (this.expiry.state !== 'active') this.dismissedFor = this.session?.client.session?.expiresAt;
      },
    };
    return html`${renderFlow(view)}`;
  }
}
