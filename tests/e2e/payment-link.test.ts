import { formatMoneyDecimal, todayIso } from '@settle/protocol';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sampleDebtors } from '../../demo/src/seed/sample-debtors.js';
import { NO_PROBLEMS, watchPage, type PageProblems } from '../support/browser.js';
import { useDemoInBrowser } from '../support/demo-in-browser.js';

const e2e = useDemoInBrowser({ onStopped: (code) => expect(code, 'the demo exits cleanly on SIGTERM').toBe(0) });

async function openPage(): Promise<{ page: Page; problems: PageProblems }> {
  const context = await e2e.newContext();
  const page = await context.newPage();
  return { page, problems: await watchPage(page) };
}

/** The seeded total formatted as the page's own locale formats it. */
function formatInPage(page: Page, key: string): Promise<string> {
  const claim = sampleDebtors(todayIso()).find((debtor) => debtor.key === key)?.claim;
  if (!claim) throw new Error(`no sample debtor ${key}`);
  return page.evaluate(({ decimal, currency }) => new Intl.NumberFormat(document.documentElement.lang, { style: 'currency', currency }).format(decimal as `${number}`), {
    decimal: formatMoneyDecimal(claim.total),
    currency: claim.currency,
  });
}

describe('the emailed payment link', () => {
  it('prints a link for each of the six sample debtors', () => {
    expect(e2e.demo.links.map((link) => link.key)).toEqual(['forgot', 'payday', 'instalments', 'hardship', 'dispute', 'pay-now-us']);
  });

  it.each([
    ['forgot', 'de'],
    ['pay-now-us', 'en-US'],
  ])('shows the %s debtor the seeded total in the page language (%s), with no console error or CSP violation', async (key, lang) => {
    const { page, problems } = await openPage();
    await page.goto(e2e.demo.link(key));
    const total = page.locator('settle-claim-summary [part~="total"]');
    await total.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    const expected = await formatInPage(page, key);
    expect(expected).toMatch(/\d/);
    expect(await total.textContent()).toContain(expected);
    expect(problems).toEqual(NO_PROBLEMS);
  });

  it.each([
    ['forgot', 'de'],
    ['pay-now-us', 'en'],
  ])("preloads the %s page's first-screen chunks (flow, %s texts) with settle.js and fetches each once", async (key, language) => {
    const { page, problems } = await openPage();
    const fetched: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/widget/')) fetched.push(path.slice('/widget/'.length));
    });
    await page.goto(e2e.demo.link(key));
    await page.locator('settle-claim-summary [part~="total"]').waitFor({ state: 'visible', timeout: 30_000 });
    const manifest = (await (await fetch(`${e2e.demo.origin}/widget/settle-manifest.json`)).json()) as { preload: { elements: Record<string, string[]>; texts: Record<string, string[]> } };
    const expected = [...(manifest.preload.elements['settle-flow'] ?? []), ...(manifest.preload.texts[language] ?? [])];
    expect(expected.length, 'the flow and the texts each have a chunk').toBeGreaterThanOrEqual(2);
    const hinted = await page.locator('link[rel="modulepreload"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hinted).toEqual(expected.map((file) => `/widget/${file}`));
    for (const file of expected)
      expect(
        fetched.filter((path) => path === file),
        file,
      ).toHaveLength(1);
    expect(problems).toEqual(NO_PROBLEMS);
  });

  it('shows the US claim in US English: the state in its addresses and a US date', async () => {
    const { page, problems } = await openPage();
    await page.goto(e2e.demo.link('pay-now-us'));
    const parties = page.locator('settle-claim-summary [part~="parties"]');
    await parties.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await parties.textContent()).toMatch(/400 Main St\s*Chicago, IL 60602/);
    const claim = sampleDebtors(todayIso()).find((debtor) => debtor.key === 'pay-now-us')!.claim;
    const due = new Date(`${claim.dueDate}T00:00:00Z`);
    const usDate = `${due.toLocaleString('en-US', { month: 'long', timeZone: 'UTC' })} ${due.getUTCDate()}, ${due.getUTCFullYear()}`;
    expect(await page.locator('settle-claim-summary [part~="due-date"]').textContent()).toContain(usDate);
    expect(problems).toEqual(NO_PROBLEMS);
  });

  it('opens from the button in the sample email and shows the claim', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${e2e.demo.origin}/emails/instalments`);
    const button = page.locator('a.pay-link');
    expect(await button.getAttribute('href')).toBe(e2e.demo.link('instalments'));
    await button.click();
    const total = page.locator('settle-claim-summary [part~="total"]');
    await total.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await total.textContent()).toContain(await formatInPage(page, 'instalments'));
    expect(problems).toEqual(NO_PROBLEMS);
  });

  it('removes the link token from the address bar once the page has read it', async () => {
    const { page } = await openPage();
    await page.goto(e2e.demo.link('payday'));
    await page.locator('settle-claim-summary [part~="total"]').waitFor({ state: 'visible', timeout: 30_000 });
    expect(page.url()).not.toContain('t=');
  });

  it('shows a friendly error and no claim for a tampered link, still without CSP violations', async () => {
    const { page, problems } = await openPage();
    const link = e2e.demo.link('forgot');
    await page.goto(`${link.slice(0, -3)}abc`);
    await page.locator('settle-flow[state="error"] [part~="error"] h2').waitFor({ state: 'visible', timeout: 30_000 });
    expect(await page.locator('settle-claim-summary [part~="total"]').count()).toBe(0);
    expect(problems.cspViolations).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });
});

describe('the demo index page', () => {
  it('lists every sample debtor with its payment link and sample email under the strict CSP', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${e2e.demo.origin}/`);
    const items = page.locator('#debtors li');
    await expect.poll(() => items.count()).toBe(e2e.demo.links.length);
    const hrefs = (selector: string) => page.locator(selector).evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
    expect(await hrefs('#debtors a.pay-link')).toEqual(e2e.demo.links.map((link) => link.url));
    expect(await hrefs('#debtors a.email-link')).toEqual(e2e.demo.links.map((link) => `${e2e.demo.origin}/emails/${link.key}`));
    expect(problems).toEqual(NO_PROBLEMS);
  });
});

describe('the page problem watcher', () => {
  it('catches a CSP violation and its console error, so the checks above can fail', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${e2e.demo.origin}/`);
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { color: red; }';
      document.head.append(style);
    });
    await expect.poll(() => problems.cspViolations.length).toBeGreaterThan(0);
    expect(problems.cspViolations[0]).toMatch(/^style-src/);
    await expect.poll(() => problems.consoleErrors.length).toBeGreaterThan(0);
  });
});
