import { randomBytes } from 'node:crypto';
import { todayIso } from '@settle/protocol';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleDebtors } from '../../demo/src/seed/sample-debtors.js';
import { NO_PROBLEMS } from '../support/browser.js';
import { currentStep, newJourneyPage, readDashboard, recordCounts, shoot, waitForStep, type JourneyPage } from '../support/flow-journey.js';
import { axeViolations } from '../support/axe.js';
import { agreeTo, answerQuiz, continueToFeedback, giveFeedback, leaveSummary, payWithSandbox, pickDate, pickMonthly, toCheckout, toOptions } from '../support/flow-steps.js';
import type { Plan } from '@settle/protocol';
import { useDemoInBrowser } from '../support/demo-in-browser.js';

const claimIds = Object.fromEntries(sampleDebtors(todayIso()).map((debtor) => [debtor.key, debtor.claim.id]));

const e2e = useDemoInBrowser({ env: { DEMO_SECRET: randomBytes(32).toString('base64url') } });
const open: JourneyPage[] = [];

afterAll(async () => {
  await Promise.all(open.map((journey) => journey.context.close()));
});

async function start(key: string, viewport?: { width: number; height: number }): Promise<JourneyPage> {
  const journey = await newJourneyPage(e2e.browser, viewport);
  open.push(journey);
  await journey.page.goto(e2e.demo.link(key));
  return journey;
}

/** A picture and an axe run for the step on screen; axe must find nothing. */
async function checkpoint(journey: JourneyPage, name: string): Promise<void> {
  await shoot(journey.page, `journey-${name}`);
  expect(await axeViolations(journey.page), `axe on ${name}`).toEqual([]);
}

