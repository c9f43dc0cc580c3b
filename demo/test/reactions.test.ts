import { funnel, type SettleEvent } from '@settle/server-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoBackend } from '../src/backend.js';
import { readDashboard, type DashboardData } from '../src/dashboard/dashboard-data.js';
import { recordedInsightEvents } from '../src/dashboard/insights.js';
import { openDatabase, type Database } from '../src/db/database.js';
import { sampleDebtors } from '../src/seed/sample-debtors.js';
import { seedClaims } from '../src/seed/seed.js';

const debtors = sampleDebtors('2026-11-23');
const claimId = debtors.find((debtor) => debtor.key === 'instalments')!.claim.id;
const context = { channel: 'sms', phase: 'second_reminder', segment: 'instalments', tone: 'neutral' };
let db: Database;
let data: DashboardData;

function reaction(type: SettleEvent['type'], minute: number, extra: Record<string, unknown> = {}): SettleEvent {
  const at = `2026-11-23T10:0${minute}:00.000Z`;
  return { id: `${type}:ses_1${'step' in extra ? `:${String(extra.step)}` : ''}`, type, claimId, createdAt: at, data: { at, ...context, ...extra } } as SettleEvent;
}

beforeAll(async () => {
  db = await openDatabase();
  await seedClaims(db, debtors);
  const backend = createDemoBackend(db);
  const events = [
    reaction('link.opened', 0),
    reaction('step.viewed', 1, { step: 'summary' }),
    reaction('claim.viewed', 2),
    reaction('option.chosen', 3, { option: 'instalments' }),
    reaction('journey.abandoned', 4, { lastStep: 'options' }),
  ];
  // Each delivered twice, as a retried hook would be.
  for (const event of [...events, ...events]) await backend.record(event);
  data = await readDashboard(db, { min: 1, max: 9 });
}, 60_000);

afterAll(async () => {
  await db.close();
});

describe('the demo records reaction events', () => {
  it("keeps each reaction once, with the link's channel and phase, the step, option and last step", () => {
    const rows = data.reactions.filter((row) => row.claimId === claimId).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    expect(rows.map((row) => [row.type, row.channel, row.phase, row.tone, row.step, row.option, row.lastStep])).toEqual([
      ['link.opened', 'sms', 'second_reminder', 'neutral', null, null, null],
      ['step.viewed', 'sms', 'second_reminder', 'neutral', 'summary', null, null],
      ['claim.viewed', 'sms', 'second_reminder', 'neutral', null, null, null],
      ['option.chosen', 'sms', 'second_reminder', 'neutral', null, 'instalments', null],
      ['journey.abandoned', 'sms', 'second_reminder', 'neutral', null, null, 'options'],
    ]);
  });

  it('feeds opened, viewed and chose of the insights funnel from the real reaction types, per channel and phase', async () => {
    const events = await recordedInsightEvents(db);
    expect(events.map((event) => event.type)).toEqual(['link.opened', 'claim.viewed', 'option.chosen']);
    expect(events.every((event) => event.channel === 'sms' && event.phase === 'second_reminder' && event.segment === 'instalments')).toBe(true);
    const report = funnel(events);
    expect(report.byChannel.sms?.map((stage) => stage.claims)).toEqual([1, 1, 1, 1, 0]);
    expect(report.byPhase.second_reminder?.map((stage) => stage.claims)).toEqual([1, 1, 1, 1, 0]);
  });
});
