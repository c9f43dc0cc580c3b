import {
  contactTimes,
  csat,
  experimentReport,
  feedbackSentiments,
  funnel,
  type ContactTimes,
  type CsatReport,
  type ExperimentReport,
  type FeedbackWithSentiment,
  type FunnelReport,
  type InsightEvent,
} from '@settle/server-sdk';
import type { Database } from '../db/database.js';
import { FIRST_REMINDER_TONE_TEST, SYNTHETIC_CLAIM_PREFIX, syntheticJourneys } from '../seed/synthetic-journeys.js';

/** The insight panels: over the synthetic sample journeys and the real recorded events together. */
export interface DashboardInsights {
  /** How many synthetic journeys are mixed in, so the page can label them as sample data. */
  sampleJourneys: number;
  funnel: FunnelReport;
  contactTimes: ContactTimes;
  csat: CsatReport;
  /** Feedback comments with their sentiment, real ones first, newest first; `sample` marks synthetic ones. */
  comments: Array<FeedbackWithSentiment & { sample: boolean }>;
  experiment: ExperimentReport & { phase: string };
}

/** The creditor is German: debtors without a recorded time zone are read in Berlin time. */
const CREDITOR_TIME_ZONE = 'Europe/Berlin';
const COMMENTS_SHOWN = 12;

let synthetic: Promise<InsightEvent[]> | undefined;

/** The synthetic journeys, computed once per process: they never change. */
function sampleEvents(): Promise<InsightEvent[]> {
  synthetic ??= syntheticJourneys();
  return synthetic;
}

/** Recorded effect type -> insight event type. */
const INSIGHT_TYPES: Record<string, InsightEvent['type']> = {
  // The reactions Settle reports, as they are.
  'link.opened': 'link.opened',
  'claim.viewed': 'claim.viewed',
  'option.chosen': 'option.chosen',
  // Journeys from before reactions existed: a completed quiz means the claim was viewed; a promise or a dispute is a choice.
  'quiz.completed': 'claim.viewed',
  'promise.made': 'option.chosen',
  'dispute.opened': 'option.chosen',
  'plan.accepted': 'plan.agreed',
  'payment.succeeded': 'payment.succeeded',
  'contact.requested': 'contact.requested',
  'feedback.given': 'feedback.submitted',
};

/**
 * The real ledger's events as insight events: the reactions with the channel, phase and
 * tone of the link's message; an agreed plan, a payment and a contact request (the
 * hardship path's good end) as outcomes; feedback with its CSAT score and comment.
 */
export async function recordedInsightEvents(db: Database): Promise<InsightEvent[]> {
  const { rows } = await db.query<{
    type: string;
    claim_id: string;
    created_at: Date;
    locale: 'de' | 'en';
    segment: string | null;
    score: number | null;
    comment: string | null;
    channel: string | null;
    phase: string | null;
    tone: string | null;
  }>(
    `select e.type, e.claim_id, e.created_at, c.locale, coalesce(q.segment, r.segment) as segment, f.score, f.comment, r.channel, r.phase, r.tone
     from events e join claims c on c.id = e.claim_id
     left join quiz_results q on q.event_id = e.id
     left join reactions r on r.event_id = e.id
     left join feedback f on f.event_id = e.id
     order by e.created_at, e.id`,
  );
  return rows.flatMap((row): InsightEvent[] => {
    const type = INSIGHT_TYPES[row.type];
    if (!type) return [];
    return [
      {
        type,
        claimId: row.claim_id,
        time: row.created_at.toISOString(),
        ...(row.segment ? { segment: row.segment as InsightEvent['segment'] } : {}),
        ...(row.channel ? { channel: row.channel as InsightEvent['channel'] } : {}),
        ...(row.phase ? { phase: row.phase as InsightEvent['phase'] } : {}),
        ...(row.tone ? { tone: row.tone as InsightEvent['tone'] } : {}),
        ...(type === 'feedback.submitted' ? { locale: row.locale, ...(row.score !== null ? { score: row.score } : {}), ...(row.comment ? { comment: row.comment } : {}) } : {}),
      },
    ];
  });
}

/** Every insight panel over sample and real events; `scale` is the creditor's CSAT scale. */
export async function readInsights(db: Database, scale: { min: number; max: number }): Promise<DashboardInsights> {
  const sample = await sampleEvents();
  const events = [...sample, ...(await recordedInsightEvents(db))];
  const comments = await feedbackSentiments(events, 'de');
  return {
    sampleJourneys: new Set(sample.map((event) => event.claimId)).size,
    funnel: funnel(events),
    contactTimes: contactTimes(events, CREDITOR_TIME_ZONE),
    csat: csat(events, scale),
    comments: comments
      .map((comment) => ({ ...comment, sample: comment.claimId.startsWith(SYNTHETIC_CLAIM_PREFIX) }))
      // The real comments first, then the samples; newest first within each.
      .sort((a, b) => Number(a.sample) - Number(b.sample) || b.time.localeCompare(a.time))
      .slice(0, COMMENTS_SHOWN),
    experiment: { ...(await experimentReport(FIRST_REMINDER_TONE_TEST, events)), phase: FIRST_REMINDER_TONE_TEST.phase },
  };
}
