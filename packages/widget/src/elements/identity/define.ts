import { defineElement } from '../../core/define.js';
import { SettleIdentity } from './identity.js';

defineElement('settle-identity', SettleIdentity);

declare global {
  interface HTMLElementTagNameMap {
    'settle-identity': SettleIdentity;
  }
}
