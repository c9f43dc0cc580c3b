import { OUTCOME_TYPES, timeOf, type InsightEvent } from './insight-event.js';

/** Weekdays as rows, Monday first (ISO 8601), hours 0-23 as columns. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface ContactTimeSlot {
  weekday: Weekday;
  hour: number;
  opens: number;
  outcomes: number;
}

export interface ContactTimes {
  /** opens[weekday][hour]: links opened, in the debtor's local time. */
  opens: number[][];
  /** outcomes[weekday][hour]: plans agreed, payments and contact requests. */
  outcomes: number[][];
  /** The slot with the most outcomes (ties: more opens, then earlier in the week); null without data. */
  best: ContactTimeSlot | null;
}

const SHORT_WEEKDAY: Record<string, number> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };

/**
 * When debtors react: opens and outcomes by weekday × hour in each debtor's own time zone
 * (the event's `timeZone`, else `defaultTimeZone`), so 9 pm in Chicago and 9 pm in Berlin
 * land in the same cell.
 */
export function contactTimes(events: readonly InsightEvent[], defaultTimeZone = 'UTC'): ContactTimes {
  const grid = () => WEEKDAYS.map(() => Array.from({ length: 24 }, () => 0));
  const opens = grid();
  const outcomes = grid();
  const formats = new Map<string, Intl.DateTimeFormat>();
  for (const event of events) {
    const target = event.type === 'link.opened' ? opens : OUTCOME_TYPES.has(event.type) ? outcomes : undefined;
    if (!target) continue;
    const zone = event.timeZone ?? defaultTimeZone;
    let format = formats.get(zone);
    if (!format) {
      format = new Intl.DateTimeFormat('en-US', { timeZone: zone, weekday: 'short', hour: 'numeric', hourCycle: 'h23' });
      formats.set(zone, format);
    }
    const parts = format.formatToParts(timeOf(event));
    const weekday = SHORT_WEEKDAY[parts.find((part) => part.type === 'weekday')?.value ?? ''];
    const hour = Number(parts.find((part) => part.type === 'hour')?.value);
    const row = weekday === undefined ? undefined : target[weekday];
    if (row && hour >= 0 && hour < 24) row[hour] = (row[hour] ?? 0) + 1;
  }
  return { opens, outcomes, best: bestSlot(opens, outcomes) };
}

function bestSlot(opens: number[][], outcomes: number[][]): ContactTimeSlot | null {
  let best: ContactTimeSlot | null = null;
  WEEKDAYS.forEach((weekday, day) => {
    for (let hour = 0; hour < 24; hour += 1) {
      const slot = { weekday, hour, opens: opens[day]?.[hour] ?? 0, outcomes: outcomes[day]?.[hour] ?? 0 };
      if (slot.opens + slot.outcomes === 0) continue;
      if (!best || slot.outcomes > best.outcomes || (slot.outcomes === best.outcomes && slot.opens > best.opens)) best = slot;
    }
  });
  return best;
}