describe('the journey from the emailed link, one sample debtor each', () => {
  it('forgot: summary, quiz, pay in full with the sandbox wallet, thank-you with receipt, feedback; one payment and one feedback recorded', async () => {
    const journey = await newJourneyPage(e2e.browser);
    open.push(journey);
    const { page } = journey;
    const exchanges: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/settle/session') exchanges.push(request.postData() ?? '');
    });
    await page.goto(e2e.demo.link('forgot'));
    await waitForStep(page, 'summary', 'settle-claim-summary [part~="total"]');
    expect(page.url(), 'the link token left the address bar').not.toContain('#t=');
    await checkpoint(journey, 'forgot-1-summary');
    await leaveSummary(page);
    await checkpoint(journey, 'forgot-2-quiz');
    await answerQuiz(page, ['forgot', 'today', 'all_fine']);
    expect(await page.locator('settle-quiz [part~="result"]').getAttribute('data-segment')).toBe('forgot');
    await checkpoint(journey, 'forgot-3-quiz-result');
    await toOptions(page);
    await checkpoint(journey, 'forgot-4-options');
    await agreeTo(page, 'pay_in_full');
    await checkpoint(journey, 'forgot-5-confirmation');
    await toCheckout(page);
    await checkpoint(journey, 'forgot-6-checkout');
    await payWithSandbox(page, false);
    expect(await page.locator('settle-feedback [part~="receipt"]').textContent()).toMatch(/pay_|sandbox/i);
    await checkpoint(journey, 'forgot-7-thank-you');
    await giveFeedback(page, 9, 'Schnell und freundlich');
    await checkpoint(journey, 'forgot-8-feedback-sent');
    expect(exchanges, 'the link is exchanged once and every step shares that session').toHaveLength(1);
    expect(journey.problems).toEqual(NO_PROBLEMS);
    expect(await recordCounts(e2e.demo.origin, claimIds.forgot!)).toEqual({ payments: 1, plans: 1, promises: 0, disputes: 0, contactRequests: 0, feedback: 1 });
  });

  it('payday at 360×740: defers to the latest allowed date, confirmation, feedback; one deferral plan and no payment recorded', async () => {
    const journey = await start('payday', { width: 360, height: 740 });
    const { page } = journey;
    await leaveSummary(page);
    await answerQuiz(page, ['short_until_payday', 'after_payday', 'all_fine']);
    await toOptions(page);
    await checkpoint(journey, 'payday-1-options-360');
    await agreeTo(page, 'deferral', async () => {
      await pickDate(page, 'date', 'max');
    });
    await checkpoint(journey, 'payday-2-confirmation-360');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'no horizontal scrolling at 360 px').toBeLessThanOrEqual(0);
    await continueToFeedback(page);
    await giveFeedback(page, 7, 'Danke für den Aufschub');
    await checkpoint(journey, 'payday-3-feedback-360');
    expect(journey.problems).toEqual(NO_PROBLEMS);
    expect(await recordCounts(e2e.demo.origin, claimIds.payday!)).toEqual({ payments: 0, plans: 1, promises: 0, disputes: 0, contactRequests: 0, feedback: 1 });
  });

  it('instalments: back and forward between steps, a reload resumes without the link, 150 € a month picked as a chip, first instalment with autopay consent; the creditor records that plan', async () => {
    const journey = await start('instalments');
    const { page } = journey;
    await leaveSummary(page);
    await answerQuiz(page, ['too_much_at_once', 'bit_by_bit', 'all_fine']);
    await toOptions(page);

    await page.goBack();
    await waitForStep(page, 'quiz', 'settle-quiz [part~="step"]');
    await page.goBack();
    await waitForStep(page, 'summary', 'settle-claim-summary [part~="total"]');
    await page.goForward();
    await waitForStep(page, 'quiz');
    await page.goForward();
    await waitForStep(page, 'options', 'settle-plan-picker [part~="offer-list"]');

    const linkToken = new URL(e2e.demo.link('instalments')).hash.slice('#t='.length);
    const stored = await page.evaluate(() => Object.values(sessionStorage).join('\n'));
    expect(stored, 'sessionStorage keeps the place').toContain('"step":"options"');
    expect(stored, 'but never the link token').not.toContain(linkToken);
    await page.reload();
    await waitForStep(page, 'options', 'settle-plan-picker [part~="offer-list"]');
    expect(page.url()).not.toContain('#t=');
    await checkpoint(journey, 'instalments-1-options-after-reload');

    // The largest sample claim (1.215,41 €), from a debtor who can pay about 150 € a month.
    const accepted = page.evaluate(
      () => new Promise<Plan>((resolve) => document.addEventListener('settle-plan-accept', (event) => resolve((event as CustomEvent<{ plan: Plan }>).detail.plan), { once: true })),
    );
    let planLabel = '';
    await agreeTo(page, 'instalments', async () => {
      await pickDate(page, 'firstDueDate', 'min');
      expect(await page.locator('settle-plan-picker [part~="monthly"] label').filter({ hasText: '150,00 €' }).count(), 'a 150 € chip').toBe(1);
      await pickMonthly(page, 15_000);
      await checkpoint(journey, 'instalments-2-monthly-plans');
      const checked = page.locator('settle-plan-picker [part~="plans"] label').filter({ has: page.locator('input:checked') });
      planLabel = (await checked.textContent())?.replace(/\s+/g, ' ').trim() ?? '';
    });
    const plan = await accepted;
    const rows = plan.schedule.instalments;
    const lastDate = new Intl.DateTimeFormat('de', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${rows.at(-1)?.dueDate}T00:00:00Z`));
    expect(Math.max(...rows.map((row) => row.amount.amount)), 'no instalment above 150 €').toBeLessThanOrEqual(15_000);
    expect(plan.schedule.total.amount).toBe(121_541);
    expect(planLabel, 'the picked plan names its last date').toContain(`letzte Rate am ${lastDate}`);
    expect(planLabel).toContain('Für Sie empfohlen');
    expect(await page.locator('settle-plan-picker [part~="schedule-table"]').textContent()).toContain(lastDate);
    await checkpoint(journey, 'instalments-2-confirmation');
    await toCheckout(page);
    await page.locator('settle-checkout [part~="consent"]').waitFor({ state: 'visible' });
    await checkpoint(journey, 'instalments-3-autopay-consent');
    await payWithSandbox(page, true);
    await giveFeedback(page, 8, 'Gut, dass Raten möglich sind');
    expect(journey.problems).toEqual(NO_PROBLEMS);
    expect(await recordCounts(e2e.demo.origin, claimIds.instalments!)).toEqual({ payments: 1, plans: 1, promises: 0, disputes: 0, contactRequests: 0, feedback: 1 });
    const recorded = (await readDashboard(e2e.demo.origin)).plans.find((row) => row.claimId === claimIds.instalments);
    expect(recorded, "the creditor's plan.accepted record is the plan the debtor picked").toMatchObject({
      planId: plan.id,
      instalmentCount: rows.length,
      frequency: 'monthly',
      lastDueDate: rows.at(-1)?.dueDate,
    });
  });

  it('hardship: the quiz offers a person, the contact request takes the hardship, feedback; one contact request recorded, no plan', async () => {
    const journey = await start('hardship');
    const { page } = journey;
    await leaveSummary(page);
    await page.locator('settle-quiz input[value="difficult_time"]').click();
    await page.locator('settle-quiz [part~="human-route"] [part~="contact-button"]').click();
    await waitForStep(page, 'contact', 'settle-contact form');
    await checkpoint(journey, 'hardship-1-contact');
    await page.locator('settle-contact input[name="channel"][value="email"]').check();
    expect(await page.locator('settle-contact input[name="hardship"]').isChecked(), 'the hardship topic carried over').toBe(true);
    await page.locator('settle-contact [part~="submit-button"]').click();
    await page.locator('settle-contact [part~="confirmation"]').waitFor({ state: 'visible', timeout: 30_000 });
    await checkpoint(journey, 'hardship-2-contact-sent');
    await continueToFeedback(page);
    await giveFeedback(page, 6, 'Verständnisvoll');
    expect(journey.problems).toEqual(NO_PROBLEMS);
    const counts = await recordCounts(e2e.demo.origin, claimIds.hardship!);
    expect(counts).toEqual({ payments: 0, plans: 0, promises: 0, disputes: 0, contactRequests: 1, feedback: 1 });
  });

  it('dispute: from the quiz result to the dispute form, confirmation, feedback; one dispute recorded and the claim is disputed', async () => {
    const journey = await start('dispute');
    const { page } = journey;
    await leaveSummary(page);
    await answerQuiz(page, ['not_right', 'all_fine']);
    await page.locator('settle-flow [part~="dispute-next-button"]').click();
    await waitForStep(page, 'dispute', 'settle-dispute form');
    await checkpoint(journey, 'dispute-1-form');
    await page.locator('settle-dispute input[value="not_my_debt"]').check();
    await page.locator('settle-dispute #note').fill('Ich habe den Vertrag im Juni gekündigt.');
    await page.locator('settle-dispute [part~="submit-button"]').click();
    await page.locator('settle-dispute [part~="confirmation"]').waitFor({ state: 'visible', timeout: 30_000 });
    await checkpoint(journey, 'dispute-2-confirmation');
    await continueToFeedback(page);
    await giveFeedback(page, 5, 'Ok');
    expect(journey.problems).toEqual(NO_PROBLEMS);
    expect(await recordCounts(e2e.demo.origin, claimIds.dispute!)).toEqual({ payments: 0, plans: 0, promises: 0, disputes: 1, contactRequests: 0, feedback: 1 });
  });
});

describe('the same links again', () => {
  it('opening the paid link again shows the thank-you state, not the claim to pay', async () => {
    const journey = await start('forgot');
    await waitForStep(journey.page, 'feedback', 'settle-feedback [part~="receipt"]');
    await checkpoint(journey, 'forgot-9-opened-again');
    expect(journey.problems).toEqual(NO_PROBLEMS);
  });

  it('opening the link with an agreed plan again opens the plan manager', async () => {
    const journey = await start('instalments');
    await waitForStep(journey.page, 'manage', 'settle-plan-manager [part~="schedule-table"]');
    await checkpoint(journey, 'instalments-4-manage');
    expect(journey.problems).toEqual(NO_PROBLEMS);
  });

  it('a link opened in two tabs at once gives each its own session on the same claim', async () => {
    const [first, second] = await Promise.all([start('pay-now-us'), start('pay-now-us')]);
    await Promise.all([first, second].map((journey) => waitForStep(journey.page, 'summary', 'settle-claim-summary [part~="total"]')));
    expect(await currentStep(first!.page)).toBe('summary');
    expect(await first!.page.locator('settle-claim-summary [part~="total"]').textContent()).toBe(await second!.page.locator('settle-claim-summary [part~="total"]').textContent());
    expect(first!.problems).toEqual(NO_PROBLEMS);
    expect(second!.problems).toEqual(NO_PROBLEMS);
  });
});

describe('what the creditor sees afterwards', () => {
  it('the dashboard shows each claim in the state its journey left it, with the segment the quiz found', async () => {
    const { claims } = await readDashboard(e2e.demo.origin);
    const byKey = Object.fromEntries(claims.map((claim) => [claim.key, { status: claim.status, segment: claim.segment }]));
    expect(byKey).toMatchObject({
      forgot: { status: 'settled', segment: 'forgot' },
      payday: { status: 'plan_active', segment: 'short_until_payday' },
      instalments: { status: 'plan_active', segment: 'instalments' },
      dispute: { status: 'disputed', segment: 'dispute' },
      hardship: { status: 'open', segment: null },
    });
  });
});
