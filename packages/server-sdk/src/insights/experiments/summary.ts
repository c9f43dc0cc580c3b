import type { MessageTone } from '../../messages/types.js';
import type { Interval } from './proportions.js';
import type { VariantResult } from './variant-result.js';

const TONE_NAMES: Record<'de' | 'en', Record<MessageTone, string>> = {
  de: { empathetic: 'Empathisch', neutral: 'Neutral', formal: 'Förmlich', easy: 'Leichte Sprache' },
  en: { empathetic: 'Empathetic', neutral: 'Neutral', formal: 'Formal', easy: 'Plain language' },
};

interface SummaryInput {
  variant: VariantResult;
  control: VariantResult;
  difference: Interval & { estimate: number };
  significant: boolean;
  enoughClaims: boolean;
  minimumClaims: number;
}

const points = (locale: string, value: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1, signDisplay: 'exceptZero' }).format(value * 100);

const percent = (locale: string, value: number | null) => (value === null ? '–' : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value));

/** One or two plain sentences a creditor can act on, in German and English. */
export function experimentSummary({ variant, control, difference, significant, enoughClaims, minimumClaims }: SummaryInput): { de: string; en: string } {
  const de = TONE_NAMES.de;
  const en = TONE_NAMES.en;
  const rates = {
    de: `${de[variant.variant]}: ${percent('de-DE', variant.rate)} von ${variant.claims}, ${de[control.variant]}: ${percent('de-DE', control.rate)} von ${control.claims}.`,
    en: `${en[variant.variant]}: ${percent('en-US', variant.rate)} of ${variant.claims}, ${en[control.variant]}: ${percent('en-US', control.rate)} of ${control.claims}.`,
  };
  const range = {
    de: `${points('de-DE', difference.low)} bis ${points('de-DE', difference.high)} Prozentpunkte`,
    en: `${points('en-US', difference.low)} to ${points('en-US', difference.high)} percentage points`,
  };
  if (!enoughClaims) {
    return {
      de: `${rates.de} Noch zu wenige Fälle für eine Aussage: Wir werten ab ${minimumClaims} Fällen je Variante aus.`,
      en: `${rates.en} Too few claims to tell yet: results count from ${minimumClaims} claims per variant.`,
    };
  }
  if (!significant) {
    return {
      de: `${rates.de} Der Unterschied ist noch nicht signifikant: Er liegt mit 95 % Sicherheit zwischen ${range.de}. Lassen Sie den Test weiterlaufen.`,
      en: `${rates.en} The difference is not significant yet: with 95 % confidence it lies between ${range.en}. Keep the test running.`,
    };
  }
  const better = difference.estimate > 0;
  return {
    de: `${rates.de} ${de[variant.variant]} wirkt ${better ? 'besser' : 'schlechter'} als ${de[control.variant]}: ${range.de} (95 % Konfidenz).`,
    en: `${rates.en} ${en[variant.variant]} converts ${better ? 'better' : 'worse'} than ${en[control.variant]}: ${range.en} (95 % confidence).`,
  };
}
