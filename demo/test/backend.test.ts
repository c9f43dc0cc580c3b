import { Claim } from '@settle/protocol';
import { EFFECT_HOOKS, type SettleEvent } from '@settle/server-sdk';
import { describe, expect, it } from 'vitest';
import { sampleDebtors } from '../src/seed/sample-debtors.js';
import { seedClaims } from '../src/seed/seed.js';
import { listDebtors } from '../src/server/demo-api.js';
import { useSeededLedger } from './seeded-ledger.js';
import { partialEvent } from '../../tests/fixtures/events.js';

const debtors = sampleDebtors('2026-11-23');
const forgot = debtors.find((debtor) => debtor.key === 'forgot')!.claim;
const instalments = debtors.find((debtor) => debtor.key === 'instalments')!.claim;

const ledger = useSeededLedger(debtors);

const event = partialEvent;

async function count(table: string): Promise<number> {
  const { rows } = await ledger.db.query<{ n: number }>(`select count(*)::int as n from ${table}`);
  return rows[0]?.n ?? 0;
}

async function claimOf(id: string): Promise<Claim> {
  return Claim.parse(await ledger.backend.getClaim(id));
}

describe('demo backend', () => {
  it('returns every seeded claim as a valid protocol Claim', async () => {
    for (const debtor of debtors) expect(await claimOf(debtor.claim.id)).toEqual(debtor.claim);
  });

  it('returns null for a claim it does not know', async () => {
    expect(await ledger.backend.getClaim('clm_nobody')).toBeNull();
  });

  it('answers every effect hook the SDK knows', () => {
    for (const name of Object.values(EFFECT_HOOKS)) expect(typeof ledger.backend[name]).toBe('function');
  });

  it('books a payment redelivered three times and raced five times exactly once', async () => {
    const paid = event('payment.succeeded', instalments.id, { paymentId: 'pay_1', provider: 'sandbox', reference: 'sbx_1', option: 'partial', amount: { amount: 15000, currency: 'EUR' } });
    for (let i = 0; i < 3; i += 1) await ledger.backend.onPaymentSucceeded!(paid);
    await Promise.all(Array.from({ length: 5 }, () => ledger.backend.onPaymentSucceeded!(paid)));
    expect(await count('events')).toBe(1);
    expect(await count('payments')).toBe(1);
    const claim = await claimOf(instalments.id);
    expect(claim.total).toEqual({ amount: instalments.total.amount - 15000, currency: 'EUR' });
    expect(claim.balanceVersion).toBe(instalments.balanceVersion + 1);
    expect(claim.status).toBe('open');
    expect(claim.lines.filter((line) => line.kind === 'payment')).toHaveLength(2);
  });

  it('settles a claim paid in full, with an itemization that still adds up', async () => {
    await ledger.backend.onPaymentSucceeded!(event('payment.succeeded', forgot.id, { paymentId: 'pay_2', provider: 'sandbox', option: 'full', amount: forgot.total }));
    const claim = await claimOf(forgot.id);
    expect(claim.status).toBe('settled');
    expect(claim.total.amount).toBe(0);
    expect(claim.lines.at(-1)).toMatchObject({ kind: 'payment', amount: forgot.total, date: '2026-11-23' });
  });

  it('never books a claim below zero: a payment larger than what is open books the open part and flags the rest', async () => {
    await ledger.backend.record(event('payment.succeeded', forgot.id, { provider: 'sandbox', option: 'partial', amount: { amount: forgot.total.amount - 1000, currency: 'EUR' } }, 'pay:a'));
    await ledger.backend.record(event('payment.succeeded', forgot.id, { provider: 'sandbox', option: 'full', amount: forgot.total }, 'pay:b'));
    await ledger.backend.record(event('payment.succeeded', forgot.id, { provider: 'sandbox', option: 'full', amount: forgot.total }, 'pay:c'));
    const claim = await claimOf(forgot.id);
    expect(claim.total.amount).toBe(0);
    expect(claim.status).toBe('settled');
    expect(
      claim.lines
        .filter((line) => line.kind === 'payment')
        .map((line) => line.amount.amount)
        .slice(-2),
    ).toEqual([forgot.total.amount - 1000, 1000]);
    const { rows } = await ledger.db.query('select event_id, excess_minor::int from payments order by event_id');
    expect(rows).toEqual([
      { event_id: 'pay:a', excess_minor: null },
      { event_id: 'pay:b', excess_minor: forgot.total.amount - 1000 },
      { event_id: 'pay:c', excess_minor: forgot.total.amount },
    ]);
  });

  it('lists an overpaid (refunded) payment without booking it, and records a revoked autopay', async () => {
    expect(await ledger.backend.record(event('payment.overpaid', forgot.id, { provider: 'sandbox', option: 'full', amount: forgot.total, refund: { reference: 'ref_1' } }))).toBe(true);
    expect(await ledger.backend.record(event('autopay.revoked', instalments.id, { provider: 'sandbox' }))).toBe(true);
    const { rows } = await ledger.db.query('select outcome, amount_minor::int from payments');
    expect(rows).toEqual([{ outcome: 'overpaid', amount_minor: forgot.total.amount }]);
    expect(await claimOf(forgot.id)).toEqual(forgot);
    expect(await count('autopay_revocations')).toBe(1);
  });

  it('records a failed payment without touching the balance', async () => {
    expect(await ledger.backend.record(event('payment.failed', forgot.id, { provider: 'sandbox', option: 'full', amount: forgot.total, failureReason: 'card_declined' }))).toBe(true);
    const { rows } = await ledger.db.query('select outcome, amount_minor::int, provider, option, failure_reason from payments');
    expect(rows).toEqual([{ outcome: 'failed', amount_minor: forgot.total.amount, provider: 'sandbox', option: 'full', failure_reason: 'card_declined' }]);
    expect(await claimOf(forgot.id)).toEqual(forgot);
  });

  it('refuses a payment in another currency than the claim, recording nothing', async () => {
    await expect(ledger.backend.record(event('payment.succeeded', forgot.id, { amount: { amount: 8700, currency: 'USD' } }))).rejects.toThrow(/USD/);
    expect(await count('events')).toBe(0);
    expect(await claimOf(forgot.id)).toEqual(forgot);
  });

  it('pauses collection on a dispute and stores its reason once', async () => {
    const dispute = event('dispute.opened', forgot.id, { dispute: { reason: 'not_my_debt', note: 'Never had this contract' }, jurisdiction: 'DE' });
    expect(await ledger.backend.record(dispute)).toBe(true);
    expect(await ledger.backend.record(dispute)).toBe(false);
    const { rows } = await ledger.db.query('select reason, note from disputes');
    expect(rows).toEqual([{ reason: 'not_my_debt', note: 'Never had this contract' }]);
    expect((await claimOf(forgot.id)).status).toBe('disputed');
  });

  it('marks an accepted plan on the claim and stores its instalment count', async () => {
    const schedule = { kind: 'instalments' as const, frequency: 'monthly' as const, instalments: Array.from({ length: 6 }, (_, i) => ({ number: i + 1 })), total: instalments.total };
    await ledger.backend.onPlanAccepted!(event('plan.accepted', instalments.id, { plan: { id: 'pln_1', kind: 'instalments', schedule } }));
    const { rows } = await ledger.db.query('select kind, instalment_count, frequency, total_minor::int from plans');
    expect(rows).toEqual([{ kind: 'instalments', instalment_count: 6, frequency: 'monthly', total_minor: instalments.total.amount }]);
    expect((await claimOf(instalments.id)).status).toBe('plan_active');
  });

  it('stores a promise to pay with its date and amount, leaving the claim open', async () => {
    const schedule = { kind: 'promise_to_pay' as const, instalments: [{ number: 1, dueDate: '2026-12-01', amount: forgot.total }], total: forgot.total };
    await ledger.backend.onPromiseToPay!(event('promise.made', forgot.id, { plan: { id: 'pln_2', kind: 'promise_to_pay', schedule } }));
    expect(await ledger.db.query('select promised_date, amount_minor::int from promises').then((r) => r.rows)).toEqual([{ promised_date: '2026-12-01', amount_minor: forgot.total.amount }]);
    expect((await claimOf(forgot.id)).status).toBe('open');
  });

  it('stores feedback, contact requests and quiz results once each', async () => {
    const deliveries = [
      event('feedback.given', forgot.id, { feedback: { score: 8, comment: 'Quick and kind' } }),
      event('contact.requested', forgot.id, {
        contact: { channel: 'callback', preferredTime: { days: ['mon', 'fri'], from: '17:00', to: '19:00', timeZone: 'Europe/Berlin' }, hardship: true, note: 'Lost my job' },
      }),
      event('quiz.completed', forgot.id, { answers: [{ step: 'q1', answer: 'a' }], outcome: { segment: 'forgot', recommended: ['pay_in_full'] } }),
    ];
    for (const delivery of [...deliveries, ...deliveries]) await ledger.backend.record(delivery);
    expect(await ledger.db.query('select score, comment from feedback').then((r) => r.rows)).toEqual([{ score: 8, comment: 'Quick and kind' }]);
    expect(await ledger.db.query('select channel, time_window, topic, hardship from contact_requests').then((r) => r.rows)).toEqual([
      { channel: 'callback', time_window: 'mon,fri 17:00-19:00 Europe/Berlin', topic: 'Lost my job', hardship: true },
    ]);
    expect(await ledger.db.query('select segment from quiz_results').then((r) => r.rows)).toEqual([{ segment: 'forgot' }]);
    expect(await count('events')).toBe(3);
  });

  it('keeps an event kind it does not know in the ledger only', async () => {
    const unknown = { ...event('quiz.completed', forgot.id, {}), data: { anything: 1 }, type: 'plan.renegotiated' } as unknown as SettleEvent;
    expect(await ledger.backend.record(unknown)).toBe(true);
    expect(await ledger.db.query('select type, data from events').then((r) => r.rows)).toEqual([{ type: 'plan.renegotiated', data: { anything: 1 } }]);
  });

  it('keeps bookings when the seed runs again, as on a restart with a persisted database', async () => {
    await ledger.backend.record(event('payment.succeeded', forgot.id, { option: 'full', amount: forgot.total }));
    await seedClaims(ledger.db, debtors);
    expect((await claimOf(forgot.id)).status).toBe('settled');
  });

  it('confirms the identity only when every given answer matches the debtor', async () => {
    const erika = debtors.find((debtor) => debtor.key === 'forgot')!;
    const verify = ledger.backend.verifyIdentity!;
    expect(await verify(forgot.id, { dateOfBirth: erika.dateOfBirth })).toBe(true);
    expect(await verify(forgot.id, { postalCode: ' 10117 ' })).toBe(true);
    expect(await verify(forgot.id, { dateOfBirth: erika.dateOfBirth, postalCode: '10117' })).toBe(true);
    expect(await verify(forgot.id, { dateOfBirth: erika.dateOfBirth, postalCode: '10115' })).toBe(false);
    expect(await verify(forgot.id, { dateOfBirth: '1964-08-13' })).toBe(false);
    expect(await verify(forgot.id, {})).toBe(false);
    expect(await verify('clm_nobody', { dateOfBirth: erika.dateOfBirth })).toBe(false);
  });

  it('lists the identity answers for the index page only when the identity check is on', async () => {
    expect((await listDebtors(ledger.db, [])).every((debtor) => debtor.identity === null)).toBe(true);
    const listed = await listDebtors(ledger.db, [], true);
    expect(listed.find((debtor) => debtor.key === 'forgot')?.identity).toEqual({ dateOfBirth: debtors[0]!.dateOfBirth, postalCode: '10117' });
  });
});
