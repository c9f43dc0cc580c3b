import { defineElement } from '../../core/define.js';
import { SettleClaimSummary } from './claim-summary.js';

defineElement('settle-claim-summary', SettleClaimSummary);

declare global {
  interface HTMLElementTagNameMap {
    'settle-claim-summary': SettleClaimSummary;
  }
}
