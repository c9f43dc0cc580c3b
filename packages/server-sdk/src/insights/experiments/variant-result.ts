import type { MessageTone } from '../../messages/types.js';
import type { Interval } from './proportions.js';

/** One variant's conversion in a tone experiment (a leaf module, so the report and its summary share it). */
export interface VariantResult {
  variant: MessageTone;
  /** Claims sent a message of the experiment's phase in this variant. */
  claims: number;
  /** Of those, claims that reached an outcome (plan agreed, paid, or asked for a person). */
  converted: number;
  rate: number | null;
  /** 95 % Wilson interval of the rate. */
  interval: Interval;
}
