/** German names for the dashboard's codes: the dashboard is in the German creditor's locale. */
export const SEGMENTS_DE: Readonly<Record<string, string>> = {
  forgot: 'Vergessen zu zahlen',
  pay_now: 'Kann sofort zahlen',
  short_until_payday: 'Knapp bis zum Zahltag',
  instalments: 'Braucht Raten',
  hardship: 'Notlage',
  dispute: 'Bestreitet die Forderung',
};

export const CODES_DE: Readonly<Record<string, string>> = {
  open: 'offen',
  plan_active: 'Plan aktiv',
  settled: 'erledigt',
  disputed: 'bestritten',
  succeeded: 'erfolgreich',
  failed: 'fehlgeschlagen',
  overpaid: 'überzahlt',
  full: 'vollständig',
  partial: 'Teilbetrag',
  instalments: 'Raten',
  deferral: 'Stundung',
  weekly: 'wöchentlich',
  biweekly: 'zweiwöchentlich',
  monthly: 'monatlich',
  callback: 'Rückruf',
  email: 'E-Mail',
  phone: 'Telefon',
  not_my_debt: 'nicht meine Forderung',
  already_paid: 'bereits bezahlt',
  wrong_amount: 'falscher Betrag',
  card_declined: 'Karte abgelehnt',
};

export const FUNNEL_STAGES_DE: Readonly<Record<string, string>> = {
  sent: 'Gesendet',
  opened: 'Link geöffnet',
  viewed: 'Forderung angesehen',
  chose: 'Option gewählt',
  agreed_or_paid: 'Vereinbart oder bezahlt',
};

export const TONES_DE: Readonly<Record<string, string>> = { empathetic: 'Empathisch', neutral: 'Neutral', formal: 'Förmlich', easy: 'Leichte Sprache' };

export const SENTIMENTS_DE: Readonly<Record<string, string>> = { positive: 'positiv', neutral: 'neutral', negative: 'negativ' };

export const WEEKDAYS_DE = ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'] as const;
export const WEEKDAY_NAMES_DE = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'] as const;

/** A code in German: the map's name, else the code with spaces; booleans as ja/nein. */
export function labelDe(code: string | number | boolean | null | undefined, names: Readonly<Record<string, string>> = CODES_DE): string {
  if (code === null || code === undefined || code === '') return '–';
  if (typeof code === 'boolean') return code ? 'ja' : 'nein';
  const text = String(code);
  return names[text] ?? text.replaceAll('_', ' ');
}
