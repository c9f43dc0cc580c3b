import { addDays, addMonths, type Claim, type Segment } from '@settle/protocol';
import { FAIR_INKASSO, KIND_RECOVERY, germanAddress } from './parties.js';

/** The situation a sample debtor is in: one of the journey's segments. */
export type Situation = Segment;

export interface SampleDebtor {
  /** Stable short name, used in the sample emails' URLs and by the tests. */
  key: string;
  situation: Situation;
  /** The debtor's story in one sentence, for the console, the index page and the emails. */
  story: { en: string; de: string };
  locale: 'de' | 'en';
  /** What the debtor answers when the creditor turns the identity check on. */
  dateOfBirth: string;
  claim: Claim;
}

const eur = (amount: number) => ({ amount, currency: 'EUR' });
const usd = (amount: number) => ({ amount, currency: 'USD' });

/** Statutory default rate for consumers (base rate 1.27 % + 5 points), in basis points. */
const DEFAULT_RATE_BP = 627;

/**
 * The sample debtors, dated relative to `today` so due dates stay in the future however
 * long after this was written the demo runs. Amounts are stated as a creditor would
 * state them; the unit tests check that the itemizations add up and the interest is right.
 */
export function sampleDebtors(today: string): SampleDebtor[] {
  const day = (offset: number) => addDays(today, offset);
  return [
    {
      key: 'forgot',
      dateOfBirth: '1964-08-12',
      situation: 'forgot',
      locale: 'de',
      story: {
        en: 'Forgot to pay one electricity bill; pays in full at once.',
        de: 'Hat eine Stromrechnung vergessen und zahlt sofort vollständig.',
      },
      claim: {
        id: 'clm_forgot_1001',
        balanceVersion: 1,
        status: 'open',
        jurisdiction: 'DE',
        currency: 'EUR',
        accountReference: 'KD-2026-1001',
        creditor: {
          name: 'Stadtwerke Beispielstadt GmbH',
          address: germanAddress('Hauptstraße 1', '10115', 'Berlin'),
          email: 'service@stadtwerke.example',
          phone: '+49 30 1234567',
        },
        debtor: { name: 'Erika Mustermann', address: germanAddress('Lindenweg 3', '10117', 'Berlin') },
        reason: { kind: 'contract', subject: 'Stromliefervertrag Nr. 4711', date: addMonths(today, -22) },
        itemizationDate: day(-20),
        lines: [
          { kind: 'principal', label: 'Stromrechnung Abschlag Oktober', amount: eur(8450), date: day(-34) },
          { kind: 'fee', label: 'Mahnkosten (Porto und Druck der ersten Mahnung)', amount: eur(250), basis: 'Tatsächliche Kosten der Mahnung', date: day(-20) },
        ],
        total: eur(8700),
        dueDate: day(14),
      },
    },
    {
      key: 'payday',
      dateOfBirth: '1995-03-30',
      situation: 'short_until_payday',
      locale: 'de',
      story: {
        en: 'Short until payday: the salary arrives on the first of the month.',
        de: 'Knapp bis zum Zahltag: Das Gehalt kommt am Monatsersten.',
      },
      claim: {
        id: 'clm_payday_1002',
        balanceVersion: 1,
        status: 'open',
        jurisdiction: 'DE',
        currency: 'EUR',
        accountReference: 'FW-88-20931',
        creditor: {
          name: 'Funkwelle Mobil GmbH',
          address: germanAddress('Senderstraße 12', '50667', 'Köln'),
          email: 'kundenservice@funkwelle.example',
        },
        collectionAgency: FAIR_INKASSO,
        debtor: { name: 'Jonas Becker', address: germanAddress('Am Ring 8', '50672', 'Köln') },
        reason: { kind: 'contract', subject: 'Mobilfunkvertrag Tarif „Funk M“', date: addMonths(today, -14) },
        itemizationDate: day(-10),
        lines: [
          { kind: 'principal', label: 'Rechnungen August und September', amount: eur(21990), date: day(-60) },
          { kind: 'interest', label: 'Verzugszinsen', amount: eur(113), rateBasisPoints: DEFAULT_RATE_BP, periodStart: day(-40), periodEnd: day(-10) },
          { kind: 'collection_cost', label: 'Inkassovergütung (0,9 Geschäftsgebühr)', amount: eur(4410), basis: 'Nr. 2300 VV RVG aus 49,00 €, § 13e RDG', vatDeductible: false },
          { kind: 'collection_cost', label: 'Auslagenpauschale', amount: eur(882), basis: 'Nr. 7002 VV RVG, 20 % der Gebühr', vatDeductible: false },
        ],
        total: eur(27395),
        dueDate: day(14),
        addressSource: 'Ihre Anschrift stammt aus dem Vertrag mit der Funkwelle Mobil GmbH. Ist sie falsch, schreiben Sie uns.',
      },
    },
    {
      key: 'instalments',
      dateOfBirth: '1988-11-02',
      situation: 'instalments',
      locale: 'de',
      story: {
        en: 'Needs instalments: can afford about 150 € a month.',
        de: 'Braucht Raten: Kann etwa 150 € im Monat zahlen.',
      },
      claim: {
        id: 'clm_instalments_1003',
        balanceVersion: 1,
        status: 'open',
        jurisdiction: 'DE',
        currency: 'EUR',
        accountReference: 'MN-2026-55410',
        creditor: {
          name: 'Möbelhaus Nord GmbH',
          address: germanAddress('Werftstraße 40', '24143', 'Kiel'),
          phone: '+49 431 998877',
        },
        collectionAgency: FAIR_INKASSO,
        debtor: { name: 'Ayşe Yılmaz', address: germanAddress('Fördeblick 21', '24149', 'Kiel') },
        reason: { kind: 'contract', subject: 'Kaufvertrag Sofa „Lena“, Auftrag 55410', date: addMonths(today, -5) },
        itemizationDate: day(-5),
        lines: [
          { kind: 'principal', label: 'Kaufpreis Sofa „Lena“', amount: eur(128000), date: day(-90) },
          { kind: 'interest', label: 'Verzugszinsen', amount: eur(1341), rateBasisPoints: DEFAULT_RATE_BP, periodStart: day(-66), periodEnd: day(-5) },
          { kind: 'collection_cost', label: 'Inkassovergütung (1,0 Geschäftsgebühr)', amount: eur(12200), basis: 'Nr. 2300 VV RVG aus 122,00 €, § 13e RDG', vatDeductible: false },
          { kind: 'payment', label: 'Anzahlung bei Lieferung', amount: eur(20000), date: day(-90) },
        ],
        total: eur(121541),
        dueDate: day(21),
      },
    },
    {
      key: 'hardship',
      dateOfBirth: '1971-01-19',
      situation: 'hardship',
      locale: 'de',
      story: {
        en: 'Hardship: lost his job two months ago and needs to talk to a person.',
        de: 'Notlage: Hat vor zwei Monaten die Arbeit verloren und möchte mit einem Menschen sprechen.',
      },
      claim: {
        id: 'clm_hardship_1004',
        balanceVersion: 1,
        status: 'open',
        jurisdiction: 'DE',
        currency: 'EUR',
        accountReference: 'WB-7-0312',
        creditor: {
          name: 'Wohnbau Beispielstadt eG',
          address: germanAddress('Genossenschaftsweg 2', '04109', 'Leipzig'),
          email: 'mieterservice@wohnbau.example',
          phone: '+49 341 220033',
        },
        collectionAgency: FAIR_INKASSO,
        debtor: { name: 'Thomas Weber', address: germanAddress('Gartenstraße 14', '04107', 'Leipzig') },
        reason: { kind: 'contract', subject: 'Mietvertrag Wohnung 7, Betriebskostenabrechnung 2025', date: addMonths(today, -40) },
        itemizationDate: day(-15),
        lines: [
          { kind: 'principal', label: 'Nachzahlung Betriebskosten 2025', amount: eur(64320), date: day(-60) },
          { kind: 'interest', label: 'Verzugszinsen', amount: eur(497), rateBasisPoints: DEFAULT_RATE_BP, periodStart: day(-60), periodEnd: day(-15) },
        ],
        total: eur(64817),
        dueDate: day(30),
      },
    },
    {
      key: 'dispute',
      dateOfBirth: '1990-06-07',
      situation: 'dispute',
      locale: 'de',
      story: {
        en: 'Disputes the claim: cancelled the gym membership before these months.',
        de: 'Bestreitet die Forderung: Hat die Mitgliedschaft vor diesen Monaten gekündigt.',
      },
      claim: {
        id: 'clm_dispute_1005',
        balanceVersion: 1,
        status: 'open',
        jurisdiction: 'DE',
        currency: 'EUR',
        accountReference: 'FIT-40092',
        creditor: {
          name: 'FitWerk Studios GmbH',
          address: germanAddress('Sportallee 9', '80331', 'München'),
          email: 'mitglieder@fitwerk.example',
        },
        collectionAgency: FAIR_INKASSO,
        debtor: { name: 'Lena Schröder', address: germanAddress('Isarweg 30', '80469', 'München') },
        reason: { kind: 'contract', subject: 'Mitgliedschaft Nr. 40092', date: addMonths(today, -26) },
        itemizationDate: day(-12),
        lines: [
          { kind: 'principal', label: 'Mitgliedsbeiträge (3 × 39,90 €)', amount: eur(11970), date: day(-45) },
          { kind: 'fee', label: 'Rücklastschriftgebühr der Bank', amount: eur(300), basis: 'Von der Bank berechnete Gebühr für die geplatzte Lastschrift', date: day(-40) },
          { kind: 'collection_cost', label: 'Inkassovergütung (0,5 Geschäftsgebühr)', amount: eur(2450), basis: 'Nr. 2300 VV RVG aus 49,00 €, § 13e RDG', vatDeductible: false },
        ],
        total: eur(14720),
        dueDate: day(14),
      },
    },
    {
      key: 'pay-now-us',
      dateOfBirth: '1983-09-25',
      situation: 'pay_now',
      locale: 'en',
      story: {
        en: 'US dental bill after an insurance adjustment; can pay now.',
        de: 'US-Zahnarztrechnung nach Abzug der Versicherung; kann sofort zahlen.',
      },
      claim: {
        id: 'clm_us_2002',
        balanceVersion: 1,
        status: 'open',
        jurisdiction: 'US',
        currency: 'USD',
        accountReference: 'ACCT-88812',
        creditor: { name: 'Lakeside Dental LLC', address: { street: '12 Lake St', postalCode: '60601', city: 'Chicago', region: 'IL', country: 'US' } },
        collectionAgency: KIND_RECOVERY,
        debtor: { name: 'Jordan Smith', address: { street: '77 Elm Ave', postalCode: '60614', city: 'Chicago', region: 'IL', country: 'US' } },
        reason: { kind: 'contract', subject: 'Dental treatment', date: addMonths(today, -8) },
        itemizationDate: day(-45),
        lines: [
          { kind: 'principal', label: 'Amount owed on itemization date', amount: usd(45000) },
          { kind: 'fee', label: 'Late fee', amount: usd(2500), basis: 'Patient agreement § 4', date: day(-30) },
          { kind: 'credit', label: 'Insurance adjustment', amount: usd(5000), date: day(-20) },
        ],
        total: usd(42500),
        dueDate: day(35),
        validationPeriodEnd: day(30),
      },
    },
  ];
}
