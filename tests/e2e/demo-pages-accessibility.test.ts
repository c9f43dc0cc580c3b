import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, scrollsSideways } from '../support/axe.js';
import { watchPage } from '../support/browser.js';
import { useDemoInBrowser } from '../support/demo-in-browser.js';
import { REPO_ROOT } from '../support/repo.js';
import { SettleApiClient } from '../support/settle-api.js';

const SCREENSHOTS = join(REPO_ROOT, 'test-results/demo-pages');

const e2e = useDemoInBrowser();

/** Each demo page, and what shows that it finished rendering. */
const PAGES = [
  { name: 'index', path: () => '/', ready: '#debtors li' },
  { name: 'dashboard', path: () => '/dashboard', ready: '#claims table' },
  { name: 'portal', path: () => '/portal', ready: 'settle-plan-picker button' },
  { name: 'second-brand portal', path: () => '/portal/lakeside', ready: 'settle-plan-picker button' },
  { name: 'sample email', path: () => '/emails/hardship', ready: 'a.pay-link' },
  { name: 'payment link', path: () => e2e.demo.link('payday').slice(e2e.demo.origin.length), ready: 'settle-claim-summary [part~="total"]' },
] as const;

beforeAll(async () => {
  // Records for the dashboard's tables and charts, so they are checked with content.
  const debtor = await SettleApiClient.open(e2e.demo.link('dispute'));
  await debtor.answerQuiz({ what_happened: 'not_right', when: 'not_sure', how_much: 'nothing_now' });
  await debtor.post('/disputes', { reason: 'wrong_amount', note: 'The fee is too high.' });
  await debtor.post('/feedback', { score: 6 });
});

async function open(path: string, ready: string, viewport: { width: number; height: number }): Promise<{ page: Page; problems: Awaited<ReturnType<typeof watchPage>> }> {
  const context = await e2e.newContext({ viewport });
  const page = await context.newPage();
  const problems = await watchPage(page);
  await page.goto(`${e2e.demo.origin}${path}`);
  await page.locator(ready).first().waitFor({ state: 'visible', timeout: 30_000 });
  return { page, problems };
}

describe('demo pages, accessibility', () => {
  it.each(PAGES)('the $name page has no axe WCAG 2.2 AA violations', async ({ name, path, ready }) => {
    const { page, problems } = await open(path(), ready, { width: 1280, height: 900 });
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, `${name.replaceAll(' ', '-')}-1280.png`), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
  });

  it.each(PAGES)('the $name page reflows at 320 px without sideways scrolling', async ({ name, path, ready }) => {
    const { page } = await open(path(), ready, { width: 320, height: 740 });
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, `${name.replaceAll(' ', '-')}-320.png`), fullPage: true });
    expect(await scrollsSideways(page)).toBe(false);
  });
});
