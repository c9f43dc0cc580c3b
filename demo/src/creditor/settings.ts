import type { Claim, CreditorPolicyInput, Frequency } from '@settle/protocol';
import type { SettleOptions } from '@settle/server-sdk';
import { claimSettingsOf } from './claim-settings.js';

/** The demo creditor's people; a person is always one click away. */
const SUPPORT = {
  phone: '+49 40 5550100',
  email: 'hilfe@fair-inkasso.example',
};

/** Instalments, deferral and partial payments inside a policy a fair creditor would set; monthly or every two weeks unless the creditor has its own `frequencies`. */
function policyFor(claim: Claim, frequencies: Readonly<Record<string, Frequency[]>>): CreditorPolicyInput {
  const common: CreditorPolicyInput = {
    enabledOptions: ['pay_in_full', 'deferral', 'instalments', 'payment_pause', 'partial_payment', 'promise_to_pay'],
    maxInstalments: 12,
    frequencies: frequencies[claim.creditor.name] ?? ['monthly', 'biweekly'],
    latestFirstDueDays: 30,
    maxDeferralDays: 30,
    maxPauseMonths: 3,
    promiseToPayDays: 14,
  };
  return claim.currency === 'USD'
    ? { ...common, minimumInstalment: 2_500, partialPayment: { minimum: 1_000 }, timeZone: 'America/Chicago' }
    : { ...common, minimumInstalment: 2_500, partialPayment: { minimum: 1_000 }, timeZone: 'Europe/Berlin' };
}

/** Says in the page's language that the demo's figures are made up. */
const SAMPLE_SOURCE = { de: 'Beispielzahl für diese Demo, keine echten Daten', en: 'Sample figure for this demo, not real data' };

/**
 * Everything the demo creditor configures besides keys and backend: payment providers
 * (the offline sandbox, plus a bank transfer as the fallback), policy, journey and support.
 * `claimSettings` gives each claim its own payee and support; the instance-wide ones are defaults.
 * `frequencies` gives a creditor (by name) its own instalment frequencies (DEMO_FREQUENCIES).
 */
export function creditorSettings(frequencies: Readonly<Record<string, Frequency[]>> = {}): Pick<SettleOptions, 'support' | 'providers' | 'policy' | 'journey' | 'claimSettings' | 'tonePerPhase'> {
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
    policy: (claim) => policyFor(claim, frequencies),
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
        debtAdvice: [{ name: { de: 'Schuldnerberatung der Verbraucherzentrale', en: 'Consumer advice centre debt counselling (DE)' }, url: 'https://www.verbraucherzentrale.de/' }],
      },
      csat: { min: 1, max: 9, lowLabel: { de: 'Gar nicht zufrieden', en: 'Not at all satisfied' }, highLabel: { de: 'Sehr zufrieden', en: 'Very satisfied' } },
      // Sample figures with a number each, one per segment that plays; none for hardship or a dispute.
      facts: [
        {
          id: 'forgotten-share',
          text: {
            de: '8 von 10 offenen Rechnungen bei uns wurden schlicht vergessen – und dann in wenigen Tagen bezahlt.',
            en: '8 in 10 unpaid bills we see were simply forgotten – and then paid within a few days.',
          },
          source: SAMPLE_SOURCE,
          date: '2026-11-01',
          segments: ['forgot', 'pay_now'],
          sample: true,
        },
        {
          id: 'payday-share',
          text: { de: '9 von 10 Kundinnen und Kunden, die einen späteren Zahltag wählen, zahlen pünktlich an diesem Tag.', en: '9 in 10 customers who choose a later payday pay on that very day.' },
          source: SAMPLE_SOURCE,
          date: '2026-11-01',
          segments: ['short_until_payday'],
          sample: true,
        },
        {
          id: 'plan-success',
          text: { de: '87 % unserer Ratenzahlungen werden bis zur letzten Rate bezahlt.', en: '87% of our instalment plans are paid to the last instalment.' },
          source: SAMPLE_SOURCE,
          date: '2026-11-01',
          segments: ['instalments'],
          sample: true,
        },
      ],
    },
  };
}
