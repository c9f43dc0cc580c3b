import type { Page } from 'playwright-core';
import { waitForStep } from './flow-journey.js';

/** The flow's own "continue" button (not a step element's `next-button`). */
export const FLOW_NEXT = 'settle-flow div.flow > div.next > button[part~="next-button"]';

async function click(page: Page, selector: string): Promise<void> {
  await page.locator(selector).first().click();
}

/** The first screen's second action, "other options", under the pay button. */
export const SUMMARY_OTHER_OPTIONS = 'settle-flow [part~="decision"] [part~="next-button"]';

/** Summary → quiz with the first screen's "other options". */
export async function leaveSummary(page: Page): Promise<void> {
  await waitForStep(page, 'summary', 'settle-claim-summary [part~="total"]');
  await click(page, SUMMARY_OTHER_OPTIONS);
  await waitForStep(page, 'quiz', 'settle-quiz [part~="step"]');
}

/** Answers the quiz's questions by their answer ids and waits for the result. */
export async function answerQuiz(page: Page, answers: readonly string[]): Promise<void> {
  for (const answer of answers) {
    await click(page, `settle-quiz input[value="${answer}"]`);
    await click(page, 'settle-quiz [part~="next-button"]');
  }
  await page.locator('settle-quiz [part~="result"]').waitFor({ state: 'visible', timeout: 30_000 });
}

/** From the quiz result to the options. */
export async function toOptions(page: Page): Promise<void> {
  await click(page, FLOW_NEXT);
  await waitForStep(page, 'options', 'settle-plan-picker [part~="offer-list"]');
}

/** Chooses an offer, lets `shape` fill its form, reviews and agrees; waits for the confirmation. */
export async function agreeTo(page: Page, kind: string, shape?: () => Promise<void>): Promise<void> {
  await click(page, `settle-plan-picker [part~="offer-${kind}"] [part~="choose-button"]`);
  // Offers with something to shape (dates, instalments) show a form first; pay in full goes straight to the review.
  const form = page.locator('settle-plan-picker [part~="continue-button"]');
  const accept = page.locator('settle-plan-picker [part~="accept-button"]');
  await form.or(accept).first().waitFor({ state: 'visible', timeout: 30_000 });
  if (await form.isVisible()) {
    if (shape) await shape();
    await form.click();
  }
  await accept.click();
  await page.locator('settle-plan-picker [part~="confirmation-summary"]').waitFor({ state: 'visible', timeout: 30_000 });
}

/** Picks the monthly amount chip for `amount` minor units (15000 for 150 €) and waits for the plans the server answers for it. */
export async function pickMonthly(page: Page, amount: number): Promise<void> {
  await page.locator(`settle-plan-picker input[name="monthly"][value="${amount}"]`).check();
  await page.locator('settle-plan-picker [part~="plans"]').waitFor({ state: 'visible', timeout: 30_000 });
}

/** Sets a date input inside the picker to its earliest (`min`) or latest (`max`) allowed day. */
export async function pickDate(page: Page, id: string, end: 'min' | 'max'): Promise<string> {
  const input = page.locator(`settle-plan-picker #${id}`);
  const value = (await input.getAttribute(end)) ?? '';
  await input.fill(value);
  await input.dispatchEvent('change');
  return value;
}

/** "Pay now" on the agreed plan → the flow's checkout, with the sandbox wallet ready. */
export async function toCheckout(page: Page): Promise<void> {
  await click(page, 'settle-plan-picker [part~="pay-button"]');
  await waitForStep(page, 'checkout', 'settle-checkout [part~="title"]');
}

/** Gives autopay consent when the checkout asks (instalments), then pays in the sandbox wallet. */
export async function payWithSandbox(page: Page, autopay: boolean): Promise<void> {
  if (autopay) {
    const consent = page.locator('settle-checkout [part~="consent"]');
    await consent.waitFor({ state: 'visible', timeout: 30_000 });
    await consent.locator('input[type="checkbox"]').check();
    await consent.locator('button').click();
  }
  // The checkout's ready state: the payment exists and the wallet is mounted for it.
  await click(page, 'settle-checkout[state="ready"] settle-sandbox-wallet [part~="pay-button"]');
  await waitForStep(page, 'feedback', 'settle-feedback [part~="survey"]');
}

/** Scores on the creditor's scale, comments, sends, and waits for the thank-you. */
export async function giveFeedback(page: Page, score: number, comment: string): Promise<void> {
  await page.locator('settle-feedback [part~="survey"]').waitFor({ state: 'visible', timeout: 30_000 });
  await click(page, `settle-feedback input[name="score"][value="${score}"]`);
  await page.locator('settle-feedback #comment').fill(comment);
  await click(page, 'settle-feedback [part~="submit-button"]');
  await page.locator('settle-feedback [part~="survey-done"]').waitFor({ state: 'visible', timeout: 30_000 });
}

/** The flow's "continue" after a form or an agreement with nothing due today → feedback. */
export async function continueToFeedback(page: Page): Promise<void> {
  await click(page, FLOW_NEXT);
  await waitForStep(page, 'feedback', 'settle-feedback [part~="survey"]');
}
