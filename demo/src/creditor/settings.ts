import type { Claim, CreditorPolicyInput } from '@settle/protocol';
import type { SettleOptions } from '@settle/server-sdk';
import { claimSettingsOf } from './claim-settings.js';

/** The demo creditor's people; a person is always one click away. */
const SUPPORT = {
  phone: '+49 40 5550100',
  email: 'hilfe@fair-inkasso.example',
};

/** Instalments, deferral and partial payments inside a policy a fair creditor would set. */
function policyFor(claim: Claim): CreditorPolicyInput {
  const common: CreditorPolicyInput = {
    enabledOptions: ['pay_in_full', 'deferral', 'instalments', 'payment_pause', 'partial_payment', 'promise_to_pay'],
    maxInstalments: 12,
    frequencies: ['monthly', 'biweekly'],
    latestFirstDueDays: 30,
    maxDeferralDays: 30,
    maxPauseMonths: 3,
    promiseToPayDays: 14,
  };
  return claim.currency === 'USD'
    ? { ...common, minimumInstalment: 2_500, partialPayment: { minimum: 1_000 }, timeZone: 'America/Chicago' }
    : { ...common, minimumInstalment: 2_500, partialPayment: { minimum: 1_000 }, timeZone: 'Europe/Berlin' };
}

/**
 * Everything the demo creditor configures besides keys and backend: payment providers
 * (the offline sandbox, plus a bank transfer as the fallback), policy, journey and support.
 * `claimSettings` gives each claim its own payee and support; the instance-wide ones are defaults.
 */
export function creditorSettings(): Pick<SettleOptions, 'support' | 'providers' | 'policy' | 'journey' | 'claimSettings' | 'tonePerPhase'> {
  return {
    support: SUPPORT,
    // Warm at first, plainer with each reminder; a debtor in hardship keeps the warm tone throughout.
    tonePerPhase: {
      byPhase: { first_reminder: 'empathetic', second_reminder: 'neutral', final_notice: 'formal' },
      bySegment: { hardship: { second_reminder: 'empathetic', final_notice: 'empathetic' } },
    },
    claimSettings: claimSettingsOf,
    providers: {
      sandbox: true,
      bankTransfer: { accountHolder: 'Fair Inkasso GmbH', iban: 'DE02120300000000202051', bic: 'BYLADEM1001', bankName: 'Demo Bank', currency: 'EUR' },
    },
    policy: policyFor,
    journey: {
      tone: 'empathetic',
      theme: {
        brandName: 'Fair Inkasso',
        colors: { primary: '#0b6e4f', onPrimary: '#ffffff', focus: '#0b6e4f' },
        radius: '10px',
      },
      support: {
        ...SUPPORT,
        openingHours: { de: 'Mo–Fr 8–20 Uhr, Sa 9–14 Uhr', en: 'Mon–Fri 8 am–8 pm, Sat 9 am–2 pm (CET)' },
        debtAdvice: [
          { name: { de: 'Schuldnerberatung der Verbraucherzentrale', en: 'Consumer advice centre debt counselling (DE)' }, url: 'https://www.verbraucherzentrale.de/' },
        ],
      },
      csat: { min: 1, max: 9, lowLabel: { de: 'Gar nicht zufrieden', en: 'Not at all satisfied' }, highLabel: { de: 'Sehr zufrieden', en: 'Very satisfied' } },
      facts: [
        {
          id: 'forgotten-share',
          text: { de: 'Die meisten offenen Rechnungen bei uns wurden schlicht vergessen.', en: 'Most unpaid invoices we see were simply forgotten.' },
          source: 'Sample figure for this demo, not real data',
          date: '2026-11-01',
          segments: ['forgot', 'pay_now'],
          sample: true,
        },
        {
          id: 'plan-success',
          text: { de: 'Mit einer Ratenzahlung sind viele Kundinnen und Kunden nach wenigen Monaten schuldenfrei.', en: 'With an instalment plan many customers are debt-free within a few months.' },
          source: 'Sample figure for this demo, not real data',
          date: '2026-11-01',
          segments: ['instalments', 'short_until_payday'],
          sample: true,
        },
      ],
    },
  };
}
