import type { Claim } from '@settle/protocol';
import { sampleDebtors } from '../../../../demo/src/seed/sample-debtors.js';
import { germanClaim, usClaim } from '../../../../tests/fixtures/claims.js';
import type { MessageInstalment, MessageLocale } from '../../src/messages/index.js';

/**
 * The longest link a creditor should put in a message: its own short link on a long
 * domain (60 characters). A signed link token is too long for SMS; the creditor's
 * shortener points at it.
 */
export const LONGEST_LINK = 'https://zahlung.wohnungsbaugenossenschaft-example.de/z/Ab3dE7gH9k';

export interface SampleClaim {
  name: string;
  claim: Claim;
}

/** DE agency-collected, DE direct creditor, US agency-collected: the fixtures, every demo debtor, and a long creditor name. */
export function sampleClaims(): SampleClaim[] {
  return [
    { name: 'DE agency-collected (fixture)', claim: germanClaim() },
    {
      name: 'DE direct creditor with a long name',
      claim: germanClaim({ collectionAgency: undefined, creditor: { ...germanClaim().creditor, name: 'Wohnungsbaugenossenschaft Beispielstadt-Süd eG' } }),
    },
    { name: 'US agency-collected (fixture)', claim: usClaim() },
    ...sampleDebtors('2026-12-03').map((debtor) => ({ name: `demo debtor ${debtor.key}`, claim: debtor.claim })),
  ];
}

export function sampleInstalment(claim: Claim): MessageInstalment {
  return { amount: { amount: 4_250, currency: claim.currency }, dueDate: '2027-01-07', count: 3 };
}

/** Strings the claim supplies (names, addresses, subjects): they may be in any language, so leak checks remove them first. */
export function withoutClaimStrings(text: string, claim: Claim): string {
  const parties = [claim.creditor, claim.collectionAgency, claim.debtor, claim.collectionAgency?.supervisoryAuthority].filter((party) => party !== undefined);
  const supplied = [
    ...parties.flatMap((party) => [party.name, party.address?.street, party.address?.city]),
    claim.reason.subject,
    claim.accountReference,
    claim.collectionAgency?.registration,
    claim.collectionAgency?.email,
    claim.creditor.email,
  ].filter((value): value is string => Boolean(value));
  return supplied.sort((a, b) => b.length - a.length).reduce((rest, value) => rest.split(value).join(' '), text);
}

/** Words that only one of the two languages uses, as whole words. */
export const LANGUAGE_MARKERS: Record<MessageLocale, RegExp> = {
  de: /\b(?:und|Sie|Ihre[nrm]?|bitte|Bitte|Forderung|Betrag|zahlen|oder|nicht|wir|Wir|Raten?|[Oo]ffen|fällig|Erinnerung|Zahlungsmöglichkeiten|Quittung|am|ab)\b/,
  en: /\b(?:the|you|your|You|Your|please|Please|[Bb]alance|payment|pay|not|we|We|installments?|due|[Rr]eminder|[Oo]pen|Still|owed|Final|[Rr]eceipt|Schedule|on|from)\b/,
};
