import type { Claim } from '@settle/protocol';
import type { BankAccount, ClaimSettings } from '@settle/server-sdk';

interface Collector {
  /** Accounts per currency; none in USD, as transfer details are IBAN-only. */
  bankAccounts: Record<string, BankAccount>;
  openingHours: { de: string; en: string };
  debtAdvice: NonNullable<ClaimSettings['support']>['debtAdvice'];
}

const GERMAN_ADVICE = [{ name: { de: 'Schuldnerberatung der Verbraucherzentrale', en: 'Consumer advice centre debt counselling (DE)' }, url: 'https://www.verbraucherzentrale.de/' }];

/**
 * Per collector (the agency, or a creditor collecting directly): its account and hours.
 * All accounts are invented; phone and email come from the party on the claim.
 */
const COLLECTORS: Record<string, Collector> = {
  'Fair Inkasso GmbH': {
    bankAccounts: { EUR: { accountHolder: 'Fair Inkasso GmbH', iban: 'DE02120300000000202051', bic: 'BYLADEM1001', bankName: 'Demo Bank' } },
    openingHours: { de: 'Mo–Fr 8–20 Uhr, Sa 9–14 Uhr', en: 'Mon–Fri 8 am–8 pm, Sat 9 am–2 pm (CET)' },
    debtAdvice: GERMAN_ADVICE,
  },
  'Stadtwerke Beispielstadt GmbH': {
    bankAccounts: { EUR: { accountHolder: 'Stadtwerke Beispielstadt GmbH', iban: 'DE89370400440532013000', bankName: 'Beispielbank Berlin' } },
    openingHours: { de: 'Mo–Fr 7–18 Uhr', en: 'Mon–Fri 7 am–6 pm (CET)' },
    debtAdvice: GERMAN_ADVICE,
  },
  'Wohnbau Beispielstadt eG': {
    bankAccounts: { EUR: { accountHolder: 'Wohnbau Beispielstadt eG', iban: 'DE75512108001245126199', bankName: 'Genossenschaftsbank Leipzig' } },
    openingHours: { de: 'Mo–Do 9–16 Uhr, Fr 9–12 Uhr', en: 'Mon–Thu 9 am–4 pm, Fri 9 am–noon (CET)' },
    debtAdvice: GERMAN_ADVICE,
  },
  'Kind Recovery Inc.': {
    bankAccounts: {},
    openingHours: { de: 'Mo–Fr 8–17 Uhr (Chicago)', en: 'Mon–Fri 8 am–5 pm (Central Time)' },
    debtAdvice: [{ name: { de: 'Schuldnerberatung in den USA (NFCC)', en: 'National Foundation for Credit Counseling' }, url: 'https://www.nfcc.org/' }],
  },
};

/**
 * `claimSettings` of the demo: whoever collects the claim (the agency when there is one,
 * else the creditor) is its payee and its support, never another company.
 */
export function claimSettingsOf(claim: Claim): ClaimSettings {
  const party = claim.collectionAgency ?? claim.creditor;
  const collector = COLLECTORS[party.name];
  if (!collector) return {};
  return {
    payee: { name: party.name, bankAccounts: collector.bankAccounts },
    support: {
      ...(party.phone ? { phone: party.phone } : {}),
      ...(party.email ? { email: party.email } : {}),
      openingHours: collector.openingHours,
      ...(collector.debtAdvice ? { debtAdvice: collector.debtAdvice } : {}),
    },
  };
}
