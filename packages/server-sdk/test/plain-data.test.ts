import { describe, expect, it } from 'vitest';
import { copyPlainData, NOT_PLAIN, samePlainData } from '../src/plain-data.js';
import { germanClaim } from '../../../tests/fixtures/claims.js';

describe('plain data snapshots', () => {
  it('copies plain data into a separate object with the same content', () => {
    const claim = germanClaim();
    const copy = copyPlainData(claim);
    expect(copy).toEqual(claim);
    expect(copy).not.toBe(claim);
    claim.lines[0]!.amount.amount = 1;
    expect((copy as { lines: { amount: { amount: number } }[] }).lines[0]!.amount.amount).toBe(12000);
  });

  it('finds an equal claim the same, and any change to it different', () => {
    const snapshot = copyPlainData(germanClaim());
    if (snapshot === NOT_PLAIN) throw new Error('a claim is plain data');
    expect(samePlainData(structuredClone(germanClaim()), snapshot)).toBe(true);
    // biome-ignore lint/suspicious/noExplicitAny: each change breaks the claim's type on purpose
    const changes: ((claim: Record<string, any>) => void)[] = [
      (claim) => (claim.lines[3].amount.amount = 2001),
      (claim) => claim.lines.pop(),
      (claim) => (claim.extra = 'x'),
      (claim) => delete claim.dueDate,
      (claim) => (claim.dueDate = undefined),
      (claim) => (claim.balanceVersion = '1'),
      (claim) => (claim.debtor = ['Erika Mustermann']),
      (claim) => (claim.debtor = null),
      (claim) => (claim.dueDate = new Date('2026-12-07')),
      (claim) => (claim.dueDate = { toJSON: () => '2026-12-07' }),
      (claim) =>
        (claim.total = new (class Money {
          amount = 12837;
          currency = 'EUR';
        })()),
    ];
    for (const change of changes) {
      // biome-ignore lint/suspicious/noExplicitAny: the changes above break the claim's type on purpose
      const claim = germanClaim() as Record<string, any>;
      change(claim);
      expect(samePlainData(claim, snapshot)).toBe(false);
    }
  });

  it('tells apart key order, -0 and undefined, but not NaN from NaN', () => {
    const snapshot = copyPlainData({ a: 1, b: 2, c: NaN, d: 0, e: undefined });
    if (snapshot === NOT_PLAIN) throw new Error('plain data');
    expect(samePlainData({ a: 1, b: 2, c: NaN, d: 0, e: undefined }, snapshot)).toBe(true);
    expect(samePlainData({ b: 2, a: 1, c: NaN, d: 0, e: undefined }, snapshot)).toBe(false);
    expect(samePlainData({ a: 1, b: 2, c: NaN, d: -0, e: undefined }, snapshot)).toBe(false);
    expect(samePlainData({ a: 1, b: 2, c: NaN, d: 0 }, snapshot)).toBe(false);
    expect(samePlainData({ a: 1, b: 2, c: NaN, d: 0, e: null }, snapshot)).toBe(false);
  });

  it('refuses to snapshot anything that is not plain data', () => {
    const cyclic: Record<string, unknown> = { id: 'x' };
    cyclic.self = cyclic;
    for (const value of [new Date(), new Map(), { at: new Date() }, [1, () => 2], { n: 1n }, { s: Symbol('s') }, cyclic]) {
      expect(copyPlainData(value)).toBe(NOT_PLAIN);
    }
    expect(copyPlainData(Object.assign(Object.create(null), { a: [1, 'b', null, true] }))).toEqual({ a: [1, 'b', null, true] });
  });

  it('snapshots what a getter answered once, so the copy is what gets validated', () => {
    let reads = 0;
    const claim = {
      get status() {
        reads += 1;
        return reads === 1 ? 'open' : 'bogus';
      },
    };
    expect(copyPlainData(claim)).toEqual({ status: 'open' });
    expect(reads).toBe(1);
  });
});
