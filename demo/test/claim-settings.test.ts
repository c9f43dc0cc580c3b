import { describe, expect, it } from 'vitest';
import { claimSettingsOf } from '../src/creditor/claim-settings.js';
import { sampleDebtors } from '../src/seed/sample-debtors.js';

const debtors = sampleDebtors('2026-11-23');
const claimOf = (key: string) => {
  const debtor = debtors.find((candidate) => candidate.key === key);
  if (!debtor) throw new Error(`no sample debtor ${key}`);
  return debtor.claim;
};

describe('demo claim settings', () => {
  it('makes whoever collects each sample claim its payee and support, with an account only in the claim’s currency', () => {
    const rows = debtors.map(({ key, claim }) => {
      const settings = claimSettingsOf(claim);
      return [key, settings.payee?.name, settings.support?.phone, Object.keys(settings.payee?.bankAccounts ?? {})];
    });
    expect(rows).toEqual([
      ['forgot', 'Stadtwerke Beispielstadt GmbH', '+49 30 1234567', ['EUR']],
      ['payday', 'Fair Inkasso GmbH', '+49 40 5550100', ['EUR']],
      ['instalments', 'Fair Inkasso GmbH', '+49 40 5550100', ['EUR']],
      ['hardship', 'Fair Inkasso GmbH', '+49 40 5550100', ['EUR']],
      ['dispute', 'Fair Inkasso GmbH', '+49 40 5550100', ['EUR']],
      ['pay-now-us', 'Kind Recovery Inc.', '+1 312 555 0140', []],
    ]);
  });

  it('gives the direct creditor and the agency different accounts and emails', () => {
    const direct = claimSettingsOf(claimOf('forgot'));
    const agency = claimSettingsOf(claimOf('payday'));
    expect(direct.payee?.bankAccounts?.EUR?.iban).not.toBe(agency.payee?.bankAccounts?.EUR?.iban);
    expect([direct.support?.email, agency.support?.email]).toEqual(['service@stadtwerke.example', 'hilfe@fair-inkasso.example']);
  });
});
