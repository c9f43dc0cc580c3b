import { CollectionPhaseSchema, Segment, Tone, type CollectionPhase } from '@settle/protocol';
import * as z from 'zod/mini';
import { describeIssues } from '../http/request-body.js';

type PhaseTones = Partial<Record<CollectionPhase, Tone>>;

/**
 * How the creditor wants to sound at each point of collection, e.g. empathetic in the
 * first reminder and formal in the final notice. The link's phase picks the tone; once a
 * quiz has scored the debtor, `bySegment` can sound different for that segment (from the
 * claim's next link on). Phases it names nothing for keep `journey.tone`.
 *
 * @example
 * tonePerPhase: {
 *   byPhase: { first_reminder: 'empathetic', second_reminder: 'neutral', final_notice: 'formal' },
 *   bySegment: { hardship: { final_notice: 'empathetic' } },
 * }
 */
export interface TonePerPhase {
  byPhase?: PhaseTones;
  bySegment?: Partial<Record<Segment, PhaseTones>>;
}

const PhaseTonesSchema = z.partialRecord(CollectionPhaseSchema, Tone);
/** The shape of `tonePerPhase`, instance-wide or per claim (`claimSettings`). */
export const TonePerPhaseSchema = z.strictObject({
  byPhase: z.optional(PhaseTonesSchema),
  bySegment: z.optional(z.partialRecord(Segment, PhaseTonesSchema)),
});

/** Refuses an unknown phase, segment or tone at start-up, naming it. */
export function checkTonePerPhase(input: unknown): void {
  const parsed = TonePerPhaseSchema.safeParse(input);
  if (!parsed.success) throw new TypeError(`createSettle: tonePerPhase.${describeIssues(parsed.error.issues)}`);
}

/** The tone of a session from a link of `phase`, for a debtor last scored into `segment`. */
export function toneForPhase(rules: TonePerPhase | undefined, fallback: Tone, phase: CollectionPhase | undefined, segment: Segment | null): Tone {
  if (!rules || !phase) return fallback;
  return (segment ? rules.bySegment?.[segment]?.[phase] : undefined) ?? rules.byPhase?.[phase] ?? fallback;
}
