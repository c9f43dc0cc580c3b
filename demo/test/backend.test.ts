import { Claim } from '@settle/protocol';
import { EFFECT_HOOKS, type SettleEvent } from '@settle/server-sdk';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDemoBackend, type DemoBackend } from '../src/backend.js';
import { openDatabase, type Database } from '../src/db/database.js';
import { sampleDebtors } from '../src/seed/sample-debtors.js';
import { seedClaims } from '../src/seed/seed.js';

const debtors = sampleDebtors('2026-11-23');
const forgot = debtors.find((debtor) => debtor.key === 'forgot')!.claim;
const instalments = debtors.find((debtor) => debtor.key === 'instalments')!.claim;

let db: Database;
let backend: DemoBackend;

function event(type: SettleEvent['type'], claimId: string, data: Record<string, unknown>, id = `${type}:${claimId}:1`): SettleEvent {
  return { id, type, claimId, createdAt: '2026-11-23T10:00:00.000Z', data };
}

async function count(table: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(`select count(*)::int as n from ${table}`);
  return rows[0]?.n ?? 0;
}

async function claimOf(id: string): Promise<Claim> {
  return Claim.parse(await backend.getClaim(id));
}

beforeAll(async () => {
  db = await openDatabase();
  backend = createDemoBackend(db);
}, 60_000); // the embedded Postgres takes a few seconds to start on a busy machine

beforeEach(async () => {
  await db.exec('truncate events, payments, plans, promises, disputes, contact_requests, feedback, quiz_results, claims');
  await seedClaims(db, debtors);
});

afterAll(async () => {
  await db.close();
});

