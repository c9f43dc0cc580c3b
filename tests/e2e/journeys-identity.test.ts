import { randomBytes } from 'node:crypto';
import { todayIso } from '@settle/protocol';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleDebtors } from '../../demo/src/seed/sample-debtors.js';
import { NO_PROBLEMS } from '../support/browser.js';
import { FLOW_NEXT } from '../support/flow-steps.js';
import { deepFocus, newJourneyPage, recordCounts, shoot, tabTo, waitForStep, type JourneyPage } from '../support/flow-journey.js';
import { axeViolations } from '../support/axe.js';
import { useDemoInBrowser } from '../support/demo-in-browser.js';
import { expiredLinkToken } from '../support/expired-link.js';

const debtors = Object.fromEntries(sampleDebtors(todayIso()).map((debtor) => [debtor.key, debtor]));
const SECRET = randomBytes(32).toString('base64url');

/** This demo asks for the date of birth first (DEMO_IDENTITY_CHECK) and signs with a secret the test knows. */
const e2e = useDemoInBrowser({ env: { DEMO_SECRET: SECRET, DEMO_IDENTITY_CHECK: 'dateOfBirth' } });
const open: JourneyPage[] = [];

afterAll(async () => {
  await Promise.all(open.map((journey) => journey.context.close()));
});

async function start(url: string, locale = 'en-US'): Promise<JourneyPage> {
  const journey = await newJourneyPage(e2e.browser);
  open.push(journey);
  await journey.context.setExtraHTTPHeaders({ 'accept-language': locale });
  await journey.page.goto(url);
  return journey;
}

/** Waits until focus sits on a heading (h1/h2) inside the new step, as the flow promises. */
async function focusOnHeading(page: Page): Promise<string> {
  let focus: Awaited<ReturnType<typeof deepFocus>> = null;
  await expect
    .poll(
      async () => {
        focus = await deepFocus(page);
        return focus?.tag ?? 'nothing';
      },
      { message: 'focus reaches a heading of the new step', timeout: 30_000 },
    )
    .toMatch(/^h[1-3]$/);
  return focus!.text;
}

