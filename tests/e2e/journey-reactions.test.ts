import { todayIso } from '@settle/protocol';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleDebtors } from '../../demo/src/seed/sample-debtors.js';
import { NO_PROBLEMS } from '../support/browser.js';
import { newJourneyPage, readDashboard, type DashboardRecords, type JourneyPage } from '../support/flow-journey.js';
import { agreeTo, answerQuiz, leaveSummary, pickDate, toOptions } from '../support/flow-steps.js';
import { useDemoInBrowser } from '../support/demo-in-browser.js';

const payday = sampleDebtors(todayIso()).find((debtor) => debtor.key === 'payday')!.claim.id;
const e2e = useDemoInBrowser();
const open: JourneyPage[] = [];

afterAll(async () => {
  await Promise.all(open.map((journey) => journey.context.close()));
});

type Row = DashboardRecords['reactions'][number];

/** The dashboard once `ready` holds for it: hooks are delivered off the request path, so the records arrive a moment later. */
async function dashboardWhen(ready: (data: DashboardRecords) => boolean): Promise<DashboardRecords> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const data = await readDashboard(e2e.demo.origin);
    if (ready(data)) return data;
    if (Date.now() > deadline) throw new Error(`the dashboard never got there: ${JSON.stringify(data.reactions)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const time = (row: { createdAt: string }) => Date.parse(row.createdAt);

describe('reaction events of a journey from the emailed link', () => {
  it("reaches the creditor as link.opened, claim.viewed, each step viewed, option.chosen and then the plan, each once, in order, with the email's channel and phase", async () => {
    const journey = await newJourneyPage(e2e.browser);
    open.push(journey);
    const { page } = journey;
    await page.goto(e2e.demo.link('payday'));
    await leaveSummary(page);
    await answerQuiz(page, ['short_until_payday', 'after_payday', 'all_fine']);
    await toOptions(page);
    await agreeTo(page, 'deferral', async () => {
      await pickDate(page, 'date', 'max');
    });
    // Back and forward again: seen steps are not reported twice.
    await page.goBack();
    await page.locator('settle-flow .flow[data-step="quiz"]').waitFor({ state: 'attached', timeout: 30_000 });

    const ofClaim = <T extends { claimId: string }>(rows: T[]) => rows.filter((row) => row.claimId === payday);
    const data = await dashboardWhen((records) => ofClaim(records.plans).length === 1 && ofClaim(records.reactions).some((row) => row.type === 'option.chosen'));
    const reactions = ofClaim(data.reactions).sort((a, b) => time(a) - time(b));
    const planAt = Date.parse(String(ofClaim(data.plans)[0]?.createdAt));
    const named = (row: Row) => [row.type, row.step ?? row.option].filter(Boolean).join(' ');

    for (const name of ['link.opened', 'claim.viewed', 'step.viewed summary', 'step.viewed quiz', 'step.viewed options', 'option.chosen deferral']) {
      expect(
        reactions.filter((row) => named(row) === name),
        name,
      ).toHaveLength(1);
    }
    expect(reactions.map(named).filter((name) => name.startsWith('step.viewed'))).toEqual(['step.viewed summary', 'step.viewed quiz', 'step.viewed options']);
    const at = (name: string) => time(reactions.find((row) => named(row) === name)!);
    expect(named(reactions[0]!)).toBe('link.opened');
    expect(at('claim.viewed')).toBeLessThan(at('step.viewed quiz'));
    expect(at('step.viewed options')).toBeLessThanOrEqual(at('option.chosen deferral'));
    expect(at('option.chosen deferral')).toBeLessThan(planAt);
    expect(reactions.every((row) => row.channel === 'email' && row.phase === 'first_reminder')).toBe(true);
    expect(reactions.filter((row) => row.type === 'journey.abandoned')).toEqual([]);
    expect(journey.problems).toEqual(NO_PROBLEMS);
  });
});
