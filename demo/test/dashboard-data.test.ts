import type { SettleEvent } from '@settle/server-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoBackend } from '../src/backend.js';
import { readDashboard, type DashboardData } from '../src/dashboard/dashboard-data.js';
import { openDatabase, type Database } from '../src/db/database.js';
import { sampleDebtors } from '../src/seed/sample-debtors.js';
import { seedClaims } from '../src/seed/seed.js';

const debtors = sampleDebtors('2026-11-23');
const claim = (key: string) => debtors.find((debtor) => debtor.key === key)!.claim;
let db: Database;
let data: DashboardData;

function event(type: SettleEvent['type'], key: string, data: Record<string, unknown>, id: string): SettleEvent {
  return { id, type, claimId: claim(key).id, createdAt: '2026-11-23T10:00:00.000Z', data };
}

beforeAll(async () => {
  db = await openDatabase();
  await seedClaims(db, debtors);
  const backend = createDemoBackend(db);
  const events = [
    event('quiz.completed', 'forgot', { outcome: { segment: 'forgot' } }, 'q1'),
    event('payment.succeeded', 'forgot', { provider: 'sandbox', option: 'full', amount: claim('forgot').total }, 'p1'),
    event('feedback.given', 'forgot', { feedback: { score: 9 } }, 'f1'),
    event('quiz.completed', 'pay-now-us', { outcome: { segment: 'pay_now' } }, 'q2'),
    event('payment.succeeded', 'pay-now-us', { provider: 'sandbox', option: 'partial', amount: { amount: 10_000, currency: 'USD' } }, 'p2'),
    event('payment.failed', 'pay-now-us', { provider: 'sandbox', option: 'full', amount: claim('pay-now-us').total, failureReason: 'card_declined' }, 'p3'),
    event('quiz.completed', 'instalments', { outcome: { segment: 'instalments' } }, 'q3'),
    event('plan.accepted', 'instalments', { plan: { kind: 'instalments', schedule: { kind: 'instalments', instalments: [{}, {}, {}], total: claim('instalments').total } } }, 'pl1'),
    event('feedback.given', 'instalments', { feedback: { score: 7 } }, 'f2'),
    event('feedback.given', 'hardship', { feedback: { score: 7 } }, 'f3'),
  ];
  for (const delivery of [...events, ...events]) await backend.record(delivery);
  data = await readDashboard(db, { min: 1, max: 9 });
}, 60_000);

afterAll(async () => {
  await db.close();
});

describe('dashboard data', () => {
  it('counts the funnel per quiz segment from distinct claims, however often events were delivered', () => {
    const row = (segment: string) => data.funnel.find((entry) => entry.segment === segment);
    expect(row('forgot')).toEqual({ segment: 'forgot', quizCompleted: 1, choseOption: 1, paid: 1, gaveFeedback: 1 });
    expect(row('pay_now')).toEqual({ segment: 'pay_now', quizCompleted: 1, choseOption: 1, paid: 1, gaveFeedback: 0 });
    expect(row('instalments')).toEqual({ segment: 'instalments', quizCompleted: 1, choseOption: 1, paid: 0, gaveFeedback: 1 });
    expect(row('hardship')).toEqual({ segment: 'hardship', quizCompleted: 0, choseOption: 0, paid: 0, gaveFeedback: 0 });
    expect(data.funnel).toHaveLength(6);
  });

  it('spreads CSAT scores over the whole 1-9 scale', () => {
    expect(data.csat).toEqual({ min: 1, max: 9, responses: 3, counts: [0, 0, 0, 0, 0, 0, 2, 0, 1] });
  });

  it('sums successful payments per currency as exact decimals, leaving failed ones out', () => {
    expect(data.collected).toEqual([
      { currency: 'EUR', amount: '87.00' },
      { currency: 'USD', amount: '100.00' },
    ]);
    expect(data.payments.map((payment) => [payment.outcome, payment.amount, payment.currency])).toEqual(
      expect.arrayContaining([['succeeded', '87.00', 'EUR'], ['succeeded', '100.00', 'USD'], ['failed', '425.00', 'USD']]),
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
