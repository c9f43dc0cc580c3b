import { defineElement } from '../../core/define.js';
import { SettlePlanManager } from './plan-manager.js';

defineElement('settle-plan-manager', SettlePlanManager);

declare global {
  interface HTMLElementTagNameMap {
    'settle-plan-manager': SettlePlanManager;
  }
}
