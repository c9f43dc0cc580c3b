/**
 * Typed Settle elements in Vue 3 templates (Volar / vue-tsc). Tell Vue's compiler they are
 * custom elements: `compilerOptions.isCustomElement: (tag) => tag.startsWith('settle-')`.
 * Events are written `@settle-payment-success="onPaid"`; pass objects with `.prop` or `:recommended`.
 *
 *   import '@settle/widget';
 *   import type {} from '@settle/widget/vue';
 */
import type { DefineComponent } from 'vue';
import type { SettleElementAttributes } from './elements.js';
import type { SettleEventMap } from './events.js';

/** `settle-step-change` → `onSettleStepChange`, the prop name Vue's type checker gives `@settle-step-change`. */
type Camel<Name extends string> = Name extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : Name;
type SettleEventProps = { [Name in keyof SettleEventMap as `on${Capitalize<Camel<Name>>}`]?: (event: SettleEventMap[Name]) => void };

type VueSettleElement<Tag extends keyof SettleElementAttributes> = DefineComponent<SettleElementAttributes[Tag] & SettleEventProps>;

declare module 'vue' {
  interface GlobalComponents {
    'settle-flow': VueSettleElement<'settle-flow'>;
    'settle-identity': VueSettleElement<'settle-identity'>;
    'settle-claim-summary': VueSettleElement<'settle-claim-summary'>;
    'settle-quiz': VueSettleElement<'settle-quiz'>;
    'settle-plan-picker': VueSettleElement<'settle-plan-picker'>;
    'settle-plan-manager': VueSettleElement<'settle-plan-manager'>;
    'settle-checkout': VueSettleElement<'settle-checkout'>;
    'settle-feedback': VueSettleElement<'settle-feedback'>;
    'settle-dispute': VueSettleElement<'settle-dispute'>;
    'settle-contact': VueSettleElement<'settle-contact'>;
  }
}
