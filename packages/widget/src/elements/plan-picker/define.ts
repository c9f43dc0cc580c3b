import { defineElement } from '../../core/define.js';
import { SettlePlanPicker } from './plan-picker.js';

defineElement('settle-plan-picker', SettlePlanPicker);

declare global {
  interface HTMLElementTagNameMap {
    'settle-plan-picker': SettlePlanPicker;
  }
}
