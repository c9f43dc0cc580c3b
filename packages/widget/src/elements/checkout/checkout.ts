import type { CheckoutConfig, Payment, PaymentFailureReason, PaymentOption, PaymentProviderName } from '@settle/protocol';
import { nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ApiError, isAbort } from '../../api/api-error.js';
import { SessionController } from '../../core/session-controller.js';
import { SettleElement } from '../../core/settle-element.js';
import { SettlePaymentErrorEvent, type SettlePaymentErrorDetail } from '../../events/settle-payment-error.js';
import { SettlePaymentSuccessEvent } from '../../events/settle-payment-success.js';
import type { AdapterLoader, AdapterOutcome, MountedAdapter } from '../../payments/adapter.js';
import { DEFAULT_LOADERS } from '../../payments/loaders.js';
import { withTimeout } from '../../payments/with-timeout.js';
import { confirmUntilSettled, createPayment, loadCheckoutConfig } from './checkout-api.js';
import { styles } from './checkout.styles.js';
import { FOCUS_PHASES, phaseAnnouncement, renderCheckout, type CheckoutPhase, type CheckoutView } from './checkout.view.js';
import { returnUrlFor, takeReturnedPayment } from './return-url.js';

/**
 * Pays what the server computed for the chosen option (full, instalment, down payment,
 * partial) with the providers the creditor enabled: Stripe (cards, SEPA, Apple Pay,
 * Google Pay), PayPal, or the offline sandbox. Provider code loads only here, each in its
 * own chunk and within a time limit; when a provider cannot load, another provider or the
 * creditor's bank details are offered. Success is shown only after the server confirmed
 * the payment with the provider.
 *
 * Provider UIs mount in a light-DOM child this element creates (`slot="provider"`), because
 * Stripe Elements cannot mount inside a shadow root; card data stays in the providers' frames.
 *
 * The host reflects its phase as `state` (`loading`, `consent`, `preparing`, `ready`,
 * `paying`, `processing`, `processing_long`, `requires_action`, `succeeded`, `already_paid`,
 * `declined`, `unavailable`, `error`), set once that phase has rendered, so pages can style
 * it and tests can wait for it (the `status` part is shared by several of them).
 *
 * @summary Wallet checkout for the amount the server computed.
 * @tagname settle-checkout
 *
 * @attr api - Base URL of the creditor's Settle endpoint.
 * @attr token - A link or session token.
 * @attr token-from - `fragment`: read the token from `#t=` and remove it from the address bar.
 * @attr locale - BCP 47 locale (`de`, `en`, ...).
 * @attr tone - `empathetic` (default), `neutral`, `formal` or `easy`.
 * @attr option - What to pay: `full` (default), `instalment`, `down_payment` or `partial`.
 * @attr partial-amount - For `partial`: the debtor's chosen amount in minor units (checked by the server).
 * @attr provider - Preferred provider (`stripe`, `paypal`, `sandbox`); default: the creditor's first.
 * @attr return-url - Where redirect-based methods return (http or https); default: this page.
 * @attr load-timeout - Milliseconds a provider may take to load before the fallback shows (default 10000).
 * @attr csp-nonce - The page's CSP nonce, handed to PayPal's SDK (`data-csp-nonce`) for the styles it injects.
 *
 * @slot provider - Created by the element: the light-DOM node provider frames mount in.
 *
 * @fires settle-payment-success - The server confirmed the payment. `detail: { claimId, paymentId, provider, option, amount, autopay }`.
 * @fires settle-payment-error - An attempt failed. `detail: { code, reason?, provider?, paymentId?, retryable }`.
 * @fires settle-error - The checkout could not load. `detail: { code, message, retryable }`.
 *
 * @csspart base - The checkout.
 * @csspart title - The heading with the amount.
 * @csspart provider - The area around the provider's UI.
 * @csspart pay-button - Settle's pay button (for Stripe's Payment Element).
 * @csspart providers - The "other ways to pay" buttons.
 * @csspart consent - The autopay consent for instalments.
 * @csspart status - The processing, declined, unavailable, succeeded or already-paid message.
 * @csspart bank-transfer - The creditor's bank details.
 * @csspart retry-button - Tries the same provider again.
 * @csspart live-region - The visually hidden live region.
 *
 * @cssprop --settle-checkout-max-width - Widest the checkout grows (default 36rem).
 * @cssprop --settle-color-accent - Semantic accent colour.
 */
