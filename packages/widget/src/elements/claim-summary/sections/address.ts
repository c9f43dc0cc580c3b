import type { PostalAddress } from '@settle/protocol';
import { html, type TemplateResult } from 'lit';
import { formatCountry } from '../../../i18n/format.js';

/** Countries that write the postal code after the town. */
const CODE_AFTER_TOWN = new Set(['US', 'GB', 'CA', 'AU', 'IE', 'NZ']);

/** A postal address as lines of text; the country is named in the debtor's language. */
export function renderAddress(address: PostalAddress, locale: string): TemplateResult {
  // "Chicago, IL 60602", "London SW1A 1AA", "10115 Berlin".
  const city = address.region ? `${address.city}, ${address.region}` : address.city;
  const town = CODE_AFTER_TOWN.has(address.country) ? `${city} ${address.postalCode}` : `${address.postalCode} ${city}`;
  return html`<address part="address">
    ${address.street}<br />${town.trim()}<br />${formatCountry(address.country, locale)}
  </address>`;
}
