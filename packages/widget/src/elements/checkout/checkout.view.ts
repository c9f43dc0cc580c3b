import type { CheckoutConfig, Payment, PaymentFailureReason, PaymentOption, PaymentProviderName } from '@settle/protocol';
import { html, nothing, type TemplateResult } from 'lit';
import { errorText } from '../../core/error-view.js';
import type { Translate } from '../../i18n/i18n.js';
import { formatMoney } from '../../i18n/format.js';

export type CheckoutPhase =
  | 'loading'
  | 'consent'
  | 'preparing'
  | 'ready'
  | 'paying'
  | 'processing'
  | 'processing_long'
  | 'requires_action'
  | 'declined'
  | 'unavailable'
  | 'succeeded'
  | 'already_paid'
  | 'error';

export interface CheckoutView {
  t: Translate;
  locale: string;
  phase: CheckoutPhase;
  option: PaymentOption;
  config: CheckoutConfig | undefined;
  payment: Payment | undefined;
  activeProvider: PaymentProviderName | undefined;
  failureReason: PaymentFailureReason | undefined;
  error: unknown;
  canPay: boolean;
  autopay: boolean;
  actions: {
    pay(): void;
    use(provider: PaymentProviderName): void;
    retry(): void;
    checkAgain(): void;
    setAutopay(value: boolean): void;
    continueAfterConsent(): void;
  };
}

/** The whole checkout for one phase. The provider's own UI sits in the `provider` slot. */
export function renderCheckout(view: CheckoutView): TemplateResult {
  const { t, phase, payment, locale } = view;
  const amount = payment ? formatMoney(payment.amount, locale) : undefined;
  const showProvider = phase === 'ready' || phase === 'paying' || phase === 'preparing';
  return html`<section part="base" class="checkout" aria-labelledby="checkout-title" aria-busy=${phase === 'loading' || phase === 'preparing' || phase === 'processing' ? 'true' : 'false'}>
    <h2 id="checkout-title" part="title">${amount ? t('checkout.title', { amount }) : t('checkout.titleNoAmount')}</h2>
    <p class="muted">${t(`checkout.option.${view.option}`)}</p>
    ${renderPhase(view, amount)}
    <div part="provider" class="provider" ?hidden=${!showProvider}><slot name="provider"></slot></div>
    ${
      phase === 'ready' || phase === 'paying'
        ? html`${
            view.canPay
              ? html`<button part="pay-button" class="button pay" type="button" ?disabled=${phase === 'paying'} @click=${view.actions.pay}>
                ${phase === 'paying' ? t('checkout.paying') : t('checkout.pay', { amount })}
              </button>`
              : nothing
          }
          <p class="muted small">${t('checkout.secureNote')}</p>
          ${renderOtherProviders(view)}`
        : nothing
    }
  </section>`;
}

function renderPhase(view: CheckoutView, amount: string | undefined): unknown {
  const { t, phase } = view;
  const provider = view.activeProvider ? t(`checkout.provider.${view.activeProvider}`) : '';
  switch (phase) {
    case 'loading':
    case 'preparing':
      return html`<p class="loading"><span class="spinner" aria-hidden="true"></span>${t('checkout.loading')}</p>`;
    case 'paying':
    case 'ready':
      return nothing;
    case 'consent':
      return renderConsent(view);
    case 'processing':
      return html`<p part="status" class="loading"><span class="spinner" aria-hidden="true"></span>${t('checkout.processing')}</p>`;
    case 'processing_long':
      return html`<p part="status" class="status">${t('checkout.processingLong')}</p>`;
    case 'requires_action':
      return html`<div part="status" class="status">
        <p data-focus tabindex="-1">${t('checkout.requiresAction')}</p>
        <button class="button" type="button" @click=${view.actions.checkAgain}>${t('checkout.checkAgain')}</button>
      </div>`;
    case 'declined':
      return html`<div part="status" class="status problem">
          <h3 data-focus tabindex="-1">${t('checkout.declined.title')}</h3>
          <p>${t(`checkout.declined.reason.${view.failureReason ?? 'other'}`)}</p>
          <p>${t('checkout.declined.advice')}</p>
          <button part="retry-button" class="button" type="button" @click=${view.actions.retry}>${t('checkout.declined.retry')}</button>
        </div>
        ${renderOtherProviders(view)} ${renderBankTransfer(view, amount)}`;
    case 'unavailable':
      return html`<div part="status" class="status problem">
          <h3 data-focus tabindex="-1">${view.activeProvider ? t('checkout.unavailable.title', { provider }) : t('checkout.unavailable.none')}</h3>
          <p>${t('checkout.unavailable.text')}</p>
          ${
            view.activeProvider
              ? html`<button part="retry-button" class="button secondary" type="button" @click=${view.actions.retry}>${t('checkout.unavailable.retry', { provider })}</button>`
              : nothing
          }
        </div>
        ${renderOtherProviders(view)} ${renderBankTransfer(view, amount)}`;
    case 'succeeded':
      return html`<div part="status" class="status success">
        <h3 data-focus tabindex="-1">${t('checkout.succeeded.title')}</h3>
        <p>${t('checkout.succeeded.text', { amount, reference: view.payment?.id ?? '' })}</p>
        ${view.payment?.autopay ? html`<p>${t('checkout.succeeded.autopay')}</p>` : nothing}
      </div>`;
    case 'already_paid':
      return html`<div part="status" class="status success">
        <h3 data-focus tabindex="-1">${t('checkout.alreadyPaid.title')}</h3>
        <p>${t('checkout.alreadyPaid.text')}</p>
      </div>`;
    case 'error':
      return html`<div part="status" class="status problem">
        <h3 data-focus tabindex="-1">${t('checkout.errorTitle')}</h3>
        <p>${errorText(t, view.error)}</p>
        <button part="retry-button" class="button" type="button" @click=${view.actions.retry}>${t('common.retry')}</button>
      </div>`;
  }
}

