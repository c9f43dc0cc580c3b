import { Claim, addDays, daysBetween, simpleInterest, sumMoney, type ClaimLine } from '@settle/protocol';
import { describe, expect, it } from 'vitest';
import { sampleDebtors } from '../src/seed/sample-debtors.js';

const TODAY = '2026-11-23';
const debtors = sampleDebtors(TODAY);

type InterestLine = Extract<ClaimLine, { kind: 'interest' }>;

describe('sample debtors', () => {
  it.each(debtors.map((debtor) => [debtor.key, debtor] as const))('%s is a valid claim whose itemization adds up to its total', (_key, debtor) => {
    const parsed = Claim.safeParse(debtor.claim);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('covers the five situations the journey must handle, plus a debtor who can pay now', () => {
    const situations = new Set(debtors.map((debtor) => debtor.situation));
    expect([...situations].sort()).toEqual(['dispute', 'forgot', 'hardship', 'instalments', 'pay_now', 'short_until_payday']);
  });

  it('has German claims in EUR and a US claim in USD with its validation period', () => {
    const german = debtors.filter((debtor) => debtor.claim.jurisdiction === 'DE');
    const us = debtors.filter((debtor) => debtor.claim.jurisdiction === 'US');
    expect(german.length).toBeGreaterThanOrEqual(5);
    expect(german.every((debtor) => debtor.claim.currency === 'EUR' && debtor.locale === 'de')).toBe(true);
    expect(us).toHaveLength(1);
    expect(us[0]?.claim.currency).toBe('USD');
    expect(us[0]?.claim.validationPeriodEnd).toBeDefined();
  });

  it('uses unique keys and claim ids', () => {
    expect(new Set(debtors.map((debtor) => debtor.key)).size).toBe(debtors.length);
    expect(new Set(debtors.map((debtor) => debtor.claim.id)).size).toBe(debtors.length);
  });

  it('states interest that matches the principal, rate and period of each claim', () => {
    const interestLines = debtors.flatMap((debtor) => {
      const principal = sumMoney(
        debtor.claim.lines.filter((line) => line.kind === 'principal').map((line) => line.amount),
        debtor.claim.currency,
      );
      return debtor.claim.lines.filter((line): line is InterestLine => line.kind === 'interest').map((line) => ({ line, principal }));
    });
    expect(interestLines.length).toBeGreaterThanOrEqual(3);
    for (const { line, principal } of interestLines) {
      expect(line.amount).toEqual(simpleInterest(principal, line.rateBasisPoints, daysBetween(line.periodStart, line.periodEnd)));
    }
  });

  it('names the kind of collection costs and that their VAT cannot be deducted (§ 13a RDG)', () => {
    const costs = debtors.flatMap((debtor) => debtor.claim.lines).filter((line) => line.kind === 'collection_cost');
    expect(costs.length).toBeGreaterThan(0);
    for (const line of costs) {
      expect(line.basis.length).toBeGreaterThan(10);
      expect(line.vatDeductible).toBe(false);
    }
  });

  it('names the supervisory authority of every German collection agency', () => {
    const agencies = debtors.filter((debtor) => debtor.claim.jurisdiction === 'DE').flatMap((debtor) => debtor.claim.collectionAgency ?? []);
    expect(agencies.length).toBeGreaterThan(0);
    for (const agency of agencies) expect(agency.supervisoryAuthority?.name).toBe('Bundesamt für Justiz');
  });

  it('dates every claim relative to today, so due dates lie ahead and itemization dates behind', () => {
    for (const today of [TODAY, '2031-02-28']) {
      for (const { claim } of sampleDebtors(today)) {
        expect(daysBetween(today, claim.dueDate)).toBeGreaterThan(0);
        expect(daysBetween(claim.itemizationDate, today)).toBeGreaterThan(0);
      }
    }
    expect(sampleDebtors('2031-02-28')[0]?.claim.dueDate).toBe(addDays('2031-02-28', 14));
  });

  it('tells every debtor story in English and German', () => {
    for (const debtor of debtors) {
      expect(debtor.story.en).toMatch(/\w{3}/);
      expect(debtor.story.de).toMatch(/\w{3}/);
      expect(debtor.story.de).not.toBe(debtor.story.en);
    }
  });
});
