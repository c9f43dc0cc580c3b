/**
 * The dark-mode variant of a brand colour. A brand's primary colour is chosen for a light
 * page; on the widget's dark surface it is usually too dark to read (navy on near-black).
 * The variant mixes it with white just enough for WCAG AA (4.5:1) against the dark surface,
 * so the hue stays the creditor's. The widget's dark button text is darker than those
 * surfaces, so the same variant carries that text at 4.5:1 too.
 */

/**
 * The lighter of the widget's default dark surfaces (`--_surface-alt`; `--_surface` is
 * #12161c): a colour that reads on it reads on both, as links and buttons sit on either.
 */
export const DARK_SURFACE = '#1c222b';
/** WCAG 2.2 AA contrast for normal text. */
export const WCAG_AA = 4.5;

export type Rgb = [number, number, number];

/** `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa` or `rgb()`/`rgba()` with 0-255 channels; other notations give undefined. */
export function parseRgb(color: string): Rgb | undefined {
  const hex = /^#([\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})$/i.exec(color)?.[1];
  if (hex) {
    const full = hex.length <= 4 ? [...hex].map((digit) => digit + digit).join('') : hex;
    return [0, 2, 4].map((start) => Number.parseInt(full.slice(start, start + 2), 16)) as Rgb;
  }
  const channels = /^rgba?\(\s*(\d{1,3})[\s,]+(\d{1,3})[\s,]+(\d{1,3})\s*([,/][\d.%\s]*)?\)$/i.exec(color);
  if (!channels) return undefined;
  const rgb = channels.slice(1, 4).map(Number) as Rgb;
  return rgb.every((channel) => channel <= 255) ? rgb : undefined;
}

/** WCAG 2.2 relative luminance. */
function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((channel) => {
    const value = channel / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** `#rrggbb` of a parsed colour: a value built only of hex digits, safe in any style attribute. */
export const toHex = (rgb: Rgb) => `#${rgb.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;

/**
 * The brand colour for dark mode: itself when it already reaches 4.5:1 on the dark
 * surface, else the least tint towards white that does (in 5 % steps; white always does).
 * Undefined for notations the server cannot read (hsl, oklch): the default dark accent stays.
 */
export function darkVariant(color: string, surface = DARK_SURFACE): string | undefined {
  const rgb = parseRgb(color);
  const background = parseRgb(surface);
  if (!rgb || !background) return undefined;
  for (let step = 0; step <= 20; step += 1) {
    const tint = rgb.map((channel) => Math.round(channel + ((255 - channel) * step) / 20)) as Rgb;
    if (contrastRatio(tint, background) >= WCAG_AA) return toHex(tint);
  }
  return '#ffffff';
}
