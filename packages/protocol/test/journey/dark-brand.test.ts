import { describe, expect, it } from 'vitest';
import { contrastRatio, DARK_SURFACE, darkVariant, parseRgb } from '../../src/journey/dark-brand.js';

const surface = parseRgb(DARK_SURFACE)!;
/** The widget's default text on an accent-coloured button in dark mode. */
const darkButtonText = parseRgb('#0d1117')!;

describe('darkVariant: a brand colour for the dark surface', () => {
  it.each(['#0b6e4f', '#a4410e', '#0f5e73', '#1c5aa6', '#7a3e9d', '#123456', '#000', '#e30613', 'rgb(10, 92, 54)', 'rgb(10 92 54 / 50%)'])(
    '%s becomes a colour with at least 4.5:1 on the dark surface and under the dark button text',
    (brand) => {
      const variant = parseRgb(darkVariant(brand) ?? '')!;
      expect(contrastRatio(variant, surface)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(variant, darkButtonText)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('tints no more than needed: one step less falls short of AA', () => {
    const variant = parseRgb(darkVariant('#0b6e4f')!)!;
    const original = parseRgb('#0b6e4f')!;
    const lessTinted = variant.map((channel, index) => Math.round(channel - (255 - original[index]!) / 20)) as [number, number, number];
    expect(contrastRatio(lessTinted, surface)).toBeLessThan(4.5);
  });

  it('keeps a brand colour that already reads on the dark surface', () => {
    expect(darkVariant('#ffcc00')).toBe('#ffcc00');
  });

  it('derives nothing from notations it cannot read, so the default dark accent stays', () => {
    expect(darkVariant('hsl(160 80% 24%)')).toBeUndefined();
    expect(darkVariant('oklch(0.5 0.1 160)')).toBeUndefined();
    expect(darkVariant('rgb(300, 0, 0)')).toBeUndefined();
  });

  it('measures contrast as WCAG does: black on white is 21:1', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
  });
});
