import { describe, expect, it } from 'vitest';
import { addMoney, currencyExponent, formatMoneyDecimal, money, MoneyError, multiplyMoney, parseMoney, simpleInterest, splitMoney, sumMoney } from '../src/index.js';

describe('money', () => {
  it('sums three 33.33 EUR lines to exactly 99.99 EUR', () => {
    const line = parseMoney('33.33', 'EUR');
    const total = sumMoney([line, line, line], 'EUR');
    expect(total).toEqual({ amount: 9999, currency: 'EUR' });
    expect(formatMoneyDecimal(total)).toBe('99.99');
    // The float path the library avoids gives a different answer.
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(formatMoneyDecimal(sumMoney([parseMoney('0.1', 'EUR'), parseMoney('0.2', 'EUR')], 'EUR'))).toBe('0.30');
  });

  it('knows currency exponents: EUR 2, JPY 0, KWD 3', () => {
    expect(currencyExponent('EUR')).toBe(2);
    expect(currencyExponent('JPY')).toBe(0);
    expect(currencyExponent('KWD')).toBe(3);
  });

  it('parses JPY without minor digits and refuses fractional yen', () => {
    expect(parseMoney('500', 'JPY')).toEqual({ amount: 500, currency: 'JPY' });
    expect(formatMoneyDecimal(money(500, 'JPY'))).toBe('500');
    expect(() => parseMoney('500.5', 'JPY')).toThrow(MoneyError);
  });

  it('refuses more decimals than the currency has instead of rounding', () => {
    expect(() => parseMoney('10.005', 'EUR')).toThrow(/more than 2 decimal places/);
    expect(parseMoney('10.005', 'KWD')).toEqual({ amount: 10005, currency: 'KWD' });
  });

  it('refuses non-decimal and out-of-range input', () => {
    for (const bad of ['1e3', '', 'abc', '1,00', '0x10', '1.2.3']) {
      expect(() => parseMoney(bad, 'EUR'), bad).toThrow(MoneyError);
    }
    expect(() => parseMoney('99999999999999999999', 'EUR')).toThrow(/out of range/);
  });

  it('refuses fractional minor units and unsafe integers', () => {
    expect(() => money(10.5, 'EUR')).toThrow(MoneyError);
    expect(() => money(Number.MAX_SAFE_INTEGER + 2, 'EUR')).toThrow(MoneyError);
    expect(() => addMoney(money(Number.MAX_SAFE_INTEGER, 'EUR'), money(1, 'EUR'))).toThrow(MoneyError);
  });

  it('refuses to combine currencies', () => {
    expect(() => addMoney(money(1, 'EUR'), money(1, 'USD'))).toThrow(/EUR with USD/);
  });

  it('splits with the remainder on the last share, summing exactly', () => {
    const shares = splitMoney(money(10000, 'EUR'), 3);
    expect(shares.map((share) => share.amount)).toEqual([3333, 3333, 3334]);
    expect(sumMoney(shares, 'EUR').amount).toBe(10000);
    expect(splitMoney(money(10000, 'EUR'), 3, 'first').map((share) => share.amount)).toEqual([3334, 3333, 3333]);
    expect(() => splitMoney(money(1, 'EUR'), 0)).toThrow(MoneyError);
  });

  it('multiplies only by whole numbers', () => {
    expect(multiplyMoney(money(3333, 'EUR'), 3).amount).toBe(9999);
    expect(() => multiplyMoney(money(3333, 'EUR'), 1.5)).toThrow(MoneyError);
  });

  it('formats negative and small amounts', () => {
    expect(formatMoneyDecimal(money(-5, 'EUR'))).toBe('-0.05');
    expect(formatMoneyDecimal(money(7, 'KWD'))).toBe('0.007');
  });

  it('computes simple interest in integers, rounding half up once', () => {
    // 1000.00 EUR at 5.12 % for 365 days = 51.20 EUR.
    expect(simpleInterest(money(100000, 'EUR'), 512, 365).amount).toBe(5120);
    // 100.00 EUR at 9.12 % for 30 days = 0.7496 -> 0.75 EUR.
    expect(simpleInterest(money(10000, 'EUR'), 912, 30).amount).toBe(75);
  });
});