/** Selects a radio answer with the arrow keys, the way a keyboard user does in a radio group. */
async function chooseRadio(page: Page, name: string, value: string): Promise<void> {
  // The question renders after the last answer was taken: tab only once it is there.
  await page.locator(`input[name="${name}"]`).first().waitFor({ state: 'attached', timeout: 30_000 });
  await tabTo(page, (focus) => focus.tag === 'input' && focus.name === name, `a ${name} radio`);
  for (let presses = 0; presses < 12; presses += 1) {
    const focus = await deepFocus(page);
    if (focus?.value === value) {
      await page.keyboard.press('Space');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no ${name}=${value} radio reachable with the arrow keys`);
}

async function press(page: Page, part: string, what: string, context?: string): Promise<void> {
  // Controls appear once their step has its data: tab only once the one wanted is shown.
  const scope = context === undefined ? '' : `[part~="${context}"] `;
  await page.locator(`${scope}[part~="${part}"]`).filter({ visible: true }).first().waitFor({ state: 'visible', timeout: 30_000 });
  await tabTo(page, (focus) => focus.part.split(' ').includes(part) && (context === undefined || focus.context.includes(context)), what);
  await page.keyboard.press('Enter');
}

describe('the identity check, the keyboard, and links that no longer work', () => {
  it('the US debtor goes from the link to feedback by keyboard alone: identity check, summary, quiz, pay in full, feedback; focus lands on each step heading', async () => {
    const journey = await start(e2e.demo.link('pay-now-us'));
    const { page } = journey;
    await waitForStep(page, 'identity', 'settle-identity input[name="dateOfBirth"]');
    await shoot(page, 'journey-keyboard-1-identity');
    expect(await axeViolations(page)).toEqual([]);

    const [year, month, day] = debtors['pay-now-us']!.dateOfBirth.split('-');
    await tabTo(page, (focus) => focus.name === 'dateOfBirth', 'the date of birth field');
    await page.keyboard.type(`${month}${day}${year}`);
    await press(page, 'submit-button', 'the identity submit button');
    await waitForStep(page, 'summary', 'settle-claim-summary [part~="total"]');
    expect(await focusOnHeading(page)).toMatch(/Lakeside Dental/);
    await shoot(page, 'journey-keyboard-2-summary');

    await press(page, 'next-button', 'the flow\'s "find my options"');
    await waitForStep(page, 'quiz', 'settle-quiz [part~="step"]');
    await focusOnHeading(page);
    for (const [step, answer] of [
      ['what_happened', 'settle_now'],
      ['circumstances', 'all_fine'],
    ] as const) {
      await chooseRadio(page, `answer-${step}`, answer);
      await press(page, 'next-button', `the quiz's next button after ${step}`);
    }
    await page.locator('settle-quiz [part~="result"]').waitFor({ state: 'visible' });
    await shoot(page, 'journey-keyboard-3-result');

    await page.locator(FLOW_NEXT).waitFor({ state: 'visible', timeout: 30_000 });
    await tabTo(page, (focus) => focus.part === 'next-button' && /options/i.test(focus.text), "the flow's continue button");
    await page.keyboard.press('Enter');
    await waitForStep(page, 'options', 'settle-plan-picker [part~="offer-list"]');
    await focusOnHeading(page);
    await press(page, 'choose-button', 'pay in full', 'offer-pay_in_full');
    await press(page, 'accept-button', 'the accept button');
    await page.locator('settle-plan-picker [part~="confirmation-summary"]').waitFor({ state: 'visible' });
    await press(page, 'pay-button', 'pay now on the confirmation');

    await waitForStep(page, 'checkout', 'settle-checkout[state="ready"] settle-sandbox-wallet [part~="pay-button"]');
    await shoot(page, 'journey-keyboard-4-checkout');
    expect(await axeViolations(page)).toEqual([]);
    await press(page, 'pay-button', 'the sandbox wallet pay button', 'sheet');
    await waitForStep(page, 'feedback', 'settle-feedback [part~="survey"]');
    expect(await focusOnHeading(page)).not.toBe('');

    await chooseRadio(page, 'score', '9');
    await press(page, 'submit-button', 'the feedback submit button');
    await page.locator('settle-feedback [part~="survey-done"]').waitFor({ state: 'visible' });
    await shoot(page, 'journey-keyboard-5-feedback-sent');
    expect(await page.evaluate(() => document.querySelector('settle-flow')?.shadowRoot?.querySelector('[role="status"]')?.textContent ?? '')).toMatch(/thank you/i);
    expect(journey.problems).toEqual(NO_PROBLEMS);
    expect(await recordCounts(e2e.demo.origin, debtors['pay-now-us']!.claim.id)).toEqual({ payments: 1, plans: 1, promises: 0, disputes: 0, contactRequests: 0, feedback: 1 });
  });

  it('a wrong date of birth is refused with a message at the field, the right one opens the claim', async () => {
    const journey = await start(e2e.demo.link('forgot'), 'de-DE');
    const { page } = journey;
    await waitForStep(page, 'identity', 'settle-identity input[name="dateOfBirth"]');
    await page.locator('settle-identity input[name="dateOfBirth"]').fill('1970-01-01');
    await page.locator('settle-identity [part~="submit-button"]').click();
    await page.locator('settle-identity [part~="problem"]').waitFor({ state: 'visible' });
    expect(await page.locator('settle-identity input[name="dateOfBirth"]').getAttribute('aria-invalid')).toBe('true');
    await shoot(page, 'journey-identity-refused');
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('settle-identity input[name="dateOfBirth"]').fill(debtors.forgot!.dateOfBirth);
    await page.locator('settle-identity [part~="submit-button"]').click();
    await waitForStep(page, 'summary', 'settle-claim-summary [part~="total"]');
    expect(journey.problems.pageErrors).toEqual([]);
  });

  it('an expired link (signed with the demo secret two weeks and a day ago) shows that the link is no longer valid, and no claim', async () => {
    const token = await expiredLinkToken(e2e.demo.origin, SECRET, debtors.dispute!.claim.id);
    const journey = await start(`${e2e.demo.origin}/pay?lang=de#t=${token}`, 'de-DE');
    const { page } = journey;
    // The error screen's own state and part: the loading message never matches them.
    const message = page.locator('settle-flow[state="error"] [part~="error"]');
    await message.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await message.textContent()).toMatch(/nicht mehr gültig/);
    expect(await page.locator('settle-claim-summary').count()).toBe(0);
    expect(await message.locator('button').count(), 'no retry for a link that cannot work').toBe(0);
    expect(page.url()).not.toContain('#t=');
    await shoot(page, 'journey-expired-link');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('warns two minutes before the session ends in a dialog, and "more time" renews the session', async () => {
    const journey = await newJourneyPage(e2e.browser);
    open.push(journey);
    const { page } = journey;
    await page.clock.install();
    await page.goto(e2e.demo.link('payday'));
    await waitForStep(page, 'identity', 'settle-identity input[name="dateOfBirth"]');
    const renewals: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/settle/session')) renewals.push(request.url());
    });
    // Thirteen and a half minutes of a fifteen-minute session pass.
    await page.clock.fastForward('13:30');
    const dialog = page.locator('settle-flow dialog[part~="expiry-dialog"]');
    await dialog.waitFor({ state: 'visible' });
    expect(await dialog.getAttribute('role')).toBe('alertdialog');
    expect(await deepFocus(page)).toMatchObject({ part: 'extend-button' });
    await shoot(page, 'journey-expiry-warning');
    expect(await axeViolations(page)).toEqual([]);
    const storedToken = () => page.evaluate(() => Object.values(sessionStorage).find((value) => value.includes('sessionToken')) ?? '');
    const before = await storedToken();
    await page.keyboard.press('Enter');
    await expect.poll(() => renewals.length).toBe(1);
    await expect.poll(storedToken, { message: 'the renewed session token is kept for a reload' }).not.toBe(before);
    // The server's clock never moved: with the page's clock back in step, the renewed session has its full time.
    await page.clock.setSystemTime(Date.now());
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.locator('settle-identity input[name="dateOfBirth"]').isVisible(), 'the step stayed as it was').toBe(true);
  });
});
