import { currencyExponent, formatMoneyDecimal, type Money } from '@settle/protocol';

// Building an Intl formatter costs far more than formatting with one, and a claim's first
// screen formats a dozen amounts and dates: one formatter per locale and style is built once.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.DisplayNames>();
function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.DisplayNames>(key: string, build: () => T): T {
  const kept = formatters.get(key) as T | undefined;
  if (kept) return kept;
  const made = build();
  formatters.set(key, made);
  return made;
}

/**
 * The locale Intl writes dates and amounts in. English without a region is British, as the
 * English texts are ("7 January 2027"); only a page in `en-US` gets US dates and amounts.
 */
export const formattingLocale = (locale: string): string => (locale === 'en' ? 'en-GB' : locale);

/**
 * Formats integer minor units with Intl. The amount goes in as an exact decimal string
 * ("128.37", "500" for JPY), so no float ever stands between the ledger and the screen.
 */
export function formatMoney(money: Money, locale: string): string {
  const digits = currencyExponent(money.currency);
  const format = formatter(
    `${locale} ${money.currency}`,
    () => new Intl.NumberFormat(formattingLocale(locale), { style: 'currency', currency: money.currency, minimumFractionDigits: digits, maximumFractionDigits: digits }),
  );
  return format.format(formatMoneyDecimal(money) as `${number}`);
}

/**
 * A date in the locale's long words, the one date style on every screen: a calendar date
 * (YYYY-MM-DD) pinned to UTC so it never shifts a day, a time (a payment's) as the debtor's own day.
 */
export function formatDate(isoDate: string, locale: string): string {
  const day = isoDate.length < 11;
  const format = formatter(`${locale} ${day ? 'day' : 'time'}`, () => new Intl.DateTimeFormat(formattingLocale(locale), { dateStyle: 'long', timeZone: day ? 'UTC' : undefined }));
  return format.format(new Date(day ? `${isoDate}T00:00:00Z` : isoDate));
}

/** A yearly rate given in basis points (912 -> "9.12 %" or "9,12 %"), without float math. */
export function formatRate(basisPoints: number, locale: string): string {
  const decimal = `${Math.trunc(basisPoints / 10_000)}.${String(basisPoints % 10_000).padStart(4, '0')}`;
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(decimal as `${number}`);
}

/** A country's name in the debtor's language (`DE` -> "Deutschland"); the code if Intl has none. */
export function formatCountry(code: string, locale: string): string {
  try {
    return formatter(`${locale} region`, () => new Intl.DisplayNames(locale, { type: 'region' })).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A number of days or months in the locale's words, singular or plural by Intl ("1 Monat", "3 months"). */
export function formatDuration(count: number, unit: 'day' | 'month', locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(count);
}
