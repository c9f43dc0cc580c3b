import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { watchPage, type PageProblems } from './browser.js';
import { REPO_ROOT } from './repo.js';

/** Where the tests leave a picture of every step (gitignored; look at them after a change). */
export const SCREENSHOTS = join(REPO_ROOT, 'screenshots');

export interface JourneyPage {
  context: BrowserContext;
  page: Page;
  problems: PageProblems;
}

/** A fresh context (own sessionStorage, as a new tab or device would have) and a watched page. */
export async function newJourneyPage(browser: Browser, viewport = { width: 1100, height: 900 }): Promise<JourneyPage> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  return { context, page, problems: await watchPage(page) };
}

/** The step `<settle-flow>` shows now (its `data-step`), or null while it opens. */
export function currentStep(page: Page): Promise<string | null> {
  return page.locator('settle-flow').evaluate((flow) => flow.shadowRoot?.querySelector('.flow')?.getAttribute('data-step') ?? null);
}

/** Waits until the flow shows `step` and `ready` (a selector inside the step) is visible. */
export async function waitForStep(page: Page, step: string, ready?: string): Promise<void> {
  await page.locator(`settle-flow .flow[data-step="${step}"]`).waitFor({ state: 'visible', timeout: 30_000 });
  if (ready) await page.locator(ready).first().waitFor({ state: 'visible', timeout: 30_000 });
  // The summary's sections under the decision, and the help below them, follow a frame after the amount.
  if (step === 'summary') await page.locator('settle-flow [part~="help"]').first().waitFor({ state: 'visible', timeout: 30_000 });
}

/** Writes screenshots/<name>.png of the whole page. */
export async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** The element that has focus, followed into shadow roots: `tag[part]` and its text, for keyboard tests. */
export function deepFocus(page: Page): Promise<{ tag: string; part: string; context: string; text: string; name: string; value: string } | null> {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active || active === document.body) return null;
    return {
      tag: active.tagName.toLowerCase(),
      part: active.getAttribute('part') ?? '',
      /** The `part` of the nearest ancestor that has one, e.g. which offer a button belongs to. */
      context: active.parentElement?.closest('[part]')?.getAttribute('part') ?? '',
      text: (active.textContent ?? '').trim().replace(/\s+/g, ' '),
      name: active.getAttribute('name') ?? '',
      value: (active as HTMLInputElement).value ?? '',
    };
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focused element satisfies `wanted`, as a keyboard
 * user would; fails after `limit` presses. Returns the number of presses.
 */
export async function tabTo(page: Page, wanted: (focus: NonNullable<Awaited<ReturnType<typeof deepFocus>>>) => boolean, what: string, limit = 60): Promise<number> {
  for (let presses = 1; presses <= limit; presses += 1) {
    await page.keyboard.press('Tab');
    const focus = await deepFocus(page);
    if (focus && wanted(focus)) return presses;
  }
  throw new Error(`no ${what} within ${limit} presses of Tab`);
}

/** The demo's creditor dashboard data, as its page reads it. */
export interface DashboardRecords {
  claims: Array<{ id: string; key: string; status: string; segment: string | null }>;
  payments: Array<Record<string, unknown> & { claimId: string }>;
  plans: Array<Record<string, unknown> & { claimId: string }>;
  promises: Array<Record<string, unknown> & { claimId: string }>;
  disputes: Array<Record<string, unknown> & { claimId: string }>;
  contactRequests: Array<Record<string, unknown> & { claimId: string }>;
  feedback: Array<Record<string, unknown> & { claimId: string }>;
  /** Reaction events: `type`, `channel`, `phase`, `step`, `option`, `lastStep`. */
  reactions: Array<Record<string, unknown> & { claimId: string; type: string; createdAt: string }>;
}

export async function readDashboard(origin: string): Promise<DashboardRecords> {
  const response = await fetch(`${origin}/demo-api/dashboard`);
  if (!response.ok) throw new Error(`dashboard answered ${response.status}`);
  return (await response.json()) as DashboardRecords;
}

/** How many records of each kind the dashboard holds for one claim. */
export async function recordCounts(origin: string, claimId: string): Promise<Record<string, number>> {
  const data = await readDashboard(origin);
  const count = (rows: Array<{ claimId: string }>) => rows.filter((row) => row.claimId === claimId).length;
  return {
    payments: count(data.payments),
    plans: count(data.plans),
    promises: count(data.promises),
    disputes: count(data.disputes),
    contactRequests: count(data.contactRequests),
    feedback: count(data.feedback),
  };
}
