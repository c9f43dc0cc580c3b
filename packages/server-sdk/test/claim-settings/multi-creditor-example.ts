import { createSettle, type Claim, type ClaimSettings, type SettleBackend } from '@settle/server-sdk';

const brand = (brandName: string, logoUrl: string, primary: string) => ({ brandName, logoUrl, colors: { primary, onPrimary: '#ffffff', focus: primary } });
const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

// Whoever wrote the letter, by its name on the claim: the debtor pays them and talks to them.
const collectors: Record<string, ClaimSettings> = {
  // The agency: its clients' claims name it as `collectionAgency`.
  'Fair Inkasso GmbH': {
    payee: {
      name: 'Fair Inkasso GmbH',
      // One account per currency: a claim in a currency without one gets no bank transfer.
      bankAccounts: {
        EUR: { accountHolder: 'Fair Inkasso GmbH', iban: 'DE02120300000000202051', bic: 'BYLADEM1001' },
        CHF: { accountHolder: 'Fair Inkasso GmbH', iban: 'CH9300762011623852957' },
      },
    },
    support: {
      phone: '+49 40 5550100',
      email: 'hilfe@fair-inkasso.example',
      openingHours: { de: 'Mo–Fr 8–20 Uhr, Sa 9–14 Uhr', en: 'Mon–Fri 8 am–8 pm, Sat 9 am–2 pm (CET)' },
      callbackHours: {
        timeZone: 'Europe/Berlin',
        windows: [
          { days: [...weekdays], from: '08:00', to: '20:00' },
          { days: ['sat'], from: '09:00', to: '14:00' },
        ],
      },
    },
    presentation: { brand: brand('Fair Inkasso', '/brands/fair-inkasso.svg', '#0b6e4f'), locale: 'de' },
  },
  // A creditor collecting its own claims: they name no `collectionAgency`.
  'Stadtwerke Beispielstadt GmbH': {
    payee: { name: 'Stadtwerke Beispielstadt GmbH', bankAccounts: { EUR: { accountHolder: 'Stadtwerke Beispielstadt GmbH', iban: 'DE89370400440532013000' } } },
    support: {
      phone: '+49 30 1234567',
      email: 'service@stadtwerke.example',
      chatUrl: 'https://stadtwerke.example/chat',
      openingHours: { de: 'Mo–Fr 7–18 Uhr', en: 'Mon–Fri 7 am–6 pm (CET)' },
      callbackHours: { timeZone: 'Europe/Berlin', windows: [{ days: [...weekdays], from: '07:00', to: '18:00' }] },
    },
    presentation: { brand: brand('Stadtwerke Beispielstadt', 'https://cdn.stadtwerke.example/logo.svg', '#a4410e'), colorScheme: 'light', locale: 'de' },
    // Its debtors confirm who they are before the claim shows (your backend's `verifyIdentity` answers).
    identity: { check: true, fields: ['dateOfBirth', 'postalCode'] },
    // Its debtors stay its customers: even the final notice sounds neutral, not formal.
    tonePerPhase: { byPhase: { first_reminder: 'empathetic', second_reminder: 'neutral', final_notice: 'neutral' } },
  },
};

// The agency's clients, shown beside its brand ("on behalf of"): the debtor recognises whom the claim comes from.
const clients: Record<string, { brandName: string; logoUrl: string }> = {
  'Funkwelle Mobil GmbH': { brandName: 'Funkwelle Mobil', logoUrl: '/brands/funkwelle.svg' },
  'Wohnbau Beispielstadt eG': { brandName: 'Wohnbau Beispielstadt', logoUrl: '/brands/wohnbau.svg' },
};

/** The claim's payee, support and brand: its collector's (the agency, else the creditor), with an agency's client beside it. */
export function claimSettings(claim: Claim): ClaimSettings {
  const collector = collectors[(claim.collectionAgency ?? claim.creditor).name];
  if (!collector) return {}; // an unknown collector: the instance-wide defaults below
  const client = claim.collectionAgency ? clients[claim.creditor.name] : undefined;
  return client ? { ...collector, presentation: { ...collector.presentation, onBehalfOf: client } } : collector;
}

export function startSettle(backend: SettleBackend) {
  return createSettle({
    keys: [{ kid: '2026-11', alg: 'HS256', secret: process.env.SETTLE_SECRET ?? '' }],
    issuer: 'fair-inkasso',
    audience: 'https://pay.fair-inkasso.example/settle',
    basePath: '/settle',
    backend,
    claimSettings,
    // Defaults for a claim the resolver names nothing for.
    support: { phone: '+49 40 5550100', email: 'hilfe@fair-inkasso.example' },
    journey: { tone: 'empathetic', theme: brand('Fair Inkasso', '/brands/fair-inkasso.svg', '#0b6e4f') },
    // The tone per collection phase of the link, for every creditor; a debtor in hardship keeps the warm tone.
    tonePerPhase: {
      byPhase: { first_reminder: 'empathetic', second_reminder: 'neutral', final_notice: 'formal' },
      bySegment: { hardship: { second_reminder: 'empathetic', final_notice: 'empathetic' } },
    },
  });
}
