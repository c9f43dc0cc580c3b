import { randomBytes } from 'node:crypto';
import type { MonthlyPlansResponse, Money, OffersResponse, Plan } from '@settle/protocol';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { NO_PROBLEMS } from '../support/browser.js';
import { newJourneyPage, readDashboard, type JourneyPage } from '../support/flow-journey.js';
import { agreeTo, answerQuiz, leaveSummary, pickMonthly, toOptions } from '../support/flow-steps.js';
import { useDemoInBrowser } from '../support/demo-in-browser.js';
import { SettleApiClient } from '../support/settle-api.js';
import { claimOf } from '../support/tenant-screens.js';

/** The utility collecting its own bills lets its debtors pay every two weeks only; every other creditor keeps the demo's monthly or every two weeks. */
const BIWEEKLY_CREDITOR = claimOf('forgot').creditor.name;

const e2e = useDemoInBrowser({ env: { DEMO_SECRET: randomBytes(32).toString('base64url'), DEMO_FREQUENCIES: JSON.stringify({ [BIWEEKLY_CREDITOR]: ['biweekly'] }) } });
const open: JourneyPage[] = [];

afterAll(async () => {
  await Promise.all(open.map((journey) => journey.context.close()));
});

/** A sample debtor's link → summary → quiz ("bit by bit") → the options. */
async function toTheOptions(key: string): Promise<JourneyPage> {
  const journey = await newJourneyPage(e2e.browser);
  open.push(journey);
  await journey.page.goto(e2e.demo.link(key));
  await leaveSummary(journey.page);
  await answerQuiz(journey.page, ['too_much_at_once', 'bit_by_bit', 'all_fine']);
  await toOptions(journey.page);
  return journey;
}

const textOf = async (page: Page, selector: string) => ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();

/** What the server answers below every plan for the claim's instalment offer: `amount_below_minimum` and its minimum. */
async function minimumOfServer(key: string): Promise<{ status: number; code: string; minimum: Money }> {
  const debtor = await SettleApiClient.open(e2e.demo.link(key));
  const { offers } = await debtor.get<OffersResponse>('/offers');
  const signed = offers.find((candidate) => candidate.offer.terms.kind === 'instalments');
  if (!signed) throw new Error(`${key} has no instalment offer`);
  const response = await fetch(`${e2e.demo.origin}/settle/offers/monthly`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${debtor.sessionToken}` },
    body: JSON.stringify({ offerToken: signed.token, monthlyAmount: { amount: 1, currency: signed.offer.terms.balance.currency } }),
  });
  const body = (await response.json()) as { error: { code: string; minimum: Money } };
  return { status: response.status, code: body.error.code, minimum: body.error.minimum };
}

describe('instalments at each creditor’s own frequency, side by side', () => {
  it.each([
    { key: 'forgot', per: 'alle zwei Wochen', amount: 3_000, frequency: 'biweekly', days: 14, switchable: false },
    { key: 'instalments', per: 'pro Monat', amount: 15_000, frequency: 'monthly', days: undefined, switchable: true },
  ])('$key: asked how much $per, and the creditor’s plan.accepted carries exactly the $frequency plan picked', async ({ key, per, amount, frequency, days, switchable }) => {
    const journey = await toTheOptions(key);
    const { page } = journey;
    const accepted = page.evaluate(
      () => new Promise<Plan>((resolve) => document.addEventListener('settle-plan-accept', (event) => resolve((event as CustomEvent<{ plan: Plan }>).detail.plan), { once: true })),
    );
    const answered = page.waitForResponse((response) => new URL(response.url()).pathname === '/settle/offers/monthly' && response.status() === 200);
    let chosen: MonthlyPlansResponse['plans'][number] | undefined;
    await agreeTo(page, 'instalments', async () => {
      expect(await textOf(page, 'settle-plan-picker [part~="monthly"] legend')).toBe(`Wie viel könnten Sie ${per} zahlen?`);
      // A creditor with one frequency leaves nothing to switch; the demo's others offer monthly first, every two weeks on request.
      const switcher = page.locator('settle-plan-picker select[name="frequency"]');
      expect(await switcher.count()).toBe(switchable ? 1 : 0);
      if (switchable) expect(await switcher.inputValue()).toBe('monthly');
      await pickMonthly(page, amount);
      const { plans } = (await (await answered).json()) as MonthlyPlansResponse;
      chosen = plans[Number(await page.locator('settle-plan-picker input[name="plan"]:checked').getAttribute('value'))];
    });
    const plan = await accepted;
    expect(chosen?.choice).toMatchObject({ kind: 'instalments', frequency });
    expect(plan.schedule, 'the agreed plan is the one the server answered and the debtor picked').toEqual(chosen?.schedule);
    expect(plan.schedule.frequency).toBe(frequency);
    const dates = plan.schedule.instalments.map((row) => Date.parse(row.dueDate));
    if (days) expect(dates.slice(1).map((date, index) => (date - (dates[index] ?? 0)) / 86_400_000)).toEqual(Array(dates.length - 1).fill(days));
    const claimId = claimOf(key).id;
    await expect
      .poll(async () => (await readDashboard(e2e.demo.origin)).plans.filter((row) => row.claimId === claimId), { timeout: 30_000 })
      .toEqual([expect.objectContaining({ planId: plan.id, instalmentCount: plan.schedule.instalments.length, frequency, lastDueDate: plan.schedule.instalments.at(-1)?.dueDate })]);
    expect(journey.problems).toEqual(NO_PROBLEMS);
  });
});

describe('the instalment card names the smallest amount per payment the server holds to', () => {
  it.each([
    { key: 'payday', range: '2 bis 10 Zahlungen von jeweils mindestens' },
    { key: 'pay-now-us', range: /\b2 to 12 (payments|instalments|times)\b/ },
  ])('$key: the card’s minimum is the amount_below_minimum minimum for the same claim, not the policy’s minimum instalment', async ({ key, range }) => {
    const journey = await toTheOptions(key);
    const { page } = journey;
    const card = await textOf(page, 'settle-plan-picker [part~="offer-instalments"] p:not([part])');
    const below = await minimumOfServer(key);
    expect([below.status, below.code]).toEqual([422, 'amount_below_minimum']);
    // As the page's locale writes it, spaces as the card's text reads them.
    const inPage = async (money: Money) =>
      (await page.evaluate(({ amount, currency }) => new Intl.NumberFormat(document.documentElement.lang, { style: 'currency', currency }).format(amount / 100), money)).replace(/\s+/g, ' ');
    expect(card).toContain(await inPage(below.minimum));
    expect(card).not.toContain(await inPage({ amount: 2_500, currency: below.minimum.currency }));
    if (typeof range === 'string') expect(card).toContain(`${range} ${await inPage(below.minimum)}`);
    else expect(card).toMatch(range);
    expect(journey.problems).toEqual(NO_PROBLEMS);
  });
});
