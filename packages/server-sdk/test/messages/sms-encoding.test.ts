import { describe, expect, it } from 'vitest';
import { smsSize } from '../../src/messages/index.js';

describe('smsSize', () => {
  it('sends German umlauts and ß in GSM-7', () => {
    expect(smsSize('Grüße aus Köln, Straße')).toEqual({ encoding: 'GSM-7', units: 22, segments: 1 });
  });

  it('counts extension characters (€, [, ]) as two septets', () => {
    expect(smsSize('5 €')).toEqual({ encoding: 'GSM-7', units: 4, segments: 1 });
    expect(smsSize('[x]')).toEqual({ encoding: 'GSM-7', units: 5, segments: 1 });
  });

  it('fits 160 septets in one segment and splits 161 into two of 153', () => {
    expect(smsSize('a'.repeat(160)).segments).toBe(1);
    expect(smsSize('a'.repeat(161)).segments).toBe(2);
    expect(smsSize('a'.repeat(306)).segments).toBe(2);
    expect(smsSize('a'.repeat(307)).segments).toBe(3);
    expect(smsSize(`${'a'.repeat(159)}€`).segments).toBe(2);
  });

  it('falls back to UCS-2 for characters outside GSM 03.38, with 70/67 units per segment', () => {
    expect(smsSize('Zahlung „jetzt“')).toEqual({ encoding: 'UCS-2', units: 15, segments: 1 });
    expect(smsSize('ş'.repeat(70)).segments).toBe(1);
    expect(smsSize('ş'.repeat(71)).segments).toBe(2);
    expect(smsSize('ş'.repeat(135)).segments).toBe(3);
  });

  it('treats a no-break space as UCS-2, which is why SMS texts replace it', () => {
    expect(smsSize('425,00\u00a0€').encoding).toBe('UCS-2');
  });
});
