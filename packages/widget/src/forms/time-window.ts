import type { PreferredTime, SupportChannels } from '@settle/protocol';

/** The contact windows a debtor can pick; a few clear choices instead of free time inputs. */
export const TIME_WINDOWS = ['any', 'morning', 'afternoon', 'evening'] as const;
export type TimeWindow = (typeof TIME_WINDOWS)[number];

export type CallbackHours = NonNullable<SupportChannels['callbackHours']>;

const HOURS: Record<Exclude<TimeWindow, 'any'>, { from: string; to: string }> = {
  morning: { from: '08:00', to: '12:00' },
  afternoon: { from: '12:00', to: '17:00' },
  evening: { from: '17:00', to: '20:00' },
};

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** The window as the API's PreferredTime, in the debtor's own time zone; `any` sends none. */
export function preferredTime(window: TimeWindow): PreferredTime | undefined {
  if (window === 'any') return undefined;
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return { ...HOURS[window], ...(timeZone ? { timeZone } : {}) };
}

export function isTimeWindow(value: string): value is TimeWindow {
  return (TIME_WINDOWS as readonly string[]).includes(value);
}

/**
 * The windows to offer: the creditor's callback hours by position (`0`, `1`, ...) when
 * its support names them, which are the only ones its server accepts; else the fixed ones.
 */
export function windowsFor(hours: CallbackHours | undefined): string[] {
  return hours ? ['any', ...hours.windows.map((_window, index) => `${index}`)] : [...TIME_WINDOWS];
}

/** A window as the API's PreferredTime: a creditor's with its days, in its own time zone. */
export function creditorTime(window: string, hours: CallbackHours | undefined): PreferredTime | undefined {
  const chosen = hours?.windows[window as never];
  return chosen ? { ...chosen, timeZone: hours.timeZone } : isTimeWindow(window) ? preferredTime(window) : undefined;
}

/**
 * A creditor's window as the debtor reads it, with the creditor's time zone named:
 * "Mo–Fr 09–17 Uhr (Berlin)", "Mon–Fri 9 AM – 5:30 PM (Chicago)".
 */
export function creditorWindowLabel(window: CallbackHours['windows'][number], timeZone: string, locale: string): string {
  const days = DAYS.flatMap((name, index) => (window.days.includes(name as never) ? [index] : []));
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  const day = (index: number) => weekday.format(Date.UTC(2024, 0, 1 + index));
  const last = days.at(-1) as number;
  const first = days[0] as number;
  const at = (time: string) => Date.parse(`1970-01-01T${time}Z`);
  // Minutes only where a window needs them, so the label fits a phone's select: "9 AM – 5 PM".
  const minute = /[1-9]/.test(window.from.slice(3) + window.to.slice(3)) ? '2-digit' : undefined;
  const hours = new Intl.DateTimeFormat(locale, { hour: 'numeric', ...(minute && { minute }), timeZone: 'UTC' }).formatRange(at(window.from), at(window.to));
  // Three or more days in a row read as a range (Mo–Fr); others are listed (Sa, So).
  const named = days.length > 2 && last - first === days.length - 1 ? `${day(first)}–${day(last)}` : days.map(day).join(', ');
  return `${named} ${hours} (${timeZone.split('/').pop()?.replace(/_/g, ' ')})`;
}
