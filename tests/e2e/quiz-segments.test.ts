import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { creditorSettings } from '../../demo/src/creditor/settings.js';
import { newJourneyPage, type JourneyPage } from '../support/flow-journey.js';
import { useDemoInBrowser } from '../support/demo-in-browser.js';
import { leaveSummary } from '../support/flow-steps.js';

const e2e = useDemoInBrowser({ env: { DEMO_SECRET: randomBytes(32).toString('base64url') } });
const open: JourneyPage[] = [];
const facts = creditorSettings().journey?.facts ?? [];

afterAll(async () => {
  await Promise.all(open.map((journey) => journey.context.close()));
});

/**
 * Answers that would contradict an earlier one: once the debtor said the first, the
 * question offering the second must not be asked.
 */
const CONTRADICTIONS: Record<string, readonly string[]> = {
  settle_now: ['today', 'after_payday', 'bit_by_bit', 'not_sure', 'all', 'part', 'nothing_now'],
  not_right: ['today', 'after_payday', 'bit_by_bit', 'all', 'part'],
  today: ['all', 'part', 'nothing_now'],
  after_payday: ['all', 'part', 'nothing_now'],
  bit_by_bit: ['all', 'part', 'nothing_now'],
};

/** One way through the quiz per segment, in the page's language, with the debtor who has that story. */
const WALKS = [
  { segment: 'forgot', debtor: 'forgot', language: 'de', answers: ['forgot', 'today', 'all_fine'] },
  { segment: 'pay_now', debtor: 'pay-now-us', language: 'en', answers: ['settle_now', 'all_fine'] },
  { segment: 'short_until_payday', debtor: 'payday', language: 'de', answers: ['short_until_payday', 'after_payday', 'all_fine'] },
  { segment: 'instalments', debtor: 'instalments', language: 'en', answers: ['too_much_at_once', 'not_sure', 'part'] },
  { segment: 'hardship', debtor: 'hardship', language: 'de', answers: ['difficult_time', 'not_sure', 'nothing_now'] },
  { segment: 'dispute', debtor: 'dispute', language: 'de', answers: ['not_right', 'all_fine'] },
] as const;

/** The answer values the quiz offers on the question on screen. */
function offered(page: Page): Promise<string[]> {
  return page.locator('settle-quiz form[data-step] input[type="radio"]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
}

describe('the quiz per segment', () => {
  for (const walk of WALKS) {
    it(`${walk.segment} (${walk.language}): no question contradicts an earlier answer, one option is recommended, the fact is the segment's and in the page's language`, async () => {
      const journey = await newJourneyPage(e2e.browser, { width: 360, height: 740 });
      open.push(journey);
      const { page } = journey;
      const url = new URL(e2e.demo.link(walk.debtor));
      url.searchParams.set('lang', walk.language);
      await page.goto(url.href);
      await leaveSummary(page);

      const said: string[] = [];
      for (const answer of walk.answers) {
        const choices = await offered(page);
        const contradicted = said.flatMap((earlier) => (CONTRADICTIONS[earlier] ?? []).filter((later) => choices.includes(later)).map((later) => `${later} after ${earlier}`));
        expect(contradicted, `question ${said.length + 1}`).toEqual([]);
        expect(choices, `question ${said.length + 1} offers ${answer}`).toContain(answer);
        const progress = page.locator('settle-quiz [part~="progress"]');
        const [label, bar] = await Promise.all([
          progress.locator('label').textContent(),
          progress.locator('progress').evaluate((bar) => [(bar as HTMLProgressElement).value, (bar as HTMLProgressElement).max]),
        ]);
        expect(label, 'the text says what the bar shows').toContain(`${bar[0]}`);
        expect(label).toContain(`${bar[1]}`);
        await page.locator(`settle-quiz input[value="${answer}"]`).click();
        said.push(answer);
        if (answer === 'difficult_time') break;
        await page.locator('settle-quiz [part~="next-button"]').click();
      }
      expect(said.length, 'at most three questions').toBeLessThanOrEqual(3);
      if (walk.segment === 'hardship') {
        // Hardship goes to a person at once: no game, no fact, nothing recommended to pay.
        await page.locator('settle-quiz [part~="human-route"]').waitFor({ state: 'visible' });
        expect(await page.locator('settle-quiz [part~="fact"]').count()).toBe(0);
        return;
      }
      const result = page.locator('settle-quiz [part~="result"]');
      await result.waitFor({ state: 'visible', timeout: 30_000 });
      expect(await result.getAttribute('data-segment')).toBe(walk.segment);
      expect(await result.locator('.badge').count(), 'exactly one option is marked recommended').toBe(1);

      const mine = facts.filter((fact) => fact.segments?.includes(walk.segment));
      if (mine.length === 0) {
        expect(await page.locator('settle-quiz [part~="fact"]').count(), `no fact for ${walk.segment}`).toBe(0);
        return;
      }
      const text = (await page.locator('settle-quiz [part~="fact"]').first().textContent()) ?? '';
      expect(
        mine.some((fact) => text.includes(fact.text[walk.language]!)),
        `a ${walk.segment} fact: ${text}`,
      ).toBe(true);
      expect(text, 'with a number').toMatch(/\d/);
      const source = mine[0]!.source;
      expect(text, 'its source in the page language').toContain(typeof source === 'string' ? source : source[walk.language]);
    });
  }
});
