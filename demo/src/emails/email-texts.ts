import type { Claim } from '@settle/protocol';
/** The sample email's words in German and English: friendly, clear, no threats. */
export interface EmailTexts {
  subject: (creditor: string) => string;
  preheader: string;
  greeting: (name: string) => string;
  intro: (creditor: string, agency: string | null) => string;
  amountLabel: string;
  dueLabel: string;
  referenceLabel: string;
  reasonLabel: string;
  button: string;
  options: string;
  linkNote: string;
  fallbackLink: string;
  questions: string;
  phone: string;
  email: string;
  legal: string | null;
  usNotice: string | null;
  signoff: string;
  sampleNotice: string;
}

const en: EmailTexts = {
  subject: (creditor) => `Your open balance with ${creditor}`,
  preheader: 'Everything at a glance, and your ways to settle it.',
  greeting: (name) => `Hello ${name},`,
  intro: (creditor, agency) =>
    agency
      ? `${agency} is writing to you for ${creditor} about an open balance. This happens to many people, and we will find a way together.`
      : `There is an open balance on your account. This happens to many people, and we will find a way together.`,
  amountLabel: 'Amount due',
  dueLabel: 'Please pay by',
  referenceLabel: 'Account number',
  reasonLabel: 'What it is for',
  button: 'View and settle your balance',
  options: 'The page shows exactly how the amount adds up. You can pay now, pick a later date, pay in instalments, dispute the claim, or ask us to call you.',
  linkNote: 'This link is personal and works for 14 days. You need no account and no password.',
  fallbackLink: 'If the button does not work, copy this link into your browser:',
  questions: 'Questions? We are happy to help.',
  phone: 'Phone',
  email: 'Email',
  legal: null,
  usNotice: 'This is a communication from a debt collector. The page shows your itemization and validation notice, including how to dispute the debt and the date your validation period ends.',
  signoff: 'Kind regards',
  sampleNotice: 'Sample email from the Settle demo. All names and amounts are made up.',
};

export type EmailLanguage = 'de' | 'en' | 'en-US';

/** The language a claim's email and page read in: a US claim's English is US English, other claims' English British. */
export function claimLanguage(locale: 'de' | 'en', claim: Pick<Claim, 'jurisdiction'>): EmailLanguage {
  return locale === 'en' && claim.jurisdiction === 'US' ? 'en-US' : locale;
}

export const EMAIL_TEXTS: Readonly<Record<EmailLanguage, EmailTexts>> = {
  de: {
    subject: (creditor) => `Ihre offene Rechnung bei ${creditor}`,
    preheader: 'Alle Angaben auf einen Blick und Ihre Möglichkeiten zu zahlen.',
    greeting: (name) => `Guten Tag ${name},`,
    intro: (creditor, agency) =>
      agency
        ? `wir, die ${agency}, kümmern uns im Auftrag der ${creditor} um eine offene Rechnung. Das kann jedem passieren, und wir finden gemeinsam eine Lösung.`
        : `bei uns ist noch eine Rechnung offen. Das kann jedem passieren, und wir finden gemeinsam eine Lösung.`,
    amountLabel: 'Offener Betrag',
    dueLabel: 'Zahlbar bis',
    referenceLabel: 'Zeichen des Gläubigers',
    reasonLabel: 'Worum es geht',
    button: 'Forderung ansehen und erledigen',
    options: 'Auf der Seite sehen Sie genau, wie sich der Betrag zusammensetzt. Sie können sofort zahlen, einen späteren Termin wählen, in Raten zahlen, widersprechen oder um einen Rückruf bitten.',
    linkNote: 'Der Link ist persönlich und 14 Tage gültig. Sie brauchen kein Konto und kein Passwort.',
    fallbackLink: 'Falls der Knopf nicht funktioniert, kopieren Sie diesen Link in Ihren Browser:',
    questions: 'Fragen? Wir sind gern für Sie da.',
    phone: 'Telefon',
    email: 'E-Mail',
    legal: 'Alle Angaben nach § 13a Rechtsdienstleistungsgesetz finden Sie auf der verlinkten Seite; dort können Sie sie auch ausdrucken oder speichern.',
    usNotice: null,
    signoff: 'Freundliche Grüße',
    sampleNotice: 'Beispiel-E-Mail aus der Settle-Demo. Alle Namen und Beträge sind erfunden.',
  },
  en,
  // US English where it differs from the British default.
  'en-US': {
    ...en,
    options: 'The page shows exactly how the amount adds up. You can pay now, pick a later date, pay in installments, dispute the debt, or ask us to call you.',
    signoff: 'Sincerely',
  },
};
