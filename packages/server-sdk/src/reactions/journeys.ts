import type { JourneyStep, Segment, SessionTokenClaims } from '@settle/protocol';
import type { SettleContext } from '../context.js';
import type { EffectType, NewSettleEvent, SettleEvent } from '../effects/events.js';
import type { SettleStore } from '../store/store.js';
import { reactionData, type JourneyContext } from './reaction-data.js';

/** One debtor session as the abandonment check needs it, kept until the session has ended. */
export interface JourneyRecord extends JourneyContext {
  claimId: string;
  startedAt: number;
  /** When the session's current token runs out; each renewal moves it. */
  endsAt: number;
}

const JOURNEY = 'journey:';
const LAST_STEP = 'journey-step:';
const SEGMENT = 'claim-segment:';
const OUTCOME = 'claim-outcome:';
/** A record outlives its session by this much, so a sweep that was down for a while still finds it. */
const KEEP_AFTER_END_MS = 24 * 3600_000;
/** Segments and outcomes describe the claim across sessions and links. */
const CLAIM_FACT_MS = 365 * 24 * 3600_000;

/** What a debtor does that ends a journey with an outcome (so it was not abandoned). */
export const OUTCOME_EFFECTS: ReadonlySet<EffectType> = new Set(['plan.accepted', 'promise.made', 'payment.succeeded', 'dispute.opened', 'contact.requested']);

export function journeyContextOf(session: SessionTokenClaims): JourneyContext {
  return { channel: session.ch ?? null, phase: session.ph ?? null, tone: session.tn ?? null };
}

/** Records a new session's journey and, for a link's session, reports `link.opened`. */
export async function openJourney(context: SettleContext, session: SessionTokenClaims): Promise<void> {
  const { store, now } = context.options;
  const record: JourneyRecord = { claimId: session.sub, startedAt: now(), endsAt: session.exp * 1000, ...journeyContextOf(session) };
  await store.set(JOURNEY + session.sid, JSON.stringify(record), session.absExp * 1000 - now() + KEEP_AFTER_END_MS);
  if (session.lnk) await reportReaction(context, session, 'link.opened', `link.opened:${session.sid}`, {});
}

/** A renewal: the journey now ends with the new token. */
export async function extendJourney(context: SettleContext, session: SessionTokenClaims): Promise<void> {
  const { store, now } = context.options;
  const raw = await store.get(JOURNEY + session.sid);
  if (raw === null) return;
  const record = { ...(JSON.parse(raw) as JourneyRecord), endsAt: session.exp * 1000 };
  await store.set(JOURNEY + session.sid, JSON.stringify(record), session.absExp * 1000 - now() + KEEP_AFTER_END_MS);
}

/** Records a reaction of the session as an effect, once per `id`. */
export async function reportReaction(context: SettleContext, session: SessionTokenClaims, type: EffectType, id: string, extra: Record<string, unknown>): Promise<void> {
  const segment = await segmentOf(context, session.sub);
  const data = { ...reactionData(context.options.now(), journeyContextOf(session), segment), ...extra };
  await context.effects.dispatch({ id, type, claimId: session.sub, data } as NewSettleEvent);
}

export async function noteLastStep(context: SettleContext, session: SessionTokenClaims, step: JourneyStep): Promise<void> {
  await context.options.store.set(LAST_STEP + session.sid, step, session.absExp * 1000 - context.options.now() + KEEP_AFTER_END_MS);
}

/** The debtor's segment from the claim's latest quiz: reactions and the next link's tone read it. */
export async function noteSegment(context: SettleContext, claimId: string, segment: Segment): Promise<void> {
  await context.options.store.set(SEGMENT + claimId, segment, CLAIM_FACT_MS);
}

export async function segmentOf(context: SettleContext, claimId: string): Promise<Segment | null> {
  return (await context.options.store.get(SEGMENT + claimId)) as Segment | null;
}

/** Called for every newly recorded effect: an outcome marks the claim's journeys up to now as concluded. */
export async function noteOutcome(store: SettleStore, event: SettleEvent): Promise<void> {
  if (OUTCOME_EFFECTS.has(event.type)) await store.set(OUTCOME + event.claimId, String(Date.parse(event.createdAt)), CLAIM_FACT_MS);
}

/** Grace after a token's end for clocks of several instances and a request already under way. */
const END_GRACE_MS = 60_000;

/**
 * Reports `journey.abandoned` for every session whose token ran out (idle or at its absolute
 * limit) with no outcome for its claim since it started, and forgets ended sessions. Runs on
 * a timer; call it yourself (e.g. from a job) to check now. Returns how many it reported.
 * Idempotent: the event id is the session's, so two instances sweeping at once report it once.
 */
export async function reportAbandonedJourneys(context: SettleContext): Promise<number> {
  const { store, now } = context.options;
  let reported = 0;
  for (const key of await store.keys(JOURNEY)) {
    const raw = await store.get(key);
    if (raw === null) continue;
    const record = JSON.parse(raw) as JourneyRecord;
    if (record.endsAt + END_GRACE_MS > now()) continue;
    const sid = key.slice(JOURNEY.length);
    const outcomeAt = Number((await store.get(OUTCOME + record.claimId)) ?? 0);
    if (outcomeAt < record.startedAt) {
      const lastStep = (await store.get(LAST_STEP + sid)) as JourneyStep | null;
      const data = { ...reactionData(now(), record, await segmentOf(context, record.claimId)), lastStep };
      if ((await context.effects.dispatch({ id: `journey.abandoned:${sid}`, type: 'journey.abandoned', claimId: record.claimId, data })) === 'recorded') reported += 1;
    }
    await store.delete(key);
    await store.delete(LAST_STEP + sid);
  }
  return reported;
}
