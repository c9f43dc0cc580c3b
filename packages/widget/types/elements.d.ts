import type { JourneyOption, PaymentOption, PaymentProviderName, SupportChannels } from '@settle/protocol';
import type { SettleCommonAttributes } from './events.js';

/**
 * Each element's own attributes and properties beyond the common ones, as plain data
 * (framework declarations add their event and DOM props). Keep in step with
 * custom-elements.json; a test compares the two.
 */
export interface SettleElementAttributes {
  'settle-flow': SettleCommonAttributes & { 'expiry-warning'?: number; 'csp-nonce'?: string };
  'settle-identity': SettleCommonAttributes;
  'settle-claim-summary': SettleCommonAttributes & { logo?: string; 'help-url'?: string; 'items-collapsed'?: boolean };
  'settle-quiz': SettleCommonAttributes & { support?: SupportChannels };
  'settle-plan-picker': SettleCommonAttributes & { recommended?: JourneyOption[] | string };
  'settle-plan-manager': SettleCommonAttributes;
  'settle-checkout': SettleCommonAttributes & {
    option?: PaymentOption;
    'partial-amount'?: number;
    provider?: PaymentProviderName;
    'return-url'?: string;
    'load-timeout'?: number;
    'csp-nonce'?: string;
  };
  'settle-feedback': SettleCommonAttributes & {
    support?: SupportChannels;
    scale?: { min: number; max: number };
  };
  'settle-dispute': SettleCommonAttributes & { support?: SupportChannels };
  'settle-contact': SettleCommonAttributes & { topic?: 'question' | 'hardship' | 'dispute' | 'other'; 'reply-days'?: number; support?: SupportChannels };
}
