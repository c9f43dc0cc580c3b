import * as z from 'zod/mini';
import { IsoDate } from '../dates.js';
import { Money } from '../money.js';
import { Instalment } from './schedule.js';

export const InstalmentStatus = z.enum(['paid', 'due', 'missed']);
export type InstalmentStatus = z.infer<typeof InstalmentStatus>;

export const TrackedInstalment = z.extend(Instalment, { status: InstalmentStatus, paid: Money });
export type TrackedInstalment = z.infer<typeof TrackedInstalment>;

/** Where an agreed plan stands on a day, as `trackPlan` computes it. */
export const PlanProgress = z.object({
  instalments: z.array(TrackedInstalment),
  paid: Money,
  outstanding: Money,
  /** The first instalment not yet paid in full. */
  nextDue: z.optional(TrackedInstalment),
  missedCount: z.int(),
  state: z.enum(['completed', 'on_track', 'in_arrears']),
  asOf: IsoDate,
});
export type PlanProgress = z.infer<typeof PlanProgress>;
