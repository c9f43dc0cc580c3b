import { expect } from '@open-wc/testing';
import { formatDate, formatMoney, formatRate, formattingLocale } from './format.js';

const nbsp = (text: string) => text.replace(/\s/g, ' ');

describe('formatting', () => {
  it('formats euro cents with two decimals in German and English', () => {
    expect(nbsp(formatMoney({ amount: 12837, currency: 'EUR' }, 'de'))).to.equal('128,37 €');
    expect(formatMoney({ amount: 12837, currency: 'EUR' }, 'en')).to.equal('€128.37');
  });

  it('formats yen without minor digits and dinar with three', () => {
    expect(formatMoney({ amount: 4250, currency: 'JPY' }, 'en-US')).to.equal('¥4,250');
    expect(nbsp(formatMoney({ amount: 1234, currency: 'KWD' }, 'en'))).to.equal('KWD 1.234');
  });

  it('formats each currency and locale with its own formatter, though formatters are reused', () => {
    expect(formatMoney({ amount: 500, currency: 'EUR' }, 'en')).to.equal('€5.00');
    expect(formatMoney({ amount: 500, currency: 'USD' }, 'en-US')).to.equal('$5.00');
    expect(formatMoney({ amount: 500, currency: 'USD' }, 'en')).to.equal('US$5.00');
    expect(formatMoney({ amount: 500, currency: 'EUR' }, 'en')).to.equal('€5.00');
    expect(formatDate('2027-01-07', 'de')).to.equal('7. Januar 2027');
    expect(formatDate('2027-01-07', 'fr')).to.equal('7 janvier 2027');
  });

  it('keeps amounts beyond float precision exact', () => {
    expect(formatMoney({ amount: 9_007_199_254_740_991, currency: 'EUR' }, 'en')).to.equal('€90,071,992,547,409.91');
  });

  it('formats negative amounts for payments and credits', () => {
    expect(formatMoney({ amount: -2000, currency: 'EUR' }, 'en')).to.equal('-€20.00');
  });

  it('formats a yearly rate from basis points', () => {
    expect(nbsp(formatRate(912, 'de'))).to.equal('9,12 %');
    expect(formatRate(12_345, 'en')).to.equal('123.45%');
  });

  it('formats calendar dates without shifting them by time zone', () => {
    expect(formatDate('2026-12-07', 'de')).to.equal('7. Dezember 2026');
    expect(formatDate('2026-01-01', 'en-US')).to.equal('January 1, 2026');
  });

  it('writes English without a region the British way, as the glossary does, and only en-US the US way', () => {
    expect(formattingLocale('en')).to.equal('en-GB');
    expect(formatDate('2027-01-07', 'en')).to.equal('7 January 2027');
    expect(formatDate('2027-01-07', 'en-GB')).to.equal('7 January 2027');
    expect(formatDate('2027-01-07', 'en-US')).to.equal('January 7, 2027');
    expect(formatMoney({ amount: 42500, currency: 'USD' }, 'en')).to.equal('US$425.00');
    expect(formatMoney({ amount: 42500, currency: 'USD' }, 'en-US')).to.equal('$425.00');
    expect(formattingLocale('de-AT')).to.equal('de-AT');
  });

  it('writes a time (a payment received) as its calendar day in the same long style', () => {
    expect(formatDate('2026-11-23T12:00:00Z', 'en')).to.equal('23 November 2026');
    expect(formatDate('2026-11-23T12:00:00Z', 'de')).to.equal('23. November 2026');
  });
});
