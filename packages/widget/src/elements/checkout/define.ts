import { defineElement } from '../../core/define.js';
import { SettleCheckout } from './checkout.js';

defineElement('settle-checkout', SettleCheckout);

declare global {
  interface HTMLElementTagNameMap {
    'settle-checkout': SettleCheckout;
  }
}
