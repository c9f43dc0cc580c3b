import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { NO_PROBLEMS } from '../support/browser.js';
import { newJourneyPage, waitForStep } from '../support/flow-journey.js';
import { useDemoInBrowser } from '../support/demo-in-browser.js';
import { dayText, ledgerClaim, moneyText, outcomeState, screenText, waitForLedger, type LedgerClaim } from '../support/outcome-screen.js';
import { SettleApiClient } from '../support/settle-api.js';

/**
 * The four outcomes that used to say something untrue, each driven into its state by what
 * the debtor did through Settle and what the creditor's ledger (the demo's desk) did
 * outside it; the reopened link's screen is read in German and English against both.
 */

type Locale = 'de' | 'en';
interface Offer {
  token: string;
  offer: { terms: { kind: string; earliestDate?: string; minCount?: number } };
}
interface PlanAnswer {
  progress: { nextDue?: { dueDate: string; amount: { amount: number; currency: string } } };
}

const minor = (amount: number) => (amount / 100).toFixed(2);
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

async function desk(origin: string, action: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${origin}/demo-api/desk`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(action) });
  if (!response.ok) throw new Error(`the desk answered ${response.status}: ${await response.text()}`);
}

async function accept(debtor: SettleApiClient, kind: string, choice: (terms: Offer['offer']['terms']) => Record<string, unknown>): Promise<void> {
  const { offers } = await debtor.get<{ offers: Offer[] }>('/offers');
  const offer = offers.find((candidate) => candidate.offer.terms.kind === kind);
  if (!offer) throw new Error(`no ${kind} offer among ${offers.map((candidate) => candidate.offer.terms.kind).join(', ')}`);
  await debtor.post('/plans', { offerToken: offer.token, choice: { kind, ...choice(offer.offer.terms) } });
}

/** Reads the screen in both languages: every phrase there, none of the forbidden ones. */
async function says(page: Page, step: 'feedback', phrases: (locale: Locale) => string[], never: RegExp): Promise<void> {
  for (const locale of ['de', 'en'] as const) {
    const text = await screenText(page, locale, step);
    for (const phrase of phrases(locale)) expect(text, locale).toContain(phrase);
    expect(text, locale).not.toMatch(never);
  }
}

/** Opens the link (the emailed one unless given) in a new tab and waits for the outcome screen of `state`. */
async function reopen(e2e: ReturnType<typeof useDemoInBrowser>, key: string, state: string, link = e2e.demo.link(key)) {
  const again = await newJourneyPage(e2e.browser, { width: 360, height: 740 });
  await again.page.goto(link);
  await waitForStep(again.page, 'feedback');
  expect(await outcomeState(again.page)).toBe(state);
  return again;
}

/** Words only the running plan's own screens use. */
const PLAN_RUNS = /Ihr Ratenplan steht|Your payment plan is in place/;
/** What asks the debtor for new plans or to pay it all. */
const OFFERS = /Meine Möglichkeiten|See my options|jetzt zahlen|pay now|in Raten oder später|in instalments or later/i;

describe('the four outcomes the ledger used to contradict, against the creditor’s ledger', () => {
  const e2e = useDemoInBrowser({ env: { DEMO_SECRET: randomBytes(32).toString('base64url'), DEMO_CREDITOR_DESK: '1' } });

  it('a plan paused in the plan manager: the reopened link says the payments are paused and when they resume, in German and English', async () => {
    const debtor = await SettleApiClient.open(e2e.demo.link('instalments'));
    await accept(debtor, 'instalments', (terms) => ({ count: terms.minCount ?? 2 }));
    await debtor.post('/plan/changes', { change: { kind: 'pause', months: 1 } }, `pause-${randomBytes(6).toString('hex')}`);
    const { progress } = await debtor.get<PlanAnswer>('/plan');
    const next = progress.nextDue!;
    await waitForLedger(e2e.demo.origin, (records) => records.plans.some((row) => row.claimId === debtor.claimId), 'the instalment plan');
    const { page, problems } = await reopen(e2e, 'instalments', 'paused');
    await says(
      page,
      'feedback',
      (locale) => [dayText(addDays(next.dueDate, -1), locale), dayText(next.dueDate, locale), moneyText(minor(next.amount.amount), next.amount.currency, locale)],
      PLAN_RUNS,
    );
    expect(problems).toEqual(NO_PROBLEMS);
  });

  it('a plan agreed by phone: the reopened link says a plan with the creditor runs, with the ledger’s next payment, and offers nothing new', async () => {
    const before = await ledgerClaim(e2e.demo.origin, 'forgot');
    const nextInstalment = { dueDate: addDays(new Date().toISOString().slice(0, 10), 20), amount: 2_500 };
    await desk(e2e.demo.origin, { action: 'plan_by_phone', key: 'forgot', nextInstalment });
    const ledger = await ledgerClaim(e2e.demo.origin, 'forgot');
    expect(ledger.status).toBe('plan_active');
    const { page, problems } = await reopen(e2e, 'forgot', 'creditor_plan');
    await says(
      page,
      'feedback',
      (locale) => [
        (before as LedgerClaim & { creditorName: string }).creditorName,
        moneyText(ledger.total, ledger.currency, locale),
        dayText(nextInstalment.dueDate, locale),
        moneyText('25.00', ledger.currency, locale),
      ],
      OFFERS,
    );
    expect(await page.locator('settle-feedback [part~="outcome-action"]').count()).toBe(0);
    expect(problems).toEqual(NO_PROBLEMS);
  });

  it('an overpayment refunded: the final screen and the reopened link say settled and that the money goes back, in German and English', async () => {
    const before = await ledgerClaim(e2e.demo.origin, 'payday');
    const first = await newJourneyPage(e2e.browser, { width: 360, height: 740 });
    await first.page.goto(e2e.demo.link('payday'));
    await waitForStep(first.page, 'summary', 'settle-claim-summary [part~="total"]');
    await first.page.locator('settle-flow [part~="pay-now-button"]').click();
    await waitForStep(first.page, 'checkout', 'settle-checkout[state="ready"] settle-sandbox-wallet [part~="pay-button"]');
    // Meanwhile the debtor's bank transfer of the whole amount is booked at the creditor.
    await desk(e2e.demo.origin, { action: 'bank_transfer', key: 'payday' });
    await first.page.locator('settle-checkout[state="ready"] settle-sandbox-wallet [part~="pay-button"]').click();
    await waitForStep(first.page, 'feedback', 'settle-feedback [part~="outcome"]');
    const records = await waitForLedger(e2e.demo.origin, (rows) => rows.payments.some((row) => row.claimId === before.id && row.outcome === 'overpaid'), 'the refunded overpayment');
    const overpaid = records.payments.find((row) => row.claimId === before.id && row.outcome === 'overpaid')!;
    const ledger = await ledgerClaim(e2e.demo.origin, 'payday');
    expect(ledger.total).toBe('0.00');
    expect(overpaid.amount).toBe(before.total);
    const refund = (locale: Locale) => [moneyText(before.total, before.currency, locale), locale === 'de' ? 'zurück' : 'goes back to you'];
    const never = /nicht abgeschlossen|not completed|abgebrochen|canceled/i;
    expect(await outcomeState(first.page)).toBe('settled');
    await says(first.page, 'feedback', refund, never);
    expect(first.problems).toEqual(NO_PROBLEMS);
    const again = await reopen(e2e, 'payday', 'settled');
    await says(again.page, 'feedback', refund, never);
    expect(again.problems).toEqual(NO_PROBLEMS);
  });

  // Last: the desk's days pass for the whole demo.
  it('a promise to pay whose date passed unpaid: the reopened link says the date passed and what is open now, and offers the options again', async () => {
    const debtor = await SettleApiClient.open(e2e.demo.link('dispute'));
    let promised = '';
    await accept(debtor, 'promise_to_pay', (terms) => {
      promised = terms.earliestDate ?? '';
      return { date: promised };
    });
    await waitForLedger(e2e.demo.origin, (records) => records.promises.some((row) => row.claimId === debtor.claimId), 'the promise to pay');
    // Two days past the promised date; the creditor's next reminder carries a fresh link.
    const today = new Date().toISOString().slice(0, 10);
    await desk(e2e.demo.origin, { action: 'days_pass', days: (Date.parse(promised) - Date.parse(today)) / 86_400_000 + 2 });
    const reminder = await (await fetch(`${e2e.demo.origin}/messages/dispute/second_reminder/neutral`)).text();
    const link = /href="([^"]*\/pay\?[^"]*#t=[^"]+)"/.exec(reminder)?.[1]?.replaceAll('&amp;', '&');
    expect(link, 'the reminder carries a link').toBeTruthy();
    const ledger: LedgerClaim = await ledgerClaim(e2e.demo.origin, 'dispute');
    const { page, problems } = await reopen(e2e, 'dispute', 'overdue', link);
    await says(
      page,
      'feedback',
      (locale) => [dayText(promised, locale), moneyText(ledger.total, ledger.currency, locale)],
      /promised to pay .* by|zugesagt, .* zu zahlen|Nothing is due|Vorher ist nichts fällig/,
    );
    await page.locator('settle-feedback [part~="outcome-action"]').click();
    await waitForStep(page, 'options', 'settle-plan-picker [part~="offer-list"]');
    expect(await page.locator('settle-plan-picker [part~="choose-button"]').count()).toBeGreaterThan(0);
    expect(problems).toEqual(NO_PROBLEMS);
  });
});
