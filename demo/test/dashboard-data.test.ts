import { funnel, type InsightEvent } from '@settle/server-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoBackend } from '../src/backend.js';
import { readDashboard, type DashboardData } from '../src/dashboard/dashboard-data.js';
import { openDatabase, type Database } from '../src/db/database.js';
import { sampleDebtors } from '../src/seed/sample-debtors.js';
import { seedClaims } from '../src/seed/seed.js';
import { syntheticJourneys } from '../src/seed/synthetic-journeys.js';
import { partialEvent } from '../../tests/fixtures/events.js';

const debtors = sampleDebtors('2026-11-23');
const claim = (key: string) => debtors.find((debtor) => debtor.key === key)!.claim;
let db: Database;
let data: DashboardData;
let sample: InsightEvent[];
let sampleFunnel: number[];
const funnelOf = (events: InsightEvent[]) => funnel(events).all.map((stage) => stage.claims);

const event: typeof partialEvent = (type, key, data, id) => partialEvent(type, claim(key).id, data, id);

beforeAll(async () => {
  db = await openDatabase();
  await seedClaims(db, debtors);
  const backend = createDemoBackend(db);
  const events = [
    event('quiz.completed', 'forgot', { outcome: { segment: 'forgot' } }, 'q1'),
    event('payment.succeeded', 'forgot', { provider: 'sandbox', option: 'full', amount: claim('forgot').total }, 'p1'),
    event('feedback.given', 'forgot', { feedback: { score: 9, comment: 'Sehr freundlich, danke!' } }, 'f1'),
    event('quiz.completed', 'pay-now-us', { outcome: { segment: 'pay_now' } }, 'q2'),
    event('payment.succeeded', 'pay-now-us', { provider: 'sandbox', option: 'partial', amount: { amount: 10_000, currency: 'USD' } }, 'p2'),
    event('payment.failed', 'pay-now-us', { provider: 'sandbox', option: 'full', amount: claim('pay-now-us').total, failureReason: 'card_declined' }, 'p3'),
    event('quiz.completed', 'instalments', { outcome: { segment: 'instalments' } }, 'q3'),
    event('plan.accepted', 'instalments', { plan: { kind: 'instalments', schedule: { kind: 'instalments', instalments: [{}, {}, {}], total: claim('instalments').total } } }, 'pl1'),
    event('feedback.given', 'instalments', { feedback: { score: 7 } }, 'f2'),
    event('quiz.completed', 'hardship', { outcome: { segment: 'hardship' } }, 'q4'),
    event('contact.requested', 'hardship', { contact: { channel: 'callback', hardship: true } }, 'c1'),
    event('feedback.given', 'hardship', { feedback: { score: 7 } }, 'f3'),
  ];
  for (const delivery of [...events, ...events]) await backend.record(delivery);
  data = await readDashboard(db, { min: 1, max: 9 });
  sample = await syntheticJourneys();
  sampleFunnel = funnelOf(sample);
}, 60_000);

afterAll(async () => {
  await db.close();
});

