import { describe, expect, it } from 'vitest';
import { germanClaim } from '../../../tests/fixtures/claims.js';
import { ClaimResponse, OUTCOME_STATES, Outcome } from '../src/index.js';

const common = { openTotal: { amount: 7_837, currency: 'EUR' }, receipts: [], feedbackGiven: false };

describe('Outcome', () => {
  it('reads every state with the fields it needs', () => {
    const samples: Outcome[] = [
      { state: 'open', ...common },
      { state: 'settled', ...common },
      { state: 'paid_in_full', ...common },
      { state: 'partially_paid', ...common, paid: { amount: 5_000, currency: 'EUR' } },
      { state: 'plan_active', ...common, planId: 'pln_1', paid: { amount: 0, currency: 'EUR' }, instalmentCount: 3, autopay: false },
      { state: 'deferred', ...common, planId: 'pln_1', until: '2026-12-20', amount: { amount: 7_837, currency: 'EUR' } },
      { state: 'promised', ...common, planId: 'pln_1', date: '2026-12-14', amount: { amount: 7_837, currency: 'EUR' } },
      { state: 'paused', ...common, planId: 'pln_1', until: '2027-01-22' },
      { state: 'overdue', ...common, planId: 'pln_1', kind: 'deferral', date: '2026-12-10' },
      { state: 'creditor_plan', ...common, nextDue: { dueDate: '2026-12-01', amount: { amount: 3_000, currency: 'EUR' } } },
      { state: 'settled', ...common, refunded: { amount: 7_837, currency: 'EUR' } },
      { state: 'disputed', ...common },
      { state: 'contact_requested', ...common, since: '2026-11-23T10:00:00.000Z', hardship: true },
    ];
    for (const sample of samples) expect(Outcome.parse(sample)).toEqual(sample);
    expect(new Set(samples.map((sample) => sample.state))).toEqual(new Set(OUTCOME_STATES));
  });

  it('refuses an unknown state and a state without its own fields', () => {
    expect(Outcome.safeParse({ state: 'all_done', ...common }).success).toBe(false);
    expect(Outcome.safeParse({ state: 'plan_active', ...common }).success).toBe(false);
    expect(Outcome.safeParse({ state: 'deferred', ...common, planId: 'pln_1', amount: common.openTotal }).success).toBe(false);
    expect(Outcome.safeParse({ state: 'overdue', ...common, planId: 'pln_1', kind: 'instalments', date: '2026-12-10' }).success).toBe(false);
  });

  it('is required in the claim read', () => {
    expect(ClaimResponse.safeParse({ claim: germanClaim(), outcome: { state: 'open', ...common } }).success).toBe(true);
    expect(ClaimResponse.safeParse({ claim: germanClaim() }).success).toBe(false);
  });
});
