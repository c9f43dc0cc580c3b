import type { Claim } from '@settle/protocol';
import type { BankAccount, ClaimSettings } from '@settle/server-sdk';
import { BRANDS, brandHint, CLIENT_BRANDS, type Brand, type CollectorBrand } from './brands.js';

export interface Collector {
  brand: CollectorBrand;
  /** Accounts per currency; none in USD, as transfer details are IBAN-only. */
  bankAccounts: Record<string, BankAccount>;
  openingHours: { de: string; en: string };
  /** When its people call back, in its own time zone; the contact form offers only these. */
  callbackHours?: NonNullable<ClaimSettings['support']>['callbackHours'];
  debtAdvice: NonNullable<ClaimSettings['support']>['debtAdvice'];
}

const GERMAN_ADVICE = [{ name: { de: 'Schuldnerberatung der Verbraucherzentrale', en: 'Consumer advice centre debt counselling (DE)' }, url: 'https://www.verbraucherzentrale.de/' }];

/**
 * Per collector (the agency, or a creditor collecting directly): its brand, account and hours.
 * All accounts are invented; phone and email come from the party on the claim.
 */
const COLLECTORS: Record<string, Collector> = {
  'Fair Inkasso GmbH': {
    brand: BRANDS['fair-inkasso']!,
    bankAccounts: { EUR: { accountHolder: 'Fair Inkasso GmbH', iban: 'DE02120300000000202051', bic: 'BYLADEM1001', bankName: 'Demo Bank' } },
    openingHours: { de: 'Mo–Fr 8–20 Uhr, Sa 9–14 Uhr', en: 'Mon–Fri 8 am–8 pm, Sat 9 am–2 pm (CET)' },
    callbackHours: {
      timeZone: 'Europe/Berlin',
      windows: [
        { days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '08:00', to: '20:00' },
        { days: ['sat'], from: '09:00', to: '14:00' },
      ],
    },
    debtAdvice: GERMAN_ADVICE,
  },
  'Stadtwerke Beispielstadt GmbH': {
    brand: BRANDS.stadtwerke!,
    bankAccounts: { EUR: { accountHolder: 'Stadtwerke Beispielstadt GmbH', iban: 'DE89370400440532013000', bankName: 'Beispielbank Berlin' } },
    openingHours: { de: 'Mo–Fr 7–18 Uhr', en: 'Mon–Fri 7 am–6 pm (CET)' },
    callbackHours: { timeZone: 'Europe/Berlin', windows: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '17:00' }] },
    debtAdvice: GERMAN_ADVICE,
  },
  'Kind Recovery Inc.': {
    brand: BRANDS['kind-recovery']!,
    bankAccounts: {},
    openingHours: { de: 'Mo–Fr 8–17 Uhr (Chicago)', en: 'Mon–Fri 8 am–5 pm (Central Time)' },
    callbackHours: {
      timeZone: 'America/Chicago',
      windows: [
        { days: ['mon', 'tue', 'wed', 'thu'], from: '10:00', to: '16:00' },
        { days: ['fri'], from: '08:00', to: '12:00' },
      ],
    },
    debtAdvice: [{ name: { de: 'Schuldnerberatung in den USA (NFCC)', en: 'National Foundation for Credit Counseling' }, url: 'https://www.nfcc.org/' }],
  },
};

/** The client creditors the agencies collect for, by the name on their claims. */
const CLIENTS: Record<string, Brand> = {
  'Funkwelle Mobil GmbH': CLIENT_BRANDS.funkwelle!,
  'Möbelhaus Nord GmbH': CLIENT_BRANDS.moebelhaus!,
  'Wohnbau Beispielstadt eG': CLIENT_BRANDS.wohnbau!,
  'FitWerk Studios GmbH': CLIENT_BRANDS.fitwerk!,
  'Lakeside Dental LLC': CLIENT_BRANDS['lakeside-dental']!,
};

/** The collector of a claim: the agency when there is one, else the creditor. */
export function collectorOf(claim: Claim): Collector | undefined {
  return COLLECTORS[(claim.collectionAgency ?? claim.creditor).name];
}

/** The brand of the client creditor an agency collects the claim for; none when the creditor collects directly. */
export function clientOf(claim: Claim): Brand | undefined {
  return claim.collectionAgency ? CLIENTS[claim.creditor.name] : undefined;
}

/** The non-secret brand hint of a claim's links (see brands.ts), or none for an unknown collector. */
export function brandHintOf(claim: Claim): string | undefined {
  const collector = collectorOf(claim);
  return collector ? brandHint(collector.brand, clientOf(claim)) : undefined;
}

/**
 * `claimSettings` of the demo: whoever collects the claim (the agency when there is one,
 * else the creditor) is its payee, its support and its brand, never another company; the
 * client creditor an agency collects for shows beside the agency's brand.
 */
export function claimSettingsOf(claim: Claim): ClaimSettings {
  const party = claim.collectionAgency ?? claim.creditor;
  const collector = collectorOf(claim);
  if (!collector) return {};
  const { brand } = collector;
  const client = clientOf(claim);
  return {
    presentation: {
      brand: { brandName: brand.name, logoUrl: brand.logoUrl, colors: { primary: brand.primary, onPrimary: brand.onPrimary, focus: brand.primary } },
      ...(client ? { onBehalfOf: { brandName: client.name, logoUrl: client.logoUrl } } : {}),
    },
    payee: { name: party.name, bankAccounts: collector.bankAccounts },
    support: {
      ...(party.phone ? { phone: party.phone } : {}),
      ...(party.email ? { email: party.email } : {}),
      openingHours: collector.openingHours,
      ...(collector.callbackHours ? { callbackHours: collector.callbackHours } : {}),
      ...(collector.debtAdvice ? { debtAdvice: collector.debtAdvice } : {}),
    },
  };
}
