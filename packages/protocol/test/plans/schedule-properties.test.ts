import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, buildOffers, buildSchedule, daysBetween, money, resolvePolicy, type Frequency, type OfferTermsOf, type Schedule } from '../../src/index.js';

const frequencies: Frequency[] = ['weekly', 'biweekly', 'monthly'];

/** A random but valid creditor policy, balance and day, in EUR (2 digits) or JPY (none). */
const scenario = fc.record({
  currency: fc.constantFrom('EUR', 'JPY'),
  balance: fc.integer({ min: 1, max: 50_000_000 }),
  minimumInstalment: fc.integer({ min: 1, max: 500_000 }),
  maxInstalments: fc.integer({ min: 2, max: 24 }),
  frequencies: fc.subarray(frequencies, { minLength: 1 }),
  latestFirstDueDays: fc.integer({ min: 0, max: 90 }),
  remainderOn: fc.constantFrom<'last' | 'first'>('last', 'first'),
  cost: fc.integer({ min: 0, max: 5_000 }),
  downPaymentBasisPoints: fc.option(fc.integer({ min: 0, max: 5_000 }), { nil: undefined }),
  today: fc.integer({ min: 0, max: 3_650 }).map((offset) => addDays('2026-01-01', offset)),
});
type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function instalmentOffer(s: Scenario): OfferTermsOf<'instalments'> | undefined {
  const policy = resolvePolicy({
    enabledOptions: ['instalments'],
    minimumInstalment: s.minimumInstalment,
    maxInstalments: s.maxInstalments,
    frequencies: s.frequencies,
    latestFirstDueDays: s.latestFirstDueDays,
    remainderOn: s.remainderOn,
    costs: { instalments: s.cost },
    ...(s.downPaymentBasisPoints === undefined ? {} : { downPayment: { minimumBasisPoints: s.downPaymentBasisPoints } }),
  });
  return buildOffers(money(s.balance, s.currency), policy, s.today)[0] as OfferTermsOf<'instalments'> | undefined;
}

/** The invariants every schedule keeps, whatever was chosen. */
function expectSound(schedule: Schedule, offer: OfferTermsOf<'instalments'>, firstDue: { from: string; to: string }) {
  const sum = schedule.instalments.reduce((total, instalment) => total + instalment.amount.amount, 0);
  expect(sum + schedule.remaining.amount).toBe(offer.totalPayable.amount);
  expect(schedule.remaining.amount).toBe(0);
  for (const instalment of schedule.instalments) {
    expect(Number.isSafeInteger(instalment.amount.amount)).toBe(true);
    expect(instalment.amount.currency).toBe(offer.totalPayable.currency);
    if (instalment.kind === 'instalment') expect(instalment.amount.amount).toBeGreaterThanOrEqual(offer.minimumInstalment.amount);
  }
  const regular = schedule.instalments.filter((instalment) => instalment.kind === 'instalment');
  expect(regular.length).toBeGreaterThanOrEqual(offer.minCount);
  expect(regular.length).toBeLessThanOrEqual(offer.maxCount);
  const first = regular[0]?.dueDate ?? '';
  expect(first >= firstDue.from && first <= firstDue.to).toBe(true);
  for (const [index, instalment] of regular.slice(1).entries()) expect(daysBetween(regular[index]?.dueDate ?? '', instalment.dueDate)).toBeGreaterThan(0);
  for (const [index, instalment] of schedule.instalments.entries()) expect(instalment.number).toBe(index + 1);
}

describe('schedule properties (fast-check)', () => {
  it('every count within the offer gives a schedule that sums exactly, with no instalment below the minimum, inside the date limits', () => {
    fc.assert(
      fc.property(scenario, fc.nat(), fc.nat(), fc.nat(100), (s, countSeed, frequencySeed, daySeed) => {
        const offer = instalmentOffer(s);
        fc.pre(offer !== undefined && !offer.downPayment);
        if (!offer) return;
        const count = offer.minCount + (countSeed % (offer.maxCount - offer.minCount + 1));
        const frequency = offer.frequencies[frequencySeed % offer.frequencies.length];
        const firstDueDate = addDays(offer.issuedOn, daySeed % (s.latestFirstDueDays + 1));
        const result = buildSchedule(offer, { kind: 'instalments', count, frequency, firstDueDate });
        expect(result.ok).toBe(true);
        if (result.ok) expectSound(result.value, offer, { from: offer.earliestFirstDueDate, to: offer.latestFirstDueDate });
      }),
      { numRuns: 400 },
    );
  });

  it('any amount per instalment either gives a sound schedule or is refused with a typed reason', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 1, max: 60_000_000 }), (s, perInstalment) => {
        const offer = instalmentOffer(s);
        fc.pre(offer !== undefined && !offer.downPayment);
        if (!offer) return;
        const result = buildSchedule(offer, { kind: 'instalments', instalmentAmount: money(perInstalment, s.currency) });
        if (result.ok) expectSound(result.value, offer, { from: offer.issuedOn, to: offer.issuedOn });
        else expect(['amount_below_minimum', 'count_out_of_range']).toContain(result.reasons[0]?.code);
      }),
      { numRuns: 400 },
    );
  });

  it('with a down payment the schedule still sums exactly and the down payment is due on the day of agreement', () => {
    fc.assert(
      fc.property(scenario, fc.nat(), fc.nat(), (s, downSeed, countSeed) => {
        const offer = instalmentOffer({ ...s, downPaymentBasisPoints: s.downPaymentBasisPoints ?? 1_000 });
        fc.pre(offer?.downPayment !== undefined);
        if (!offer?.downPayment) return;
        const span = offer.totalPayable.amount - offer.downPayment.minimum.amount;
        fc.pre(span > 0);
        const down = offer.downPayment.minimum.amount + (downSeed % span);
        const count = offer.minCount + (countSeed % (offer.maxCount - offer.minCount + 1));
        const result = buildSchedule(offer, { kind: 'instalments', count, downPayment: money(down, s.currency) });
        if (!result.ok) {
          expect(['down_payment_too_large', 'amount_below_minimum']).toContain(result.reasons[0]?.code);
          return;
        }
        expect(result.value.instalments[0]).toMatchObject({ kind: 'down_payment', dueDate: offer.issuedOn, amount: { amount: down } });
        expectSound(result.value, offer, { from: offer.earliestFirstDueDate, to: offer.latestFirstDueDate });
      }),
      { numRuns: 300 },
    );
  });
});