function renderConsent(view: CheckoutView): TemplateResult {
  const { t } = view;
  return html`<div part="consent" class="consent">
    <h3>${t('checkout.consent.title')}</h3>
    <label class="check">
      <input type="checkbox" .checked=${view.autopay} @change=${(event: Event) => view.actions.setAutopay((event.target as HTMLInputElement).checked)} />
      <span>${t('checkout.consent.label')}</span>
    </label>
    <p class="muted small">${t('checkout.consent.text')}</p>
    <button class="button" type="button" @click=${view.actions.continueAfterConsent}>${t('checkout.consent.continue')}</button>
  </div>`;
}

/** Every other enabled provider as a button: the fallback when one fails or declines. */
function renderOtherProviders(view: CheckoutView): unknown {
  const choices = (view.config?.providers ?? []).filter((entry) => entry.provider !== view.activeProvider);
  if (choices.length === 0) return nothing;
  const { t } = view;
  return html`<div part="providers" class="providers" role="group" aria-labelledby="other-ways">
    <p id="other-ways" class="muted">${t('checkout.otherWays')}</p>
    ${choices.map(
      (entry) => html`<button class="button secondary" type="button" @click=${() => view.actions.use(entry.provider)}>
        ${t('checkout.useProvider', { provider: t(`checkout.provider.${entry.provider}`) })}
      </button>`,
    )}
  </div>`;
}

function renderBankTransfer(view: CheckoutView, amount: string | undefined): unknown {
  const bank = view.config?.bankTransfer;
  if (!bank) return nothing;
  const { t } = view;
  const rows: [string, string | undefined][] = [
    [t('checkout.bank.accountHolder'), bank.accountHolder],
    [t('checkout.bank.iban'), bank.iban],
    [t('checkout.bank.bic'), bank.bic],
    [t('checkout.bank.bankName'), bank.bankName],
    [t('checkout.bank.reference'), bank.reference],
    [t('checkout.bank.amount'), amount],
  ];
  return html`<section part="bank-transfer" class="bank" aria-labelledby="bank-title">
    <h3 id="bank-title">${t('checkout.bank.title')}</h3>
    <dl>
      ${rows.filter(([, value]) => value).map(([label, value]) => html`<div class="row"><dt>${label}</dt><dd>${value}</dd></div>`)}
    </dl>
    <p class="muted small">${t('checkout.bank.note')}</p>
  </section>`;
}

/** Phases that move focus to their message, so the change is not missed. */
export const FOCUS_PHASES: ReadonlySet<CheckoutPhase> = new Set(['declined', 'unavailable', 'succeeded', 'already_paid', 'requires_action', 'error']);

/** What the live region says when a phase begins. */
export function phaseAnnouncement(view: CheckoutView): string | undefined {
  const { t, payment, locale } = view;
  const amount = payment ? formatMoney(payment.amount, locale) : '';
  const provider = view.activeProvider ? t(`checkout.provider.${view.activeProvider}`) : '';
  switch (view.phase) {
    case 'ready':
      return t('checkout.announce.ready', { amount });
    case 'processing':
      return t('checkout.processing');
    case 'processing_long':
      return t('checkout.processingLong');
    case 'requires_action':
      return t('checkout.requiresAction');
    case 'declined':
      return `${t('checkout.declined.title')}. ${t(`checkout.declined.reason.${view.failureReason ?? 'other'}`)}`;
    case 'unavailable':
      return view.activeProvider ? t('checkout.unavailable.title', { provider }) : t('checkout.unavailable.none');
    case 'succeeded':
      return t('checkout.succeeded.title');
    case 'already_paid':
      return t('checkout.alreadyPaid.title');
    case 'error':
      return errorText(t, view.error);
    default:
      return undefined;
  }
}
