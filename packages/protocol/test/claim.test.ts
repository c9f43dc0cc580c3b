import { describe, expect, it } from 'vitest';
import { Claim, itemizedTotal } from '../src/index.js';
import { germanClaim, usClaim } from '../../../tests/fixtures/claims.js';

function issuePaths(input: unknown): string[] {
  const result = Claim.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('Claim schema', () => {
  it('accepts complete German and US claims', () => {
    expect(Claim.safeParse(germanClaim()).success).toBe(true);
    expect(Claim.safeParse(usClaim()).success).toBe(true);
  });

  it('adds charges and subtracts payments and credits', () => {
    expect(itemizedTotal(germanClaim().lines, 'EUR')).toEqual({ amount: 12837, currency: 'EUR' });
    expect(itemizedTotal(usClaim().lines, 'USD')).toEqual({ amount: 42500, currency: 'USD' });
  });

  it('names the field when the total does not match the itemization', () => {
    expect(issuePaths(germanClaim({ total: { amount: 12838, currency: 'EUR' } }))).toEqual(['total.amount']);
  });

  it('names the line whose currency differs from the claim', () => {
    const claim = germanClaim();
    const lines = claim.lines.map((line, index) => (index === 1 ? { ...line, amount: { amount: 87, currency: 'USD' } } : line));
    expect(issuePaths({ ...claim, lines })).toContain('lines.1.amount.currency');
  });

  it('refuses fractional minor units and negative lines', () => {
    const claim = germanClaim();
    const fractional = claim.lines.map((line, index) => (index === 0 ? { ...line, amount: { amount: 120.5, currency: 'EUR' } } : line));
    expect(issuePaths({ ...claim, lines: fractional })).toContain('lines.0.amount.amount');
    const negative = claim.lines.map((line, index) => (index === 3 ? { ...line, amount: { amount: -2000, currency: 'EUR' } } : line));
    expect(issuePaths({ ...claim, lines: negative })).toContain('lines.3.amount.amount');
  });

  it('refuses impossible dates, unknown line kinds and missing creditor address', () => {
    expect(issuePaths(germanClaim({ dueDate: '2026-02-30' }))).toEqual(['dueDate']);
    const claim = germanClaim();
    expect(issuePaths({ ...claim, lines: [{ kind: 'bonus', label: 'x', amount: { amount: 1, currency: 'EUR' } }] })).toContain('lines.0.kind');
    const { address: _address, ...creditorWithoutAddress } = claim.creditor;
    expect(issuePaths({ ...claim, creditor: creditorWithoutAddress })).toContain('creditor.address');
  });
});
