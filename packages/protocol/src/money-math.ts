import { currencyExponent } from './currency.js';

/**
 * Money arithmetic without floats. Kept apart from the schemas so code that only
 * computes (e.g. the widget's first screen) ships without the validation library.
 */
interface Money {
  amount: number;
  currency: string;
}

/** Raised when two amounts of different currencies meet, or an amount leaves the safe-integer range. */
export class MoneyError extends Error {
  override name = 'MoneyError';
}

function checked(amount: number, currency: string): Money {
  if (!Number.isSafeInteger(amount)) throw new MoneyError(`amount ${amount} is not a safe integer of minor units`);
  return { amount, currency };
}

/** Builds Money from integer minor units; refuses fractions instead of rounding them away. */
export function money(amount: number, currency: string): Money {
  return checked(amount, currency);
}

function sameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) throw new MoneyError(`cannot combine ${a.currency} with ${b.currency}`);
}

export function addMoney(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return checked(a.amount + b.amount, a.currency);
}

export function subtractMoney(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return checked(a.amount - b.amount, a.currency);
}

/** Sum of amounts in one currency; an empty list sums to zero of `currency`. */
export function sumMoney(amounts: readonly Money[], currency: string): Money {
  return amounts.reduce<Money>((total, next) => addMoney(total, next), checked(0, currency));
}

/** Multiplies by a whole count (e.g. instalments); fractions are refused. */
export function multiplyMoney(a: Money, times: number): Money {
  if (!Number.isInteger(times)) throw new MoneyError(`multiplier ${times} is not a whole number`);
  return checked(a.amount * times, a.currency);
}

/**
 * Splits an amount into `parts` integer shares that add up exactly. The remainder
 * goes to the last share by default, matching how instalment plans settle up.
 */
export function splitMoney(a: Money, parts: number, remainderOn: 'last' | 'first' = 'last'): Money[] {
  if (!Number.isInteger(parts) || parts < 1) throw new MoneyError(`cannot split into ${parts} parts`);
  const base = Math.trunc(a.amount / parts);
  const remainder = a.amount - base * parts;
  return Array.from({ length: parts }, (_, index) => {
    const takesRemainder = remainderOn === 'last' ? index === parts - 1 : index === 0;
    return checked(takesRemainder ? base + remainder : base, a.currency);
  });
}

/**
 * Parses a decimal string such as "33.33" into minor units without floating point,
 * so "10.005" EUR is refused rather than silently rounded.
 */
export function parseMoney(decimal: string, currency: string): Money {
  const exponent = currencyExponent(currency);
  const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(decimal.trim());
  if (!match) throw new MoneyError(`"${decimal}" is not a decimal amount`);
  const [, sign, whole = '0', fraction = ''] = match;
  if (fraction.length > exponent) {
    throw new MoneyError(`"${decimal}" has more than ${exponent} decimal places for ${currency}`);
  }
  const minor = BigInt(whole) * 10n ** BigInt(exponent) + BigInt(fraction.padEnd(exponent, '0') || '0');
  const signed = sign ? -minor : minor;
  if (signed > BigInt(Number.MAX_SAFE_INTEGER) || signed < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new MoneyError(`"${decimal}" is out of range`);
  }
  return checked(Number(signed), currency);
}

/** Formats minor units as a plain decimal string ("33.33", "500" for JPY) without floats. */
export function formatMoneyDecimal(a: Money): string {
  const exponent = currencyExponent(a.currency);
  const negative = a.amount < 0;
  const digits = String(Math.abs(a.amount)).padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = exponent > 0 ? `.${digits.slice(digits.length - exponent)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/**
 * Interest in minor units for `principal` at `rateBasisPoints` per year over `days`
 * (actual/365), rounded half-up once at the end. Integer arithmetic throughout.
 */
export function simpleInterest(principal: Money, rateBasisPoints: number, days: number): Money {
  if (!Number.isInteger(rateBasisPoints) || !Number.isInteger(days)) {
    throw new MoneyError('rate and days must be whole numbers');
  }
  const numerator = BigInt(principal.amount) * BigInt(rateBasisPoints) * BigInt(days);
  const denominator = 10_000n * 365n;
  const rounded = (numerator * 2n + denominator) / (denominator * 2n);
  return checked(Number(rounded), principal.currency);
}
