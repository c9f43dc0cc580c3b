import type { JourneyOption, PaymentOption, PaymentProviderName } from '@settle/protocol';

/** Every screen `<settle-flow>` can show. */
export type FlowStep = 'identity' | 'summary' | 'quiz' | 'options' | 'checkout' | 'confirmation' | 'feedback' | 'dispute' | 'contact' | 'manage';

export const FLOW_STEPS: readonly FlowStep[] = ['identity', 'summary', 'quiz', 'options', 'checkout', 'confirmation', 'feedback', 'dispute', 'contact', 'manage'];

/** What pays now, when the step is `checkout`. */
export interface CheckoutChoice {
  option: PaymentOption;
  partialAmount?: number;
  /** The wallet the debtor chose on the first screen. */
  provider?: PaymentProviderName;
  /** A payment the first screen's wallet already made: the checkout only asks the server how it ended. */
  paymentId?: string;
}

/** A step and what it needs to show again after back/forward or a reload. */
export interface FlowPlace {
  step: FlowStep;
  checkout?: CheckoutChoice;
  /** The quiz's recommendation, so the options keep their order. */
  recommended?: JourneyOption[];
  /** For `contact`: why the debtor asked for a person. */
  topic?: 'question' | 'hardship' | 'dispute' | 'other';
}

export function isFlowStep(value: unknown): value is FlowStep {
  return typeof value === 'string' && (FLOW_STEPS as readonly string[]).includes(value);
}

/** Reads a place from history state or storage, dropping anything malformed. */
export function readPlace(value: unknown): FlowPlace | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const place = value as Partial<FlowPlace>;
  return isFlowStep(place.step) ? (place as FlowPlace) : undefined;
}
