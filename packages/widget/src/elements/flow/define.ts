import { defineElement } from '../../core/define.js';
import { SettleFlow } from './flow.js';

defineElement('settle-flow', SettleFlow);

declare global {
  interface HTMLElementTagNameMap {
    'settle-flow': SettleFlow;
  }
}
