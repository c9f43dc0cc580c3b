import type { MessageTone } from '../../messages/types.js';
import { OUTCOME_TYPES, type InsightEvent } from '../insight-event.js';
import { differenceInterval, wilsonInterval, type Interval } from './proportions.js';
import { assignVariant, type ToneExperiment } from './tone-experiment.js';
import { experimentSummary } from './summary.js';
import type { VariantResult } from './variant-result.js';

export type { VariantResult } from './variant-result.js';

/** Below this many claims per variant, no difference is called significant, whatever the interval says. */
export const MINIMUM_CLAIMS_PER_VARIANT = 30;

export interface VariantComparison {
  variant: MessageTone;
  control: MessageTone;
  /** Rate of the variant minus rate of the control, with its 95 % Newcombe interval. */
  difference: Interval & { estimate: number };
  /** True only when the interval excludes 0 and both variants reached the minimum sample. */
  significant: boolean;
  enoughClaims: boolean;
  summary: { de: string; en: string };
}

export interface ExperimentReport {
  experimentId: string;
  variants: VariantResult[];
  comparisons: VariantComparison[];
}

/**
 * Conversion per variant of a tone experiment, and each variant against the control with
 * a 95 % confidence interval of the difference, in plain words in German and English.
 * A claim is in the experiment once it was sent a message of the experiment's phase; its
 * variant is the one on that event or, if the event has none, its deterministic assignment.
 */
export async function experimentReport(experiment: ToneExperiment, events: readonly InsightEvent[]): Promise<ExperimentReport> {
  const variantOf = new Map<string, MessageTone>();
  for (const event of events) {
    if (event.type !== 'message.sent' || event.phase !== experiment.phase || variantOf.has(event.claimId)) continue;
    if (event.experimentId !== undefined && event.experimentId !== experiment.id) continue;
    const recorded = experiment.variants.find((variant) => variant === event.variant);
    variantOf.set(event.claimId, recorded ?? (await assignVariant(experiment, event.claimId)));
  }
  const converted = new Set(events.filter((event) => OUTCOME_TYPES.has(event.type) && variantOf.has(event.claimId)).map((event) => event.claimId));
  const variants = experiment.variants.map((variant): VariantResult => {
    const claims = [...variantOf].filter(([, assigned]) => assigned === variant).map(([claimId]) => claimId);
    const successes = claims.filter((claimId) => converted.has(claimId)).length;
    return { variant, claims: claims.length, converted: successes, rate: claims.length > 0 ? successes / claims.length : null, interval: wilsonInterval(successes, claims.length) };
  });
  const [control, ...others] = variants;
  const comparisons = others.map((result) => compare(result, control!));
  return { experimentId: experiment.id, variants, comparisons };
}

function compare(variant: VariantResult, control: VariantResult): VariantComparison {
  const difference = differenceInterval(variant.converted, variant.claims, control.converted, control.claims);
  const enoughClaims = variant.claims >= MINIMUM_CLAIMS_PER_VARIANT && control.claims >= MINIMUM_CLAIMS_PER_VARIANT;
  const significant = enoughClaims && (difference.low > 0 || difference.high < 0);
  return {
    variant: variant.variant,
    control: control.variant,
    difference,
    significant,
    enoughClaims,
    summary: experimentSummary({ variant, control, difference, significant, enoughClaims, minimumClaims: MINIMUM_CLAIMS_PER_VARIANT }),
  };
}