export class SettleCheckout extends SettleElement {
  static override properties: PropertyDeclarations = {
    option: { type: String },
    partialAmount: { type: Number, attribute: 'partial-amount' },
    provider: { type: String },
    paymentId: { attribute: false },
    returnUrl: { type: String, attribute: 'return-url' },
    loadTimeout: { type: Number, attribute: 'load-timeout' },
    cspNonce: { type: String, attribute: 'csp-nonce' },
    loaders: { attribute: false },
    pollIntervalMs: { attribute: false },
    phase: { state: true },
  };

  static override styles = styles;

  declare option: PaymentOption;
  declare partialAmount: number | undefined;
  declare provider: PaymentProviderName | undefined;
  /** A payment already made with the provider (the first screen's wallet): the checkout only confirms it with the server. */
  declare paymentId: string | undefined;
  declare returnUrl: string | undefined;
  declare loadTimeout: number;
  /** The page's CSP nonce; PayPal's SDK needs it for the styles it injects. */
  declare cspNonce: string | undefined;
  /** Replaces a provider's adapter loader (tests inject fakes of Stripe.js and the PayPal SDK here). */
  declare loaders: Partial<Record<PaymentProviderName, AdapterLoader>>;
  /** Wait between server confirmations while a provider still processes. */
  declare pollIntervalMs: number;
  declare phase: CheckoutPhase;

  readonly setup = new SessionController<CheckoutConfig>(this, (session, signal) => loadCheckoutConfig(session.client, signal));

  private readonly mountPoint: HTMLDivElement;
  private started = false;
  private attempt: AbortController | undefined;
  private mounted: MountedAdapter | undefined;
  private payment: Payment | undefined;
  private activeProvider: PaymentProviderName | undefined;
  private failureReason: PaymentFailureReason | undefined;
  private error: unknown;
  private autopay = false;

  constructor() {
    super();
    this.option = 'full';
    this.loadTimeout = 10_000;
    this.loaders = {};
    this.pollIntervalMs = 2_000;
    this.phase = 'loading';
    this.mountPoint = document.createElement('div');
    this.mountPoint.slot = 'provider';
    this.mountPoint.dataset.settleCheckoutProvider = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.mountPoint.parentNode !== this) this.append(this.mountPoint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.teardown();
    this.started = false;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Not before the texts: a provider UI mounted earlier would keep showing text keys.
    if (this.setup.status === 'complete' && !this.started && this.setup.value && this.i18n.ready) {
      this.started = true;
      const config = this.setup.value;
      // After this update, so starting (which changes the phase) never re-enters it.
      void this.updateComplete.then(() => this.start(config));
    }
    // Before the config arrives, the setup's own loading or error screen is what shows.
    if (this.i18n.ready) this.setAttribute('state', this.config ? this.phase : this.setup.status === 'error' ? 'error' : 'loading');
    if (changed.has('phase') && this.i18n.ready) this.afterPhaseChange();
  }

  private get config(): CheckoutConfig | undefined {
    return this.setup.status === 'complete' ? this.setup.value : undefined;
  }

  private async start(config: CheckoutConfig): Promise<void> {
    const returned = this.paymentId ?? takeReturnedPayment();
    if (returned) {
      await this.confirm(returned);
      return;
    }
    const first = config.providers.find((entry) => entry.provider === this.provider) ?? config.providers[0];
    if (!first) {
      this.activeProvider = undefined;
      this.phase = 'unavailable';
      return;
    }
    this.activeProvider = first.provider;
    if ((this.option === 'instalment' || this.option === 'down_payment') && first.autopay) {
      this.phase = 'consent';
      return;
    }
    await this.prepare(first.provider);
  }

