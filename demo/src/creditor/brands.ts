/**
 * The demo's brands. The debtor pays and talks to whoever wrote the letter, so the link
 * page's primary brand is the collector's (the agency, or a creditor collecting directly);
 * an agency's client creditor shows beside it ("on behalf of"), so the debtor recognises
 * the company they once had a contract with. `slug` names a brand in the link's non-secret
 * hint (`/pay?brand=fair-inkasso/funkwelle`): the page paints both from it before the link
 * is exchanged, and the session's presentation then confirms them.
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
}

/** A collector's brand, with the public contact the link page's error screens show. */
export interface CollectorBrand extends Brand {
  contact: { phone: string; email: string };
}

export const BRANDS: Readonly<Record<string, CollectorBrand>> = {
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

/** The client creditors agencies collect for; Funkwelle and Lakeside Dental also run their own portals in these colours. */
export const CLIENT_BRANDS: Readonly<Record<string, Brand>> = {
  funkwelle: { slug: 'funkwelle', name: 'Funkwelle Mobil', logoUrl: '/brands/funkwelle.svg', primary: '#5b2a86', onPrimary: '#ffffff' },
  moebelhaus: { slug: 'moebelhaus', name: 'Möbelhaus Nord', logoUrl: '/brands/moebelhaus-nord.svg', primary: '#7a4a14', onPrimary: '#ffffff' },
  wohnbau: { slug: 'wohnbau', name: 'Wohnbau Beispielstadt', logoUrl: '/brands/wohnbau.svg', primary: '#1d4f91', onPrimary: '#ffffff' },
  fitwerk: { slug: 'fitwerk', name: 'FitWerk Studios', logoUrl: '/brands/fitwerk.svg', primary: '#a3123f', onPrimary: '#ffffff' },
  'lakeside-dental': { slug: 'lakeside-dental', name: 'Lakeside Dental', logoUrl: '/brands/lakeside-dental.svg', primary: '#0f6466', onPrimary: '#ffffff' },
};

/**
 * Whom the link page names when a link cannot be read and carries no known brand: the
 * page's host, who can tell the debtor which creditor wrote to them.
 */
export const PAGE_HOST_CONTACT = { name: { de: 'Zahlungsservice der Demo', en: 'The demo’s payment service' }, phone: '+49 800 5550199', email: 'hilfe@zahlungsservice.example' };

/** The brands a link's hint names: `collector` or `collector/client`; none for a missing or unknown collector. */
export function brandsFromHint(hint: string | null): { collector?: CollectorBrand; client?: Brand } {
  const [collector = '', client = '', ...rest] = hint?.split('/') ?? [];
  if (rest.length > 0 || !Object.hasOwn(BRANDS, collector)) return {};
  return { collector: BRANDS[collector]!, ...(Object.hasOwn(CLIENT_BRANDS, client) ? { client: CLIENT_BRANDS[client]! } : {}) };
}

/** The hint for a link: the collector's slug, and the client's after a slash. */
export function brandHint(collector: Brand, client?: Brand): string {
  return client ? `${collector.slug}/${client.slug}` : collector.slug;
}