describe('demo backend', () => {
  it('returns every seeded claim as a valid protocol Claim', async () => {
    for (const debtor of debtors) expect(await claimOf(debtor.claim.id)).toEqual(debtor.claim);
  });

  it('returns null for a claim it does not know', async () => {
    expect(await backend.getClaim('clm_nobody')).toBeNull();
  });

  it('answers every effect hook the SDK knows', () => {
    for (const name of Object.values(EFFECT_HOOKS)) expect(typeof backend[name]).toBe('function');
  });

  it('books a payment redelivered three times and raced five times exactly once', async () => {
    const paid = event('payment.succeeded', instalments.id, { amount: { amount: 15000, currency: 'EUR' }, provider: 'sandbox' });
    for (let i = 0; i < 3; i += 1) await backend.onPaymentSucceeded!(paid);
    await Promise.all(Array.from({ length: 5 }, () => backend.onPaymentSucceeded!(paid)));
    expect(await count('events')).toBe(1);
    expect(await count('payments')).toBe(1);
    const claim = await claimOf(instalments.id);
    expect(claim.total).toEqual({ amount: instalments.total.amount - 15000, currency: 'EUR' });
    expect(claim.balanceVersion).toBe(instalments.balanceVersion + 1);
    expect(claim.status).toBe('open');
    expect(claim.lines.filter((line) => line.kind === 'payment')).toHaveLength(2);
  });

  it('settles a claim paid in full, with an itemization that still adds up', async () => {
    await backend.onPaymentSucceeded!(event('payment.succeeded', forgot.id, { amount: forgot.total }));
    const claim = await claimOf(forgot.id);
    expect(claim.status).toBe('settled');
    expect(claim.total.amount).toBe(0);
    expect(claim.lines.at(-1)).toMatchObject({ kind: 'payment', amount: forgot.total, date: '2026-11-23' });
  });

  it('records a failed payment without touching the balance', async () => {
    expect(await backend.record(event('payment.failed', forgot.id, { amount: forgot.total, reason: 'declined' }))).toBe(true);
    const { rows } = await db.query<{ outcome: string; amount_minor: number }>('select outcome, amount_minor::int from payments');
    expect(rows).toEqual([{ outcome: 'failed', amount_minor: forgot.total.amount }]);
    expect(await claimOf(forgot.id)).toEqual(forgot);
  });

  it('refuses a payment in another currency than the claim, recording nothing', async () => {
    await expect(backend.record(event('payment.succeeded', forgot.id, { amount: { amount: 8700, currency: 'USD' } }))).rejects.toThrow(/USD/);
    expect(await count('events')).toBe(0);
    expect(await claimOf(forgot.id)).toEqual(forgot);
  });

  it('pauses collection on a dispute and stores its reason once', async () => {
    const dispute = event('dispute.opened', forgot.id, { reason: 'not_my_debt', note: 'Never had this contract' });
    expect(await backend.record(dispute)).toBe(true);
    expect(await backend.record(dispute)).toBe(false);
    const { rows } = await db.query('select reason, note from disputes');
    expect(rows).toEqual([{ reason: 'not_my_debt', note: 'Never had this contract' }]);
    expect((await claimOf(forgot.id)).status).toBe('disputed');
  });

  it('marks an accepted plan on the claim and stores its instalment count', async () => {
    await backend.onPlanAccepted!(event('plan.accepted', instalments.id, { kind: 'instalments', instalments: [{}, {}, {}, {}, {}, {}] }));
    const { rows } = await db.query('select kind, instalment_count from plans');
    expect(rows).toEqual([{ kind: 'instalments', instalment_count: 6 }]);
    expect((await claimOf(instalments.id)).status).toBe('plan_active');
  });

  it('stores feedback, contact requests and quiz results once each', async () => {
    const deliveries = [
      event('feedback.given', forgot.id, { score: 8, scaleMax: 9, comment: 'Quick and kind' }),
      event('contact.requested', forgot.id, { channel: 'phone', timeWindow: '17:00-19:00', topic: 'hardship' }),
      event('quiz.completed', forgot.id, { segment: 'forgot' }),
    ];
    for (const delivery of [...deliveries, ...deliveries]) await backend.record(delivery);
    expect(await db.query('select score, scale_max, comment from feedback').then((r) => r.rows)).toEqual([{ score: 8, scale_max: 9, comment: 'Quick and kind' }]);
    expect(await db.query('select channel, time_window, topic from contact_requests').then((r) => r.rows)).toEqual([{ channel: 'phone', time_window: '17:00-19:00', topic: 'hardship' }]);
    expect(await db.query('select segment from quiz_results').then((r) => r.rows)).toEqual([{ segment: 'forgot' }]);
    expect(await count('events')).toBe(3);
  });

  it('keeps an event kind it does not know in the ledger', async () => {
    const unknown = { ...event('quiz.completed', forgot.id, { anything: 1 }), type: 'plan.paused' } as unknown as SettleEvent;
    expect(await backend.record(unknown)).toBe(true);
    expect(await db.query('select type, data from events').then((r) => r.rows)).toEqual([{ type: 'plan.paused', data: { anything: 1 } }]);
  });

  it('keeps bookings when the seed runs again, as on a restart with a persisted database', async () => {
    await backend.record(event('payment.succeeded', forgot.id, { amount: forgot.total }));
    await seedClaims(db, debtors);
    expect((await claimOf(forgot.id)).status).toBe('settled');
  });

  it('confirms the identity only when every given answer matches the debtor', async () => {
    const erika = debtors.find((debtor) => debtor.key === 'forgot')!;
    const verify = backend.verifyIdentity!;
    expect(await verify(forgot.id, { dateOfBirth: erika.dateOfBirth })).toBe(true);
    expect(await verify(forgot.id, { postalCode: ' 10117 ' })).toBe(true);
    expect(await verify(forgot.id, { dateOfBirth: erika.dateOfBirth, postalCode: '10117' })).toBe(true);
    expect(await verify(forgot.id, { dateOfBirth: erika.dateOfBirth, postalCode: '10115' })).toBe(false);
    expect(await verify(forgot.id, { dateOfBirth: '1964-08-13' })).toBe(false);
    expect(await verify(forgot.id, {})).toBe(false);
    expect(await verify('clm_nobody', { dateOfBirth: erika.dateOfBirth })).toBe(false);
  });
});
