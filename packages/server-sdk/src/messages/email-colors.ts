import { contrastRatio, parseRgb, toHex, WCAG_AA, type Rgb } from '@settle/protocol';

/** The colours an email paints its sender's brand with. */
export interface EmailColors {
  /** The button's background. */
  button: string;
  /** The button's text: at least 4.5:1 on `button`. */
  onButton: string;
  /** The sender's name and links on the white card: at least 4.5:1 on white. */
  accent: string;
}

/** The emails' body text: no tenant's colour, and readable on white (16:1). */
const NEUTRAL_TEXT = '#1d2329';
const WHITE: Rgb = [255, 255, 255];
/** Without a brand, a neutral slate that is no creditor's colour. */
const NEUTRAL: EmailColors = { button: NEUTRAL_TEXT, onButton: '#ffffff', accent: NEUTRAL_TEXT };

/**
 * The email colours of a sender's brand (a claim's `presentation.brand.colors`, else the
 * instance theme's). Colours are creditor-supplied: only hex or numeric rgb() values are
 * used, re-written as `#rrggbb`, so no value can carry style or markup into the email.
 * A primary too light for text on white leaves the name and links in the neutral text
 * colour; a primary no text reads on leaves the button neutral too.
 */
export function emailColors(colors: { primary?: string | undefined; onPrimary?: string | undefined } | undefined): EmailColors {
  const primary = colors?.primary ? parseRgb(colors.primary) : undefined;
  if (!primary) return NEUTRAL;
  const onPrimary = colors?.onPrimary ? parseRgb(colors.onPrimary) : undefined;
  const onButton = [onPrimary, WHITE, parseRgb(NEUTRAL_TEXT)].find((text): text is Rgb => text !== undefined && contrastRatio(text, primary) >= WCAG_AA);
  const accent = contrastRatio(primary, WHITE) >= WCAG_AA ? toHex(primary) : NEUTRAL_TEXT;
  return onButton ? { button: toHex(primary), onButton: toHex(onButton), accent } : { ...NEUTRAL, accent };
}
