import { randomBytes } from 'node:crypto';
import { todayIso } from '@settle/protocol';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleDebtors } from '../../demo/src/seed/sample-debtors.js';
import { axeViolations } from '../support/axe.js';
import { NO_PROBLEMS } from '../support/browser.js';
import { newJourneyPage, recordCounts, shoot, waitForStep, type JourneyPage } from '../support/flow-journey.js';
import { useDemoInBrowser } from '../support/demo-in-browser.js';
import { answerQuiz, leaveSummary } from '../support/flow-steps.js';

const PHONE = { width: 360, height: 740 };
const debtors = sampleDebtors(todayIso());
const e2e = useDemoInBrowser({ env: { DEMO_SECRET: randomBytes(32).toString('base64url') } });
const open: JourneyPage[] = [];

afterAll(async () => {
  await Promise.all(open.map((journey) => journey.context.close()));
});

async function firstScreen(key: string): Promise<JourneyPage> {
  const journey = await newJourneyPage(e2e.browser, PHONE);
  open.push(journey);
  await journey.page.goto(e2e.demo.link(key));
  await waitForStep(journey.page, 'summary', 'settle-flow [part~="pay-now-button"]');
  return journey;
}

/** The box of the first element matching `selector`, as laid out on the page (without scrolling). */
async function box(page: Page, selector: string) {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} has no box`);
  return found;
}

/** A tap the debtor makes, counted: the element must be there and visible first. */
function tapper(page: Page) {
  const taps: string[] = [];
  return {
    taps,
    async tap(selector: string) {
      const target = page.locator(selector).first();
      await target.waitFor({ state: 'visible', timeout: 30_000 });
      await target.click();
      taps.push(selector);
    },
  };
}

describe('the first screen is the decision screen (360×740)', () => {
  for (const debtor of debtors) {
    it(`${debtor.key}: creditor, amount, due date and "pay now" with the open total lie inside the viewport without scrolling`, async () => {
      const { page, problems } = await firstScreen(debtor.key);
      const inside = async (selector: string) => {
        const found = await box(page, selector);
        expect(found.y, `${selector} starts on screen`).toBeGreaterThanOrEqual(0);
        expect(found.x, `${selector} starts on screen`).toBeGreaterThanOrEqual(0);
        expect(found.y + found.height, `${selector} ends above the fold`).toBeLessThanOrEqual(PHONE.height);
        expect(found.x + found.width, `${selector} fits the width`).toBeLessThanOrEqual(PHONE.width);
      };
      for (const part of ['title', 'total', 'due-date']) await inside(`settle-claim-summary [part~="${part}"]`);
      await inside('settle-flow [part~="pay-now-button"]');
      await inside('settle-flow [part~="decision"] [part~="next-button"]');
      expect(await page.evaluate(() => window.scrollY), 'nothing scrolled the page').toBe(0);
      const payNow = (await page.locator('settle-flow [part~="pay-now-button"]').textContent())?.replace(/[ \n\t]+/g, ' ').trim();
      const total = (await page.locator('settle-claim-summary [part~="total"]').textContent())?.trim();
      expect(payNow, 'the button names the open total').toContain(total);
      await shoot(page, `fast-path-first-screen-${debtor.key}-360`);
      expect(problems).toEqual(NO_PROBLEMS);
    });
  }

  it('the express wallet appears in the box held for it, moving nothing; the itemization is one tap away and complete', async () => {
    const { page } = await firstScreen('forgot');
    const express = await box(page, 'settle-flow [part~="express"]');
    const other = await box(page, 'settle-flow [part~="decision"] [part~="next-button"]');
    await page.locator('settle-flow [part~="express-button"]').waitFor({ state: 'visible', timeout: 30_000 });
    expect(await box(page, 'settle-flow [part~="express"]'), 'the reserved box keeps its size').toEqual(express);
    expect(await box(page, 'settle-flow [part~="decision"] [part~="next-button"]'), 'the second action stays put').toEqual(other);
    expect(await page.locator('settle-flow [part~="express-button"]').textContent()).toMatch(/Test-Wallet/);

    const table = page.locator('settle-claim-summary [part~="itemization-table"]');
    expect(await table.isVisible(), 'the itemization starts collapsed').toBe(false);
    await page.locator('settle-claim-summary [part~="itemization-toggle"]').click();
    await table.waitFor({ state: 'visible' });
    const forgot = debtors.find((debtor) => debtor.key === 'forgot')!;
    expect(await table.locator('tbody tr').count(), 'every line of the claim').toBe(forgot.claim.lines.length);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('a printed first screen carries the whole itemization', async () => {
    const { page } = await firstScreen('payday');
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.locator('settle-claim-summary [part~="itemization-table"]').waitFor({ state: 'visible' });
    expect(await page.locator('settle-flow [part~="pay-now-button"]').isVisible(), 'no buttons on paper').toBe(false);
  });
});

describe('the fastest honest path to paying', () => {
  it('forgot: pays in full with the sandbox wallet in at most 3 taps from the first screen; one payment and no plan recorded', async () => {
    const { page, problems } = await firstScreen('forgot');
    const forgot = debtors.find((debtor) => debtor.key === 'forgot')!;
    const before = await recordCounts(e2e.demo.origin, forgot.claim.id);
    const { taps, tap } = tapper(page);
    await tap('settle-flow [part~="express-button"]');
    await waitForStep(page, 'checkout', 'settle-checkout [part~="title"]');
    await tap('settle-checkout[state="ready"] settle-sandbox-wallet [part~="pay-button"]');
    await waitForStep(page, 'feedback', 'settle-feedback [part~="receipt"]');
    expect(taps.length, taps.join(' → ')).toBeLessThanOrEqual(3);
    expect(await page.locator('settle-feedback [part~="receipt"]').textContent()).toMatch(/87,00\s€/);
    await shoot(page, 'fast-path-forgot-paid-360');
    const after = await recordCounts(e2e.demo.origin, forgot.claim.id);
    expect({ payments: after.payments! - before.payments!, plans: after.plans! - before.plans! }).toEqual({ payments: 1, plans: 0 });
    expect(problems).toEqual(NO_PROBLEMS);
  });

  it('payday: "pay now" on the first screen leads straight to the checkout for the whole open amount', async () => {
    const { page } = await firstScreen('payday');
    const total = (await page.locator('settle-claim-summary [part~="total"]').textContent())?.trim() ?? '';
    await page.locator('settle-flow [part~="pay-now-button"]').click();
    // The title names the amount once the server created the payment for it.
    await waitForStep(page, 'checkout', 'settle-checkout[state="ready"] [part~="title"]');
    expect(await page.locator('settle-checkout [part~="title"]').textContent()).toContain(total);
  });

  it('dispute: after the quiz says the claim is wrong, the dispute is the primary action and the options the second', async () => {
    const { page } = await firstScreen('dispute');
    await leaveSummary(page);
    await answerQuiz(page, ['not_right', 'all_fine']);
    const dispute = page.locator('settle-flow [part~="dispute-next-button"]');
    await dispute.waitFor({ state: 'visible' });
    expect(await dispute.getAttribute('class'), 'filled, not outlined').not.toContain('secondary');
    expect(await page.locator('settle-flow [part~="options-button"]').getAttribute('class')).toContain('secondary');
    expect(await page.locator('settle-flow [part~="help"] [part~="dispute-button"]').count(), 'no second dispute button below').toBe(0);
    expect(await page.locator('settle-quiz [part~="options"] button').count(), 'the quiz result leaves its buttons to the flow').toBe(0);
    expect(await page.locator('settle-flow [part~="contact-button"]').count(), 'one way to a person').toBe(1);
    await dispute.click();
    await waitForStep(page, 'dispute', 'settle-dispute form');
  });
});
