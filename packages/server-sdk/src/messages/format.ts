import { currencyExponent, formatMoneyDecimal, type Claim, type Money, type PostalAddress } from '@settle/protocol';
import { usState } from './us-state.js';

export type MessageLocale = 'de' | 'en';

/**
 * The Intl locale a message is formatted in: German as in Germany, English as the claim's
 * country writes it (US claims "Jan 7, 2027", "$425.00"; others British style).
 */
export function formattingLocale(locale: MessageLocale, claim: Pick<Claim, 'jurisdiction'>): string {
  if (locale === 'de') return 'de-DE';
  return claim.jurisdiction === 'US' ? 'en-US' : 'en-GB';
}

/** Integer minor units in the locale's currency style; the amount enters Intl as an exact decimal string. */
export function formatMessageMoney(money: Money, intlLocale: string): string {
  const digits = currencyExponent(money.currency);
  return new Intl.NumberFormat(intlLocale, { style: 'currency', currency: money.currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    formatMoneyDecimal(money) as `${number}`,
  );
}

/** A calendar date as people write it: "7. Januar 2027" in German, "Jan 7, 2027" in US English. */
export function formatMessageDate(isoDate: string, intlLocale: string): string {
  const dateStyle = intlLocale.startsWith('de') ? 'long' : 'medium';
  return new Intl.DateTimeFormat(intlLocale, { dateStyle, timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** One line in the country's order: "Marktplatz 5, 20095 Hamburg" or "400 Main St, Chicago, IL 60602". */
export function formatAddressLine(address: PostalAddress): string {
  if (address.country === 'US') {
    const state = address.region ?? usState(address.postalCode);
    return `${address.street}, ${address.city}${state ? `, ${state}` : ''} ${address.postalCode}`;
  }
  return `${address.street}, ${address.postalCode} ${address.city}`;
}
