import type { InsightEvent } from './insight-event.js';

export interface CsatScale {
  min: number;
  max: number;
}

export interface CsatSummary {
  responses: number;
  /** Mean score, or null without responses. */
  average: number | null;
  /** distribution[i]: responses with score `scale.min + i`. */
  distribution: number[];
}

export interface CsatReport {
  scale: CsatScale;
  all: CsatSummary;
  bySegment: Record<string, CsatSummary>;
}

/** CSAT from feedback events: average and distribution overall and per segment. Scores off the scale are left out. */
export function csat(events: readonly InsightEvent[], scale: CsatScale = { min: 1, max: 9 }): CsatReport {
  const segmentOf = new Map<string, string>();
  for (const event of events) if (event.segment) segmentOf.set(event.claimId, event.segment);
  const scored = events.filter(
    (event): event is InsightEvent & { score: number } => event.type === 'feedback.submitted' && Number.isInteger(event.score) && event.score! >= scale.min && event.score! <= scale.max,
  );
  const groups = new Map<string, number[]>();
  for (const event of scored) {
    const segment = event.segment ?? segmentOf.get(event.claimId);
    if (segment) groups.set(segment, [...(groups.get(segment) ?? []), event.score]);
  }
  return {
    scale,
    all: summarize(
      scored.map((event) => event.score),
      scale,
    ),
    bySegment: Object.fromEntries([...groups].sort(([a], [b]) => a.localeCompare(b)).map(([segment, scores]) => [segment, summarize(scores, scale)])),
  };
}

function summarize(scores: readonly number[], scale: CsatScale): CsatSummary {
  const distribution = Array.from({ length: scale.max - scale.min + 1 }, () => 0);
  for (const score of scores) distribution[score - scale.min] = (distribution[score - scale.min] ?? 0) + 1;
  return {
    responses: scores.length,
    average: scores.length > 0 ? scores.reduce((sum, score) => sum + score, 0) / scores.length : null,
    distribution,
  };
}
