import type { FeedbackScale } from '@settle/protocol';

/** Refuses a scale the survey cannot show, when the SDK is created. */
export function checkFeedbackScale(scale: FeedbackScale): void {
  const whole = Number.isInteger(scale.min) && Number.isInteger(scale.max);
  if (!whole || scale.min < 0 || scale.min > 1 || scale.max < 2 || scale.max > 10) {
    throw new TypeError('createSettle: feedbackScale must run from 0 or 1 up to 2-10, e.g. { min: 1, max: 9 }');
  }
}
