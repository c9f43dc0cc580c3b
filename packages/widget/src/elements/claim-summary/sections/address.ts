import type { PostalAddress } from '@settle/protocol';
import { html, type TemplateResult } from 'lit';
import { formatCountry } from '../../../i18n/format.js';

/** A postal address as lines of text; the country is named in the debtor's language. */
export function renderAddress(address: PostalAddress, locale: string): TemplateResult {
  return html`<address part="address">
    ${address.street}<br />${address.postalCode} ${address.city}<br />${formatCountry(address.country, locale)}
  </address>`;
}
