import { formatMoneyDecimal, parseMoney, type Money } from '@settle/protocol';

function separators(locale: string): { decimal: string; group: string } {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  return {
    decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
    group: parts.find((part) => part.type === 'group')?.value ?? ',',
  };
}

/**
 * Reads an amount typed the local way ("1.234,56" in German, "1,234.56" in English, with
 * or without a currency sign) into minor units, without floats. Undefined when it is not
 * an amount the currency can hold (letters, three decimals for EUR, empty).
 */
export function parseAmountInput(text: string, currency: string, locale: string): Money | undefined {
  const { decimal, group } = separators(locale);
  let cleaned = text.replace(/[\s\u00a0\u202f]/g, '').replace(/[^\d.,'-]/g, '');
  // Group separators go; the local decimal separator becomes a dot.
  cleaned = cleaned.split(group).join('');
  if (decimal !== '.') cleaned = cleaned.split(decimal).join('.');
  if (cleaned === '' || cleaned.startsWith('-')) return undefined;
  try {
    return parseMoney(cleaned, currency);
  } catch {
    return undefined;
  }
}

/** The value an amount field starts with, written the local way without grouping ("50,00"). */
export function amountInputValue(money: Money, locale: string): string {
  const { decimal } = separators(locale);
  return formatMoneyDecimal(money).replace('.', decimal);
}