describe('dashboard data', () => {
  it('adds the real journeys to the synthetic ones: every stage counts distinct claims and never exceeds the one before', () => {
    const stages = data.insights.funnel.all.map((stage) => stage.claims);
    // Four real claims completed the quiz (viewed), and all four reached an outcome; redeliveries count once.
    expect(stages[0]).toBe(sampleFunnel[0]! + 4);
    expect(stages[4]).toBe(sampleFunnel[4]! + 4);
    for (const funnel of [data.insights.funnel.all, ...Object.values(data.insights.funnel.bySegment)]) {
      funnel.forEach((stage, index) => {
        if (index > 0) expect(stage.claims).toBeLessThanOrEqual(funnel[index - 1]!.claims);
      });
    }
  });

  it("states each stage's rate as its count over the previous stage's count", () => {
    const funnel = data.insights.funnel.all;
    expect(funnel.map((stage) => stage.stage)).toEqual(['sent', 'opened', 'viewed', 'chose', 'agreed_or_paid']);
    for (let index = 1; index < funnel.length; index++) {
      expect(funnel[index]!.fromPrevious).toBeCloseTo(funnel[index]!.claims / funnel[index - 1]!.claims, 12);
      expect(funnel[index]!.fromFirst).toBeCloseTo(funnel[index]!.claims / funnel[0]!.claims, 12);
    }
  });

  it('counts a hardship contact request as an outcome of the hardship segment', async () => {
    const hardshipSample = funnelOf(sample.filter((event) => event.segment === 'hardship'));
    expect(sample.some((event) => event.segment === 'hardship' && event.type === 'contact.requested')).toBe(true);
    expect(data.insights.funnel.bySegment.hardship?.[4]?.claims).toBe(hardshipSample[4]! + 1);
    expect(data.insights.funnel.bySegment.hardship?.[4]?.claims).toBeGreaterThan(0);
  });

  it('averages CSAT over the seeded scores and the real ones, per segment and overall', () => {
    const scores = sample.flatMap((event) => (event.type === 'feedback.submitted' && event.score !== undefined ? [event.score] : []));
    expect(scores.length).toBeGreaterThan(20);
    const real = [9, 7, 7];
    const all = [...scores, ...real];
    expect(data.insights.csat.all.responses).toBe(all.length);
    expect(data.insights.csat.all.average).toBeCloseTo(all.reduce((sum, score) => sum + score, 0) / all.length, 12);
    const forgot = [...sample.filter((event) => event.segment === 'forgot' && event.type === 'feedback.submitted').map((event) => event.score!), 9];
    expect(data.insights.csat.bySegment.forgot?.average).toBeCloseTo(forgot.reduce((sum, score) => sum + score, 0) / forgot.length, 12);
    expect(data.insights.csat.all.distribution.reduce((sum, count) => sum + count, 0)).toBe(all.length);
  });

  it("lays opens and outcomes on a weekday × hour grid in the debtor's time zone", () => {
    const { opens, outcomes, best } = data.insights.contactTimes;
    expect(opens).toHaveLength(7);
    expect(opens.every((row) => row.length === 24)).toBe(true);
    const sum = (grid: number[][]) => grid.flat().reduce((total, count) => total + count, 0);
    expect(sum(opens)).toBe(sample.filter((event) => event.type === 'link.opened').length);
    expect(sum(outcomes)).toBe(sample.filter((event) => ['plan.agreed', 'payment.succeeded', 'contact.requested'].includes(event.type)).length + 4);
    expect(best).not.toBeNull();
  });

  it('tags each shown comment with its sentiment, the real ones first', () => {
    const comments = data.insights.comments;
    expect(comments.length).toBeGreaterThan(3);
    expect(comments.every((comment) => ['positive', 'neutral', 'negative'].includes(comment.sentiment))).toBe(true);
    expect(comments[0]).toMatchObject({ sample: false, comment: 'Sehr freundlich, danke!', sentiment: 'positive' });
    expect(comments.filter((comment) => comment.sample).length).toBeGreaterThan(0);
  });

  it("reports the first reminder's tone experiment per variant, with an interval and a plain summary", () => {
    const { variants, comparisons } = data.insights.experiment;
    expect(variants.map((variant) => variant.variant)).toEqual(['neutral', 'empathetic']);
    const sent = new Set(sample.filter((event) => event.type === 'message.sent').map((event) => event.claimId));
    expect(variants[0]!.claims + variants[1]!.claims).toBe(sent.size);
    for (const variant of variants) expect(variant.rate).toBeCloseTo(variant.converted / variant.claims, 12);
    const comparison = comparisons[0]!;
    expect(comparison.difference.low).toBeLessThan(comparison.difference.estimate);
    expect(comparison.difference.high).toBeGreaterThan(comparison.difference.estimate);
    expect(comparison.summary.de).toMatch(comparison.significant ? /wirkt/ : /noch nicht signifikant/);
  });

  it('keeps the synthetic journeys out of the ledger', () => {
    expect(data.insights.sampleJourneys).toBe(300);
    expect(data.claims).toHaveLength(debtors.length);
    expect(data.claims.some((claim) => claim.id.startsWith('beispiel-'))).toBe(false);
  });

  it('sums successful payments per currency as exact decimals, leaving failed ones out', () => {
    expect(data.collected).toEqual([
      { currency: 'EUR', amount: '87.00' },
      { currency: 'USD', amount: '100.00' },
    ]);
    expect(data.payments.map((payment) => [payment.outcome, payment.amount, payment.currency])).toEqual(
      expect.arrayContaining([
        ['succeeded', '87.00', 'EUR'],
        ['succeeded', '100.00', 'USD'],
        ['failed', '425.00', 'USD'],
      ]),
    );
  });

  it('shows each claim with its state, open amount and latest quiz segment', () => {
    const forgot = data.claims.find((entry) => entry.key === 'forgot');
    expect(forgot).toMatchObject({ status: 'settled', total: '0.00', segment: 'forgot', debtorName: 'Erika Mustermann' });
    expect(data.claims.find((entry) => entry.key === 'pay-now-us')).toMatchObject({ status: 'open', total: '325.00', segment: 'pay_now' });
    expect(data.claims.find((entry) => entry.key === 'instalments')).toMatchObject({ status: 'plan_active', segment: 'instalments' });
    expect(data.plans).toEqual([expect.objectContaining({ kind: 'instalments', instalmentCount: 3, total: '1215.41', currency: 'EUR' })]);
  });
});
