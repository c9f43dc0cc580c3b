import type { PreferredTime } from '@settle/protocol';

/** The contact windows a debtor can pick; a few clear choices instead of free time inputs. */
export const TIME_WINDOWS = ['any', 'morning', 'afternoon', 'evening'] as const;
export type TimeWindow = (typeof TIME_WINDOWS)[number];

const HOURS: Record<Exclude<TimeWindow, 'any'>, { from: string; to: string }> = {
  morning: { from: '08:00', to: '12:00' },
  afternoon: { from: '12:00', to: '17:00' },
  evening: { from: '17:00', to: '20:00' },
};

/** The window as the API's PreferredTime, in the debtor's own time zone; `any` sends none. */
export function preferredTime(window: TimeWindow): PreferredTime | undefined {
  if (window === 'any') return undefined;
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return { ...HOURS[window], ...(timeZone ? { timeZone } : {}) };
}

export function isTimeWindow(value: string): value is TimeWindow {
  return (TIME_WINDOWS as readonly string[]).includes(value);
}
