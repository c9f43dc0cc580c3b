import { defineElement } from '../../core/define.js';
import { SettleContact } from './contact.js';

defineElement('settle-contact', SettleContact);

declare global {
  interface HTMLElementTagNameMap {
    'settle-contact': SettleContact;
  }
}
