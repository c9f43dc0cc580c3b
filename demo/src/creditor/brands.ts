/**
 * The demo's brands: one per collector (the agency, or a creditor collecting directly),
 * since the debtor pays and talks to whoever wrote the letter. `slug` is the non-secret
 * brand hint in an emailed link (`/pay?brand=stadtwerke`): the page paints the brand from
 * it before the link is exchanged, and the session's presentation then confirms it.
 */
export interface Brand {
  slug: string;
  /** As a header names it, without the legal form. */
  name: string;
  /** Served by the demo from pages/brands/. */
  logoUrl: string;
  /** Primary colour (4.5:1 or more against white) and the text on it. */
  primary: string;
  onPrimary: string;
  /** The brand's public contact, shown on the link page's error screens. */
  contact: { phone: string; email: string };
}

export const BRANDS: Readonly<Record<string, Brand>> = {
  'fair-inkasso': {
    slug: 'fair-inkasso',
    name: 'Fair Inkasso',
    logoUrl: '/brands/fair-inkasso.svg',
    primary: '#0b6e4f',
    onPrimary: '#ffffff',
    contact: { phone: '+49 40 5550100', email: 'hilfe@fair-inkasso.example' },
  },
  stadtwerke: {
    slug: 'stadtwerke',
    name: 'Stadtwerke Beispielstadt',
    logoUrl: '/brands/stadtwerke.svg',
    primary: '#a4410e',
    onPrimary: '#ffffff',
    contact: { phone: '+49 30 1234567', email: 'service@stadtwerke.example' },
  },
  'kind-recovery': {
    slug: 'kind-recovery',
    name: 'Kind Recovery',
    logoUrl: '/brands/kind-recovery.svg',
    primary: '#0f5e73',
    onPrimary: '#ffffff',
    contact: { phone: '+1 312 555 0140', email: 'help@kindrecovery.example' },
  },
};

/**
 * Whom the link page names when a link cannot be read and carries no known brand: the
 * page's host, who can tell the debtor which creditor wrote to them.
 */
export const PAGE_HOST_CONTACT = { name: { de: 'Zahlungsservice der Demo', en: 'The demo’s payment service' }, phone: '+49 800 5550199', email: 'hilfe@zahlungsservice.example' };

/** The brand a link's hint names, or none for a missing or unknown hint. */
export function brandFromHint(hint: string | null): Brand | undefined {
  return hint !== null && Object.hasOwn(BRANDS, hint) ? BRANDS[hint] : undefined;
}
