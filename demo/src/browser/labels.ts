/** Plain-English names for the dashboard's codes. */
export const SEGMENTS: Readonly<Record<string, string>> = {
  forgot: 'Forgot to pay',
  pay_now: 'Can pay now',
  short_until_payday: 'Short until payday',
  instalments: 'Needs instalments',
  hardship: 'Hardship',
  dispute: 'Disputes the claim',
};

export function label(code: string | number | boolean | null | undefined, names: Readonly<Record<string, string>> = {}): string {
  if (code === null || code === undefined || code === '') return '–';
  if (typeof code === 'boolean') return code ? 'yes' : 'no';
  const text = String(code);
  return names[text] ?? text.replaceAll('_', ' ');
}
