import { defineElement } from '../../core/define.js';
import { SettleFeedback } from './feedback.js';

defineElement('settle-feedback', SettleFeedback);

declare global {
  interface HTMLElementTagNameMap {
    'settle-feedback': SettleFeedback;
  }
}
