import type { Claim } from '@settle/protocol';
import { html } from 'lit';
import { renderErrorState } from '../../core/error-view.js';
import { SessionController } from '../../core/session-controller.js';
import { SettleElement } from '../../core/settle-element.js';
import { SettleReadyEvent } from '../../events/settle-ready.js';
import { formatMoney } from '../../i18n/format.js';

/**
 * @summary The itemized claim.
 * @fires settle-ready
 * @fires settle-error
 */
export class SettleClaimSummary extends SettleElement {
  protected readonly claim = new SessionController<Claim>(this, (session, signal) => session.client.getClaim(signal));

  protected override updated(): void {
    if (this.claim.status === 'complete' && this.claim.value && !this.readyFired) {
      this.readyFired = true;
      this.dispatchEvent(new SettleReadyEvent({ claimId: this.claim.value.id }));
    }
  }

  private readyFired = false;

  protected renderContent(): unknown {
    const { t } = this.i18n;
    return this.claim.render({
      initial: () => html`<p part="loading">${t('common.loading')}</p>`,
      pending: () => html`<p part="loading">${t('common.loading')}</p>`,
      error: (error) => renderErrorState(t, error, () => void this.claim.retry()),
      complete: (claim) => html`<p part="total">${formatMoney(claim.total, this.resolvedLocale)}</p>`,
    });
  }
}
