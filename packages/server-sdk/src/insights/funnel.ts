import { OUTCOME_TYPES, timeOf, type InsightEvent, type InsightEventType } from './insight-event.js';

export type FunnelStageName = 'sent' | 'opened' | 'viewed' | 'chose' | 'agreed_or_paid';
export const FUNNEL_STAGES: readonly FunnelStageName[] = ['sent', 'opened', 'viewed', 'chose', 'agreed_or_paid'];

const STAGE_OF: Partial<Record<InsightEventType, number>> = {
  'message.sent': 0,
  'link.opened': 1,
  'claim.viewed': 2,
  'option.chosen': 3,
};

export interface FunnelStage {
  stage: FunnelStageName;
  /** Distinct claims that reached this stage or a later one. */
  claims: number;
  /** Share of the previous stage's claims; null when that stage has none. */
  fromPrevious: number | null;
  /** Share of the first stage's claims; null when it has none. */
  fromFirst: number | null;
}

export type Funnel = FunnelStage[];

export interface FunnelReport {
  all: Funnel;
  bySegment: Record<string, Funnel>;
  byChannel: Record<string, Funnel>;
  byPhase: Record<string, Funnel>;
  byTone: Record<string, Funnel>;
}

type Dimension = 'segment' | 'channel' | 'phase' | 'tone';

function stageOf(event: InsightEvent): number | undefined {
  return OUTCOME_TYPES.has(event.type) ? 4 : STAGE_OF[event.type];
}

/**
 * The funnel sent → opened → viewed → chose → agreed or paid, over distinct claims: a claim
 * that reached a later stage counts as having passed every earlier one (a payment without
 * a recorded open still passed the open), so no stage ever exceeds the one before.
 *
 * Per channel, phase and tone, an event without them takes those of the claim's last
 * message before it (last touch); the segment describes the debtor, so a claim's last
 * known segment applies to all its events.
 */
export function funnel(events: readonly InsightEvent[]): FunnelReport {
  const attributed = attribute(events);
  return {
    all: build(attributed, () => 'all').all ?? emptyFunnel(),
    bySegment: build(attributed, (event) => event.segment),
    byChannel: build(attributed, (event) => event.channel),
    byPhase: build(attributed, (event) => event.phase),
    byTone: build(attributed, (event) => event.tone),
  };
}

function attribute(events: readonly InsightEvent[]): InsightEvent[] {
  const byClaim = new Map<string, InsightEvent[]>();
  for (const event of events) byClaim.set(event.claimId, [...(byClaim.get(event.claimId) ?? []), event]);
  const touch: Dimension[] = ['channel', 'phase', 'tone'];
  return [...byClaim.values()].flatMap((claimEvents) => {
    const sorted = [...claimEvents].sort((a, b) => timeOf(a) - timeOf(b));
    const segment = sorted.findLast((event) => event.segment !== undefined)?.segment;
    const last: Partial<InsightEvent> = {};
    return sorted.map((event) => {
      const filled: InsightEvent = { ...event, ...(segment ? { segment } : {}) };
      for (const key of touch) {
        if (event[key] !== undefined) Object.assign(last, { [key]: event[key] });
        else if (last[key] !== undefined) Object.assign(filled, { [key]: last[key] });
      }
      return filled;
    });
  });
}

function build(events: readonly InsightEvent[], groupOf: (event: InsightEvent) => string | undefined): Record<string, Funnel> {
  // Per group, the furthest stage each claim reached.
  const furthest = new Map<string, Map<string, number>>();
  for (const event of events) {
    const stage = stageOf(event);
    const group = groupOf(event);
    if (stage === undefined || group === undefined) continue;
    const claims = furthest.get(group) ?? new Map<string, number>();
    claims.set(event.claimId, Math.max(stage, claims.get(event.claimId) ?? -1));
    furthest.set(group, claims);
  }
  return Object.fromEntries([...furthest].sort(([a], [b]) => a.localeCompare(b)).map(([group, claims]) => [group, stagesOf([...claims.values()])]));
}

function stagesOf(furthestStages: readonly number[]): Funnel {
  const counts = FUNNEL_STAGES.map((_stage, index) => furthestStages.filter((furthest) => furthest >= index).length);
  return FUNNEL_STAGES.map((stage, index) => {
    const previous = index === 0 ? undefined : counts[index - 1];
    const first = counts[0] ?? 0;
    const claims = counts[index] ?? 0;
    return {
      stage,
      claims,
      fromPrevious: previous === undefined ? (claims > 0 ? 1 : null) : previous > 0 ? claims / previous : null,
      fromFirst: first > 0 ? claims / first : null,
    };
  });
}

function emptyFunnel(): Funnel {
  return stagesOf([]);
}
