// Compiled by the distribution test: the props Vue's type checker derives for each Settle
// element in a template, and (@ts-expect-error) what it must refuse.
import type {} from '@settle/widget/vue';
import type { GlobalComponents } from 'vue';

type PropsOf<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const flow: PropsOf<'settle-flow'> = {
  api: '/settle',
  'token-from': 'fragment',
  'expiry-warning': 120,
  onSettleStepChange: (event) => console.log(event.detail.step),
};
export const checkout: PropsOf<'settle-checkout'> = { option: 'full', provider: 'sandbox', onSettlePaymentSuccess: (event) => console.log(event.detail.amount.amount) };
export const contact: PropsOf<'settle-contact'> = { topic: 'hardship', 'reply-days': 2 };

// @ts-expect-error token-from reads only the fragment
export const wrongSource: PropsOf<'settle-flow'> = { 'token-from': 'query' };
// @ts-expect-error provider is one of the payment providers
export const wrongProvider: PropsOf<'settle-checkout'> = { provider: 'bitcoin' };
// @ts-expect-error the step-change event has no amount
export const wrongDetail: PropsOf<'settle-flow'> = { onSettleStepChange: (event) => console.log(event.detail.amount) };
// @ts-expect-error topic is question, hardship, dispute or other
export const wrongTopic: PropsOf<'settle-contact'> = { topic: 'complaint' };
