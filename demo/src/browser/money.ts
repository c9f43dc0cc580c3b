/**
 * Formats an exact decimal string ("87.00") as currency. Intl takes the string as an
 * exact decimal, so amounts never pass through floating point on the way to the screen.
 */
export function formatAmount(decimal: string, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(decimal as `${number}`);
}
