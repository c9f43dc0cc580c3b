import type { Money, SandboxAuthorizeResponse, SandboxScenario } from '@settle/protocol';
import { css, html, LitElement, nothing, type PropertyDeclarations } from 'lit';
import { defineElement } from '../../core/define.js';
import { formatMoney } from '../../i18n/format.js';
import { base, controls } from '../../theme/base.js';
import { tokens } from '../../theme/tokens.js';
import type { AdapterOutcome } from '../adapter.js';

const SCENARIOS: readonly SandboxScenario[] = ['success', 'decline_card', 'decline_insufficient_funds', 'decline_expired_card', 'challenge'];

/**
 * The sandbox provider's wallet sheet: amount, a test outcome to simulate, a pay button,
 * and a challenge step like a bank's confirmation. It reports to the checkout the way a
 * real provider's UI does; the checkout then asks the server whether the payment succeeded.
 *
 * @csspart sheet - The sheet.
 * @csspart pay-button - Pays with the chosen test outcome.
 */
export class SettleSandboxWallet extends LitElement {
  static override properties: PropertyDeclarations = {
    amount: { attribute: false },
    locale: { attribute: false },
    t: { attribute: false },
    authorize: { attribute: false },
    report: { attribute: false },
    scenario: { state: true },
    step: { state: true },
  };

  static override styles = [
    tokens,
    base,
    controls,
    css`
      .sheet {
        border: 1px solid var(--_border);
        border-radius: calc(var(--_radius) * 2);
        padding: calc(var(--_space) * 4);
        background: var(--_surface-alt);
        display: grid;
        gap: calc(var(--_space) * 3);
        max-width: 28rem;
      }
      .badge {
        justify-self: start;
        font-size: 0.875rem;
        font-weight: 600;
        padding: var(--_space) calc(var(--_space) * 2);
        border-radius: var(--_radius);
        border: 1px dashed var(--_muted);
      }
      .amount {
        font-size: 1.5rem;
        font-weight: 700;
        margin: 0;
      }
      label {
        display: grid;
        gap: var(--_space);
      }
      select {
        font: inherit;
        min-height: var(--_target);
        padding: var(--_space) calc(var(--_space) * 2);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
        color: var(--_text);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: calc(var(--_space) * 2);
      }
      p {
        margin: 0;
      }
    `,
  ];

  declare amount: Money;
  declare locale: string;
  declare t: (key: string, options?: Record<string, unknown>) => string;
  declare authorize: (scenario: SandboxScenario, challenge?: 'pass' | 'fail') => Promise<SandboxAuthorizeResponse>;
  declare report: (outcome: AdapterOutcome) => void;
  declare scenario: SandboxScenario;
  declare step: 'choose' | 'busy' | 'challenge';

  constructor() {
    super();
    this.scenario = 'success';
    this.step = 'choose';
  }

  private async send(challenge?: 'pass' | 'fail'): Promise<void> {
    if (this.step === 'busy') return;
    this.step = 'busy';
    try {
      const result = await this.authorize(this.scenario, challenge);
      if (result.status === 'requires_action') {
        this.step = 'challenge';
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('#challenge')?.focus();
        return;
      }
      this.step = 'choose';
      this.report(result.status === 'succeeded' ? { kind: 'completed' } : { kind: 'declined', reason: result.failureReason ?? 'card_declined' });
    } catch (error) {
      this.step = 'choose';
      this.report({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  protected override render(): unknown {
    const { t } = this;
    const amount = formatMoney(this.amount, this.locale);
    return html`<div part="sheet" class="sheet" role="group" aria-labelledby="sandbox-title">
      <span class="badge">${t('checkout.sandbox.badge')}</span>
      <p id="sandbox-title"><strong>${t('checkout.sandbox.title')}</strong></p>
      <p class="amount">${amount}</p>
      ${
        this.step === 'challenge'
          ? html`<p id="challenge" tabindex="-1">${t('checkout.sandbox.challenge')}</p>
            <div class="actions">
              <button class="button" type="button" @click=${() => this.send('pass')}>${t('checkout.sandbox.approve')}</button>
              <button class="button secondary" type="button" @click=${() => this.send('fail')}>${t('checkout.sandbox.reject')}</button>
            </div>`
          : html`<label
              >${t('checkout.sandbox.outcome')}
              <select
                .value=${this.scenario}
                ?disabled=${this.step === 'busy'}
                @change=${(event: Event) => (this.scenario = (event.target as HTMLSelectElement).value as SandboxScenario)}
              >
                ${SCENARIOS.map((scenario) => html`<option value=${scenario} ?selected=${scenario === this.scenario}>${t(`checkout.sandbox.scenario.${scenario}`)}</option>`)}
              </select></label
            >
            <button part="pay-button" class="button" type="button" ?disabled=${this.step === 'busy'} @click=${() => this.send()}>
              ${t('checkout.sandbox.pay', { amount })}
            </button>`
      }
      ${this.step === 'busy' ? html`<p>${t('checkout.sandbox.busy')}</p>` : nothing}
    </div>`;
  }
}

defineElement('settle-sandbox-wallet', SettleSandboxWallet);

declare global {
  interface HTMLElementTagNameMap {
    'settle-sandbox-wallet': SettleSandboxWallet;
  }
}
