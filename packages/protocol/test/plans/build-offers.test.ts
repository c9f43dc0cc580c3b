import { describe, expect, it } from 'vitest';
import { buildOffers, money, policyToday, resolvePolicy, type OfferTermsOf } from '../../src/index.js';

const TODAY = '2026-11-23';

function offerOf(offers: ReturnType<typeof buildOffers>, kind: string) {
  return offers.find((offer) => offer.kind === kind);
}

describe('buildOffers', () => {
  it('lists the enabled offers for a balance, each with costs and the total payable', () => {
    const policy = resolvePolicy({ enabledOptions: ['pay_in_full', 'deferral', 'instalments', 'promise_to_pay'], costs: { deferral: 500 } });
    const offers = buildOffers(money(12837, 'EUR'), policy, TODAY);
    expect(offers.map((offer) => offer.kind)).toEqual(['pay_in_full', 'deferral', 'instalments', 'promise_to_pay']);
    const deferral = offerOf(offers, 'deferral');
    expect(deferral).toMatchObject({ costs: { amount: 500, currency: 'EUR' }, totalPayable: { amount: 13337, currency: 'EUR' }, earliestDate: '2026-11-24', latestDate: '2026-12-23' });
    expect(offerOf(offers, 'pay_in_full')).toMatchObject({ costs: { amount: 0 }, totalPayable: { amount: 12837 }, dueDate: TODAY });
  });

  it('counts "pay later" and "promise to pay" from the claim’s due date while it is ahead: a US claim due 2027-01-07', () => {
    const policy = resolvePolicy({ enabledOptions: ['pay_in_full', 'deferral', 'promise_to_pay'], maxDeferralDays: 30, promiseToPayDays: 14 });
    const offers = buildOffers(money(42_500, 'USD'), policy, '2026-12-03', '2027-01-07');
    expect(offerOf(offers, 'deferral')).toMatchObject({ issuedOn: '2026-12-03', earliestDate: '2027-01-08', latestDate: '2027-02-06' });
    expect(offerOf(offers, 'promise_to_pay')).toMatchObject({ earliestDate: '2027-01-07', latestDate: '2027-01-21' });
    expect(offerOf(offers, 'pay_in_full')).toMatchObject({ dueDate: '2026-12-03' });
  });

  it('counts from today once the due date has passed', () => {
    const policy = resolvePolicy({ enabledOptions: ['deferral', 'promise_to_pay'], maxDeferralDays: 30, promiseToPayDays: 14 });
    const offers = buildOffers(money(42_500, 'USD'), policy, '2027-02-01', '2027-01-07');
    expect(offerOf(offers, 'deferral')).toMatchObject({ earliestDate: '2027-02-02', latestDate: '2027-03-03' });
    expect(offerOf(offers, 'promise_to_pay')).toMatchObject({ earliestDate: '2027-02-01', latestDate: '2027-02-15' });
  });

  it('caps the instalment count so no instalment falls below the minimum', () => {
    const policy = resolvePolicy({ minimumInstalment: 2_500, maxInstalments: 24 });
    const instalments = offerOf(buildOffers(money(12837, 'EUR'), policy, TODAY), 'instalments');
    expect(instalments).toMatchObject({ minCount: 2, maxCount: 5, minimumInstalment: { amount: 2_500, currency: 'EUR' }, latestFirstDueDate: '2026-12-23' });
  });

  it('leaves out instalments when the balance is below two minimum instalments, and partial payments below their minimum', () => {
    const policy = resolvePolicy({ minimumInstalment: 2_000, enabledOptions: ['pay_in_full', 'instalments', 'partial_payment'], partialPayment: { minimum: 5_000 } });
    expect(buildOffers(money(3_999, 'EUR'), policy, TODAY).map((offer) => offer.kind)).toEqual(['pay_in_full']);
    expect(buildOffers(money(10_000, 'EUR'), policy, TODAY).map((offer) => offer.kind)).toEqual(['pay_in_full', 'instalments', 'partial_payment']);
  });

  it('offers nothing for a settled or credit balance', () => {
    expect(buildOffers(money(0, 'EUR'), resolvePolicy(), TODAY)).toEqual([]);
    expect(buildOffers(money(-100, 'EUR'), resolvePolicy(), TODAY)).toEqual([]);
  });

  it('asks for the larger down payment minimum, rounding a percentage up to whole minor units', () => {
    const policy = resolvePolicy({ downPayment: { required: true, minimumAmount: 1_000, minimumBasisPoints: 1_000 } });
    const large = offerOf(buildOffers(money(12_345, 'EUR'), policy, TODAY), 'instalments') as OfferTermsOf<'instalments'>;
    expect(large.downPayment).toEqual({ required: true, minimum: { amount: 1_235, currency: 'EUR' } });
    const small = offerOf(buildOffers(money(8_000, 'EUR'), policy, TODAY), 'instalments') as OfferTermsOf<'instalments'>;
    expect(small.downPayment?.minimum.amount).toBe(1_000);
  });

  it('works in yen, a currency without minor digits', () => {
    const policy = resolvePolicy({ minimumInstalment: 3_000, maxInstalments: 6 });
    const instalments = offerOf(buildOffers(money(10_000, 'JPY'), policy, TODAY), 'instalments');
    expect(instalments).toMatchObject({ maxCount: 3, totalPayable: { amount: 10_000, currency: 'JPY' } });
  });

  it('refuses a policy with a field out of range, naming the field', () => {
    expect(() => resolvePolicy({ maxInstalments: 1 })).toThrow(/maxInstalments/);
    expect(() => resolvePolicy({ minimumInstalment: 10.5 })).toThrow(/minimumInstalment/);
  });
});

describe('policyToday', () => {
  it('counts the day in the policy’s time zone', () => {
    const lateEvening = Date.parse('2026-11-23T23:30:00Z');
    expect(policyToday(resolvePolicy(), lateEvening)).toBe('2026-11-23');
    expect(policyToday(resolvePolicy({ timeZone: 'Europe/Berlin' }), lateEvening)).toBe('2026-11-24');
    expect(() => resolvePolicy({ timeZone: 'Mars/Olympus' })).toThrow(/timeZone/);
  });
});
