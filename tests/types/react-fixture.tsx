// Compiled by the distribution test: what a React 19 app may write, and (@ts-expect-error)
// what the declarations must refuse.
import type {} from '@settle/widget/react';
import type { SettlePaymentSuccessEvent } from '@settle/widget';

const paid: string[] = [];

export const flow = (
  <settle-flow api="/settle" token-from="fragment" locale="de" tone="easy" expiry-warning={120} onsettle-step-change={(event) => paid.push(event.detail.step)} />
);
export const checkout = (
  <settle-checkout
    api="/settle"
    token="session-token"
    option="instalment"
    load-timeout={8000}
    className="pay"
    onsettle-payment-success={(event: SettlePaymentSuccessEvent) => paid.push(event.detail.paymentId)}
  />
);
export const picker = <settle-plan-picker api="/settle" recommended={['deferral', 'promise_to_pay']} onsettle-plan-accept={(event) => paid.push(event.detail.plan.id)} />;
export const feedback = <settle-feedback api="/settle" scale={{ min: 1, max: 9 }} />;

// @ts-expect-error token-from reads only the fragment
export const wrongSource = <settle-flow token-from="query" />;
// @ts-expect-error load-timeout is milliseconds, a number
export const wrongTimeout = <settle-checkout load-timeout="soon" />;
// @ts-expect-error option is one of the payment options
export const wrongOption = <settle-checkout option="everything" />;
// @ts-expect-error tone is one of four tones
export const wrongTone = <settle-quiz tone="cheeky" />;
// @ts-expect-error the payment event carries no card number
export const wrongDetail = <settle-checkout onsettle-payment-success={(event) => paid.push(event.detail.cardNumber)} />;
// @ts-expect-error recommended options are journey options
export const wrongRecommendation = <settle-plan-picker recommended={['free_money']} />;
// @ts-expect-error no such element
export const unknownElement = <settle-widget />;