  /** One attempt with one provider: a fresh idempotency key, the payment, the provider UI. */
  private async prepare(provider: PaymentProviderName): Promise<void> {
    const session = this.setup.session;
    if (!session) return;
    this.teardown();
    const attempt = new AbortController();
    this.attempt = attempt;
    const { signal } = attempt;
    this.activeProvider = provider;
    this.payment = undefined;
    this.phase = 'preparing';

    if (provider === 'stripe' && this.getRootNode() instanceof ShadowRoot) {
      console.warn('Settle: <settle-checkout> sits inside a shadow root, where Stripe Elements cannot mount. Place it in light DOM (slot it into the composing element).');
    }
    const loader = this.loaders[provider] ?? DEFAULT_LOADERS[provider];
    const adapter = withTimeout(loader(), this.loadTimeout, provider, signal);
    adapter.catch(() => undefined);
    try {
      const supportsAutopay = this.config?.providers.find((entry) => entry.provider === provider)?.autopay === true;
      const payment = await createPayment(
        session.client,
        {
          option: this.option,
          provider,
          ...(this.option === 'partial' && this.partialAmount ? { partialAmount: this.partialAmount } : {}),
          ...(this.autopay && supportsAutopay ? { autopay: true } : {}),
        },
        `chk_${crypto.randomUUID()}`,
        signal,
      );
      this.payment = payment;
      if (payment.status === 'succeeded') return this.succeed(payment);
    } catch (error) {
      if (!isAbort(error, signal)) this.fail(error);
      return;
    }
    try {
      const loaded = await adapter;
      const mounted = await withTimeout(loaded.mount(this.adapterContext(attempt), signal), this.loadTimeout, provider, signal);
      if (signal.aborted) {
        mounted.destroy();
        return;
      }
      this.mounted = mounted;
      this.phase = 'ready';
    } catch (error) {
      if (this.attempt !== attempt) return;
      console.warn(`Settle: ${provider} could not be loaded.`, error);
      this.unavailable(provider);
    }
  }

  private adapterContext(attempt: AbortController) {
    const payment = this.payment as Payment;
    return {
      container: this.mountPoint,
      payment,
      provider: this.config?.providers.find((entry) => entry.provider === payment.provider),
      locale: this.resolvedLocale,
      returnUrl: returnUrlFor(this.returnUrl, payment.id),
      api: this.api ?? '',
      nonce: this.cspNonce,
      t: (key: string, options?: Record<string, unknown>) => this.i18n.t(key, options),
      report: (outcome: AdapterOutcome) => {
        if (this.attempt === attempt) void this.onOutcome(outcome);
      },
    };
  }

  /** Settle's own pay button (Stripe): one confirmation at a time, so a double click pays once. */
  private async pay(): Promise<void> {
    if (this.phase !== 'ready' || !this.mounted?.pay) return;
    this.phase = 'paying';
    const outcome = await this.mounted.pay().catch((error: unknown): AdapterOutcome => ({ kind: 'failed', message: String(error) }));
    await this.onOutcome(outcome);
  }

  private async onOutcome(outcome: AdapterOutcome): Promise<void> {
    switch (outcome.kind) {
      case 'completed':
        if (this.payment) await this.confirm(this.payment.id);
        return;
      case 'declined':
        // The server asks the provider too, so the creditor's backend hears of the failure.
        if (this.payment) await this.confirm(this.payment.id, outcome.reason);
        else this.decline(outcome.reason);
        return;
      case 'canceled':
        this.phase = 'ready';
        this.announce(this.i18n.t('checkout.canceled'));
        return;
      case 'incomplete':
        this.phase = 'ready';
        return;
      case 'failed':
        console.warn(`Settle: the ${this.activeProvider ?? ''} payment UI failed: ${outcome.message}`);
        if (this.activeProvider) this.unavailable(this.activeProvider);
    }
  }

  /** Asks the server; polls briefly while the provider still processes (webhooks can lag). */
  private async confirm(paymentId: string, providerReason?: PaymentFailureReason): Promise<void> {
    const session = this.setup.session;
    if (!session) return;
    this.phase = 'processing';
    try {
      // After a decline nothing more is coming; otherwise a webhook or settlement may still be on its way.
      const payment = await confirmUntilSettled(session.client, paymentId, { intervalMs: this.pollIntervalMs, waitForPayment: providerReason === undefined });
      this.payment = payment;
      this.activeProvider = payment.provider;
      switch (payment.status) {
        case 'succeeded':
          return this.succeed(payment);
        case 'failed':
          return this.decline(payment.failureReason ?? providerReason ?? 'other');
        case 'refunded':
          // It arrived for a balance already paid and went back: say so, never "canceled".
          return this.alreadyPaid();
        case 'canceled':
        case 'requires_payment':
          return this.decline(providerReason ?? 'canceled');
        case 'requires_action':
          this.phase = 'requires_action';
          return;
        case 'processing':
          this.phase = 'processing_long';
      }
    } catch (error) {
      this.fail(error);
    }
  }

