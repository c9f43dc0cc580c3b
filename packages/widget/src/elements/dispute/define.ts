import { defineElement } from '../../core/define.js';
import { SettleDispute } from './dispute.js';

defineElement('settle-dispute', SettleDispute);

declare global {
  interface HTMLElementTagNameMap {
    'settle-dispute': SettleDispute;
  }
}
