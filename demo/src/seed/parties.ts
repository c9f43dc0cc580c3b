import type { CollectionAgency, PostalAddress } from '@settle/protocol';

/** The German collection agency several sample creditors use, with its § 13a RDG details. */
export const FAIR_INKASSO: CollectionAgency = {
  name: 'Fair Inkasso GmbH',
  address: { street: 'Marktplatz 5', postalCode: '20095', city: 'Hamburg', country: 'DE' },
  email: 'hilfe@fair-inkasso.example',
  phone: '+49 40 5550100',
  registration: 'Rechtsdienstleistungsregister Az. 371 E-1.123',
  supervisoryAuthority: {
    name: 'Bundesamt für Justiz',
    address: { street: 'Adenauerallee 99-103', postalCode: '53113', city: 'Bonn', country: 'DE' },
  },
};

/** The US collector acting for the sample dental practice. */
export const KIND_RECOVERY: CollectionAgency = {
  name: 'Kind Recovery Inc.',
  address: { street: '400 Main St', postalCode: '60602', city: 'Chicago', region: 'IL', country: 'US' },
  email: 'help@kindrecovery.example',
  phone: '+1 312 555 0140',
};

export function germanAddress(street: string, postalCode: string, city: string): PostalAddress {
  return { street, postalCode, city, country: 'DE' };
}
