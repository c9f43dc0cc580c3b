/**
 * Typed Settle elements in React 19 JSX. React 19 sets known properties on custom
 * elements and adds `on<event-name>` props as event listeners, so events are written as
 * `onsettle-payment-success={(event) => ...}`.
 *
 *   import '@settle/widget';
 *   import type {} from '@settle/widget/react';
 *   <settle-flow api="/settle" token-from="fragment" onsettle-step-change={(e) => track(e.detail.step)} />
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { SettleElementAttributes } from './elements.js';
import type { SettleEventMap } from './events.js';

type SettleEventProps = { [Name in keyof SettleEventMap as `on${Name}`]?: (event: SettleEventMap[Name]) => void };

type ReactSettleElement<Tag extends keyof SettleElementAttributes & keyof HTMLElementTagNameMap> = Omit<
  DetailedHTMLProps<HTMLAttributes<HTMLElementTagNameMap[Tag]>, HTMLElementTagNameMap[Tag]>,
  keyof SettleElementAttributes[Tag]
> &
  SettleElementAttributes[Tag] &
  SettleEventProps;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'settle-flow': ReactSettleElement<'settle-flow'>;
      'settle-identity': ReactSettleElement<'settle-identity'>;
      'settle-claim-summary': ReactSettleElement<'settle-claim-summary'>;
      'settle-quiz': ReactSettleElement<'settle-quiz'>;
      'settle-plan-picker': ReactSettleElement<'settle-plan-picker'>;
      'settle-plan-manager': ReactSettleElement<'settle-plan-manager'>;
      'settle-checkout': ReactSettleElement<'settle-checkout'>;
      'settle-feedback': ReactSettleElement<'settle-feedback'>;
      'settle-dispute': ReactSettleElement<'settle-dispute'>;
      'settle-contact': ReactSettleElement<'settle-contact'>;
    }
  }
}