  private succeed(payment: Payment): void {
    this.teardown();
    this.payment = payment;
    this.phase = 'succeeded';
    this.dispatchEvent(
      new SettlePaymentSuccessEvent({
        claimId: payment.claimId,
        paymentId: payment.id,
        provider: payment.provider,
        option: payment.option,
        amount: payment.amount,
        autopay: payment.autopay,
      }),
    );
  }

  private alreadyPaid(): void {
    this.teardown();
    this.phase = 'already_paid';
    this.emitError({ code: 'already_paid', retryable: false });
  }

  private decline(reason: PaymentFailureReason): void {
    this.teardown();
    this.failureReason = reason;
    this.phase = 'declined';
    this.emitError({ code: 'declined', reason, retryable: true });
  }

  private unavailable(provider: PaymentProviderName): void {
    this.teardown();
    this.activeProvider = provider;
    this.phase = 'unavailable';
    this.emitError({ code: 'provider_unavailable', retryable: true });
  }

  private fail(error: unknown): void {
    this.teardown();
    if (error instanceof ApiError && error.code === 'claim_settled') {
      this.alreadyPaid();
      return;
    }
    this.error = error;
    this.phase = 'error';
    const apiError = error instanceof ApiError ? error : undefined;
    this.emitError({ code: apiError?.code ?? 'unknown', retryable: apiError?.retryable ?? true });
  }

  private emitError(detail: Omit<SettlePaymentErrorDetail, 'provider' | 'paymentId'>): void {
    this.dispatchEvent(
      new SettlePaymentErrorEvent({
        ...detail,
        ...(this.activeProvider ? { provider: this.activeProvider } : {}),
        ...(this.payment ? { paymentId: this.payment.id } : {}),
      }),
    );
  }

  private teardown(): void {
    this.attempt?.abort();
    this.attempt = undefined;
    this.mounted?.destroy();
    this.mounted = undefined;
    this.mountPoint.replaceChildren();
  }

  /** Says what happened and moves focus to it, so keyboard and screen-reader users follow. */
  private afterPhaseChange(): void {
    const message = phaseAnnouncement(this.view(this.phase));
    if (message) this.announce(message);
    if (FOCUS_PHASES.has(this.phase)) {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[data-focus]')?.focus());
    }
  }

  protected renderContent(): unknown {
    const { t } = this.i18n;
    const config = this.config;
    if (!config) {
      return (
        this.setup.render({
          initial: () => renderCheckout(this.view('loading')),
          pending: () => renderCheckout(this.view('loading')),
          error: (error) => {
            this.error = error;
            return renderCheckout(this.view('error'));
          },
        }) ?? nothing
      );
    }
    return renderCheckout(this.view(this.phase, t));
  }

  private view(phase: CheckoutPhase, t = this.i18n.t): CheckoutView {
    return {
      t,
      locale: this.resolvedLocale,
      phase,
      option: this.option,
      config: this.config,
      payment: this.payment,
      activeProvider: this.activeProvider,
      failureReason: this.failureReason,
      error: this.error,
      canPay: this.mounted?.pay !== undefined,
      autopay: this.autopay,
      actions: {
        pay: () => void this.pay(),
        use: (provider) => void this.prepare(provider),
        retry: () => {
          if (!this.config) return void this.setup.retry();
          if (this.activeProvider) void this.prepare(this.activeProvider);
        },
        checkAgain: () => {
          if (this.payment) void this.confirm(this.payment.id);
        },
        setAutopay: (value) => {
          this.autopay = value;
          this.requestUpdate();
        },
        continueAfterConsent: () => {
          if (this.activeProvider) void this.prepare(this.activeProvider);
        },
      },
    };
  }
}
