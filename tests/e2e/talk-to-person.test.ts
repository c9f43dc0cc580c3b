import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { newJourneyPage, waitForStep, type JourneyPage } from '../support/flow-journey.js';
import { answerQuiz, continueToFeedback, leaveSummary, pickDate, toOptions } from '../support/flow-steps.js';
import { useDemoInBrowser } from '../support/demo-in-browser.js';

const e2e = useDemoInBrowser();
const open: JourneyPage[] = [];

afterAll(async () => {
  await Promise.all(open.map((journey) => journey.context.close()));
});

/** The one label for reaching a person (GLOSSARY.md), on a button somewhere on the screen. */
async function expectPersonOffered(page: Page, screen: string): Promise<void> {
  const buttons = page.getByRole('button', { name: 'Mit einem Menschen sprechen', exact: true });
  await buttons.first().waitFor({ state: 'visible', timeout: 30_000 });
  expect(await buttons.count(), `"Mit einem Menschen sprechen" on ${screen}`).toBeGreaterThan(0);
}

describe('a person and the survey on a phone (360×740), in German', () => {
  it('offers "Mit einem Menschen sprechen" on each step of a plan journey (first screen, quiz, result, plan choice, review, confirmation, thank-you), and each survey point is at least 44×44 px', async () => {
    const journey = await newJourneyPage(e2e.browser, { width: 360, height: 740 });
    open.push(journey);
    const { page } = journey;
    await page.goto(e2e.demo.link('payday'));
    await waitForStep(page, 'summary', 'settle-claim-summary [part~="total"]');
    await expectPersonOffered(page, 'the first screen');
    await leaveSummary(page);
    await expectPersonOffered(page, 'the quiz');
    await answerQuiz(page, ['short_until_payday', 'after_payday', 'all_fine']);
    await expectPersonOffered(page, 'the quiz result');
    await toOptions(page);
    await expectPersonOffered(page, 'the plan choice');
    await page.locator('settle-plan-picker [part~="offer-deferral"] [part~="choose-button"]').click();
    await page.locator('settle-plan-picker [part~="continue-button"]').waitFor({ state: 'visible', timeout: 30_000 });
    await pickDate(page, 'date', 'max');
    await page.locator('settle-plan-picker [part~="continue-button"]').click();
    await page.locator('settle-plan-picker [part~="accept-button"]').waitFor({ state: 'visible', timeout: 30_000 });
    await expectPersonOffered(page, 'the review');
    await page.locator('settle-plan-picker [part~="accept-button"]').click();
    await page.locator('settle-plan-picker [part~="confirmation-summary"]').waitFor({ state: 'visible', timeout: 30_000 });
    await expectPersonOffered(page, 'the confirmation');
    await continueToFeedback(page);
    await expectPersonOffered(page, 'the thank-you');

    const points = await page.locator('settle-feedback .scale-point').evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().toJSON() as DOMRect));
    expect(points).toHaveLength(9);
    for (const box of points) expect(box.width >= 44 && box.height >= 44, `a survey point is ${box.width}×${box.height}`).toBe(true);
    expect(Math.max(...points.map((box) => box.right))).toBeLessThanOrEqual(360);
  });
});
