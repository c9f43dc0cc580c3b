import type { Segment } from '@settle/protocol';
import { assignVariant, type InsightEvent, type ToneExperiment } from '@settle/server-sdk';
import { seededRandom } from './seeded-random.js';

/**
 * Synthetic journeys for the dashboard's insight charts: sample data, clearly labelled as
 * such on the page, computed at start-up and never written to the ledger, so claims,
 * payments and totals stay those of the real sample debtors.
 */

/** The demo creditor's tone test: empathetic against neutral wording in the first reminder. */
export const FIRST_REMINDER_TONE_TEST: ToneExperiment = { id: 'first-reminder-tone', phase: 'first_reminder', variants: ['neutral', 'empathetic'] };

/** Claim ids of synthetic journeys start with this, so no one mistakes them for real claims. */
export const SYNTHETIC_CLAIM_PREFIX = 'beispiel-';

export const SYNTHETIC_JOURNEY_COUNT = 300;

const SEGMENTS: readonly Segment[] = ['forgot', 'pay_now', 'short_until_payday', 'instalments', 'hardship', 'dispute'];
const CHANNELS = ['email', 'sms', 'whatsapp'] as const;
const TIME_ZONES = ['Europe/Berlin', 'Europe/Berlin', 'Europe/Berlin', 'Europe/Vienna', 'Europe/Zurich', 'America/Chicago'] as const;
/** Chance a link is opened, per channel: short messages are read sooner. */
const OPEN_RATE = { email: 0.55, sms: 0.75, whatsapp: 0.8 } as const;
/** Hours after sending that people open links: mostly the same evening or the next lunch break. */
const OPEN_DELAYS = [1, 2, 3, 8, 9, 10, 11, 26, 27] as const;

const OUTCOME_OF: Record<Segment, InsightEvent['type'] | null> = {
  forgot: 'payment.succeeded',
  pay_now: 'payment.succeeded',
  short_until_payday: 'plan.agreed',
  instalments: 'plan.agreed',
  // A hardship journey ends well when the debtor asks for a person to talk to.
  hardship: 'contact.requested',
  // A dispute is a choice, not a payment: it stops before the outcome.
  dispute: null,
};

/** Comments the synthetic debtors leave, with a CSAT score that fits each. */
const COMMENTS: ReadonlyArray<{ locale: 'de' | 'en'; comment: string; score: number }> = [
  { locale: 'de', comment: 'Sehr freundlich und schnell erledigt, danke!', score: 9 },
  { locale: 'de', comment: 'Die Ratenzahlung war einfach einzurichten.', score: 8 },
  { locale: 'de', comment: 'Endlich eine faire Lösung, ich bin erleichtert.', score: 8 },
  { locale: 'de', comment: 'Ging so, die Seite hat etwas lange geladen.', score: 5 },
  { locale: 'de', comment: 'Ich habe den Betrag bezahlt.', score: 6 },
  { locale: 'de', comment: 'Unfreundlicher Ton in der Mahnung, das war ärgerlich.', score: 2 },
  { locale: 'en', comment: 'Quick and friendly, thank you.', score: 9 },
  { locale: 'en', comment: 'Great to spread the payments, very helpful.', score: 8 },
  { locale: 'en', comment: 'I paid the balance today.', score: 6 },
  { locale: 'en', comment: 'The reminder felt rude and stressful.', score: 2 },
];

/** Seconds are kept at zero so the times read like the events a creditor stores. */
const at = (time: number) => new Date(time).toISOString().replace('.000Z', 'Z');

/**
 * A few hundred journeys as insight events: each claim is sent a first reminder (tone by
 * the experiment's deterministic assignment), and then opens, views, chooses and reaches an
 * outcome with chances that depend on the channel, the segment and a little on the tone.
 */
export async function syntheticJourneys(count = SYNTHETIC_JOURNEY_COUNT, seed = 14, start = Date.UTC(2026, 10, 2)): Promise<InsightEvent[]> {
  const next = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const events: InsightEvent[] = [];
  for (let index = 0; index < count; index++) {
    const claimId = `${SYNTHETIC_CLAIM_PREFIX}${String(index + 1).padStart(3, '0')}`;
    const segment = pick(SEGMENTS);
    const channel = pick(CHANNELS);
    const timeZone = pick(TIME_ZONES);
    const tone = await assignVariant(FIRST_REMINDER_TONE_TEST, claimId);
    const touch = { claimId, segment, channel, phase: 'first_reminder' as const, tone, timeZone };
    // Sent on a weekday morning (UTC), some time in the four weeks from `start`.
    const sent = start + Math.floor(next() * 28) * 86_400_000 + (7 + Math.floor(next() * 4)) * 3_600_000;
    events.push({ type: 'message.sent', time: at(sent), ...touch, experimentId: FIRST_REMINDER_TONE_TEST.id, variant: tone });
    if (next() >= OPEN_RATE[channel]) continue;
    const opened = sent + pick(OPEN_DELAYS) * 3_600_000 + Math.floor(next() * 50) * 60_000;
    events.push({ type: 'link.opened', time: at(opened), ...touch });
    if (next() >= 0.85) continue;
    events.push({ type: 'claim.viewed', time: at(opened + 60_000), ...touch });
    if (next() >= 0.7) continue;
    events.push({ type: 'option.chosen', time: at(opened + 4 * 60_000), ...touch });
    const outcome = OUTCOME_OF[segment];
    if (!outcome || next() >= (tone === 'empathetic' ? 0.85 : 0.75)) continue;
    events.push({ type: outcome, time: at(opened + 6 * 60_000), ...touch });
    if (next() >= 0.45) continue;
    const { locale, comment, score } = pick(COMMENTS);
    events.push({ type: 'feedback.submitted', time: at(opened + 8 * 60_000), ...touch, score, comment, locale });
  }
  return events;
}
