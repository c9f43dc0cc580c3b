import type { Page } from 'playwright-core';
import { formattingLocale } from '../../packages/widget/src/i18n/format.js';
import type { DashboardRecords } from './flow-journey.js';
import { readDashboard } from './flow-journey.js';

/** The creditor's ledger row of one claim, as the demo's dashboard reads it. */
export type LedgerClaim = DashboardRecords['claims'][number] & { total: string; currency: string; balanceVersion: number };

export async function ledgerClaim(origin: string, key: string): Promise<LedgerClaim> {
  const claim = (await readDashboard(origin)).claims.find((row) => row.key === key);
  if (!claim) throw new Error(`the dashboard has no claim "${key}"`);
  return claim as LedgerClaim;
}

/**
 * Polls the dashboard until `booked` holds: effects reach the creditor off the request
 * path, so the ledger shows a booking some time after the debtor's screen does.
 */
export async function waitForLedger(origin: string, booked: (records: DashboardRecords) => boolean, what: string, timeoutMs = 30_000): Promise<DashboardRecords> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const records = await readDashboard(origin);
    if (booked(records)) return records;
    if (Date.now() > until) throw new Error(`the ledger never showed ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Whitespace (no-break spaces from Intl included) as single spaces. */
export const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A ledger amount ("85.58" in EUR) as the widget writes it in `locale` (English without a region the British way). */
export function moneyText(decimal: string, currency: string, locale: string): string {
  return squeeze(new Intl.NumberFormat(formattingLocale(locale), { style: 'currency', currency }).format(decimal as `${number}`));
}

/** A calendar day (YYYY-MM-DD) as the outcome screens write dates ("7 January 2027" for `en`). */
export function dayText(isoDate: string, locale: string): string {
  return new Intl.DateTimeFormat(formattingLocale(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** The outcome screen's state (`data-outcome`), once it has rendered. */
export async function outcomeState(page: Page): Promise<string> {
  const outcome = page.locator('settle-flow settle-feedback [part~="outcome"]');
  await outcome.waitFor({ state: 'visible', timeout: 30_000 });
  return (await outcome.getAttribute('data-outcome')) ?? '';
}

/** Heading words that only each locale's outcome screens use, to wait for a switched locale. */
const NEXT_HEADING = { de: /Wie es weitergeht|Was jetzt passiert/, en: /What happens next|What happens now/ };

/**
 * Everything the debtor reads on the step on screen (outcome screen or plan manager) in
 * `locale`: sets the flow's locale and waits until the step speaks it.
 */
export async function screenText(page: Page, locale: 'de' | 'en', step: 'feedback' | 'manage'): Promise<string> {
  await page.locator('settle-flow').evaluate((flow, wanted) => flow.setAttribute('locale', wanted), locale);
  const selector = step === 'feedback' ? 'settle-flow settle-feedback [part~="outcome"]' : 'settle-flow settle-plan-manager [part~="base"]';
  const wanted = step === 'feedback' ? NEXT_HEADING[locale] : locale === 'de' ? /Bisher bezahlt/ : /Paid so far/;
  const target = page.locator(selector);
  await target.filter({ hasText: wanted }).waitFor({ state: 'visible', timeout: 30_000 });
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText reads the screen as shown, without hidden parts
  return squeeze(await target.innerText());
}
