import type { PreferredTime, SupportChannels } from '@settle/protocol';

type CallbackHours = NonNullable<SupportChannels['callbackHours']>;

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** The zone's offset from UTC in minutes at `at` (e.g. 60 for Europe/Berlin in winter). */
function offsetMinutes(timeZone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' }).formatToParts(at);
  const part = (type: string) => Number(parts.find((entry) => entry.type === type)?.value);
  const local = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
  return Math.round((local - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
}

/**
 * Whether a callback slot lies inside the creditor's callback hours: the slot, moved into
 * the hours' time zone (at today's offsets), fits one window on every day it names, or on
 * some day when it names none (the creditor then picks the day). A slot that crosses
 * midnight in the creditor's zone fits nowhere.
 */
export function withinCallbackHours(slot: PreferredTime, hours: CallbackHours, now: Date): boolean {
  const shift = slot.timeZone ? offsetMinutes(hours.timeZone, now) - offsetMinutes(slot.timeZone, now) : 0;
  const from = minutes(slot.from) + shift;
  const to = minutes(slot.to) + shift;
  if (from < 0 || to > 24 * 60) return false;
  const fitsOn = (day: string) => hours.windows.some((window) => window.days.includes(day as never) && minutes(window.from) <= from && to <= minutes(window.to));
  return slot.days ? slot.days.every(fitsOn) : ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].some(fitsOn);
}
