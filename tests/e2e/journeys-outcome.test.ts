import { randomBytes } from 'node:crypto';
import type { OutcomeState } from '@settle/protocol';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { NO_PROBLEMS } from '../support/browser.js';
import { newJourneyPage, waitForStep, type DashboardRecords } from '../support/flow-journey.js';
import { agreeTo, answerQuiz, continueToFeedback, leaveSummary, payWithSandbox, pickDate, pickMonthly, toCheckout, toOptions } from '../support/flow-steps.js';
import { useDemoInBrowser } from '../support/demo-in-browser.js';
import { dayText, ledgerClaim, moneyText, outcomeState, screenText, waitForLedger, type LedgerClaim } from '../support/outcome-screen.js';

/** What a journey left for the checks: dates the debtor picked. */
interface Picked {
  date?: string;
}

interface OutcomeJourney {
  outcome: string;
  debtor: string;
  /** From the opened link to the outcome screen. */
  act: (page: Page) => Promise<Picked>;
  /** The ledger shows the journey's booking. */
  booked: (records: DashboardRecords, claimId: string, before: LedgerClaim) => boolean;
  /** The state the screens show once the ledger booked it; paid in full shows `paid_in_full` until then. */
  state: OutcomeState;
  /** Where the reopened link lands. */
  reopensOn: 'feedback' | 'manage';
  /** What the screen must say in `locale`, from the ledger after the booking and what the debtor picked. */
  says: (ledger: LedgerClaim, before: LedgerClaim, picked: Picked, locale: 'de' | 'en') => string[];
}

const ANSWERS = {
  payNow: ['forgot', 'today', 'all_fine'],
  later: ['short_until_payday', 'after_payday', 'all_fine'],
  instalments: ['too_much_at_once', 'bit_by_bit', 'all_fine'],
};

async function toTheOptions(page: Page, answers: readonly string[]): Promise<void> {
  await leaveSummary(page);
  await answerQuiz(page, answers);
  await toOptions(page);
}

const count = (rows: Array<{ claimId: string }>, claimId: string) => rows.filter((row) => row.claimId === claimId).length;
const totalOf = (records: DashboardRecords, claimId: string) => (records.claims.find((claim) => claim.id === claimId) as LedgerClaim | undefined)?.total;
const amountIn = (ledger: LedgerClaim, locale: string) => moneyText(ledger.total, ledger.currency, locale);
const paidIn = (before: LedgerClaim, after: LedgerClaim, locale: string) => moneyText((Number(before.total) - Number(after.total)).toFixed(2), after.currency, locale);

/** How a journey shapes and settles an offer: a date field set to its end, an amount typed, and paid now or not. */
interface Agreement {
  date?: [field: string, end: 'min' | 'max'];
  /** For instalments: the monthly amount chip, in minor units. */
  monthly?: number;
  amount?: [field: string, value: string];
  pay?: 'now' | 'with autopay';
}

/** From the link through the quiz to the options, agrees `kind` shaped as `how`, then pays or continues to the outcome. */
function agree(kind: string, answers: readonly string[], how: Agreement = {}): OutcomeJourney['act'] {
  return async (page) => {
    await toTheOptions(page, answers);
    let date: string | undefined;
    await agreeTo(page, kind, async () => {
      if (how.date) date = await pickDate(page, ...how.date);
      if (how.monthly) await pickMonthly(page, how.monthly);
      if (how.amount) await page.locator(`settle-plan-picker #${how.amount[0]}`).fill(how.amount[1]);
    });
    if (how.pay) {
      await toCheckout(page);
      await payWithSandbox(page, how.pay === 'with autopay');
    } else {
      await continueToFeedback(page);
    }
    return date ? { date } : {};
  };
}

/** A contact request from the quiz's "talk to a person"; `hardship` as the debtor ticks it. */
function requestContact(hardship: boolean): OutcomeJourney['act'] {
  return async (page) => {
    await leaveSummary(page);
    await page.locator(`settle-quiz input[value="${hardship ? 'difficult_time' : 'forgot'}"]`).click();
    if (hardship) await page.locator('settle-quiz [part~="human-route"] [part~="contact-button"]').click();
    else await page.locator('settle-flow [part~="contact-button"]').click();
    await waitForStep(page, 'contact', 'settle-contact form');
    await page.locator('settle-contact input[name="channel"][value="email"]').check();
    const box = page.locator('settle-contact input[name="hardship"]');
    if ((await box.isChecked()) !== hardship) await box.setChecked(hardship);
    await page.locator('settle-contact [part~="submit-button"]').click();
    await page.locator('settle-contact [part~="confirmation"]').waitFor({ state: 'visible', timeout: 30_000 });
    await continueToFeedback(page);
    return {};
  };
}

async function dispute(page: Page): Promise<Picked> {
  await leaveSummary(page);
  await answerQuiz(page, ['not_right', 'all_fine']);
  await page.locator('settle-flow [part~="dispute-next-button"]').click();
  await waitForStep(page, 'dispute', 'settle-dispute form');
  await page.locator('settle-dispute input[value="not_my_debt"]').check();
  await page.locator('settle-dispute [part~="submit-button"]').click();
  await page.locator('settle-dispute [part~="confirmation"]').waitFor({ state: 'visible', timeout: 30_000 });
  await continueToFeedback(page);
  return { date: new Date().toISOString().slice(0, 10) };
}

/** The ledger's total moved (a payment was booked), or one record of a kind arrived for the claim. */
const totalMoved: OutcomeJourney['booked'] = (records, claimId, before) => totalOf(records, claimId) !== before.total;
const recorded =
  (kind: 'plans' | 'promises' | 'disputes' | 'contactRequests'): OutcomeJourney['booked'] =>
  (records, claimId) =>
    count(records[kind], claimId) === 1;

/** What the screens name: what was paid, what is still open, the date the debtor picked, a phrase of the state. */
const paidAndOpen: OutcomeJourney['says'] = (ledger, before, _picked, locale) => [paidIn(before, ledger, locale), amountIn(ledger, locale)];
const openAndDate: OutcomeJourney['says'] = (ledger, _before, picked, locale) => [amountIn(ledger, locale), dayText(picked.date!, locale)];
const openAnd =
  (de: string, en: string): OutcomeJourney['says'] =>
  (ledger, _before, _picked, locale) => [amountIn(ledger, locale), locale === 'de' ? de : en];

/** Every outcome, each on its own sample debtor of one demo run (the demo has six). */
const ROUNDS: OutcomeJourney[][] = [
  [
    {
      outcome: 'paid in full',
      debtor: 'forgot',
      act: agree('pay_in_full', ANSWERS.payNow, { pay: 'now' }),
      booked: (records, claimId) => totalOf(records, claimId) === '0.00',
      state: 'settled',
      reopensOn: 'feedback',
      says: (ledger, before, _picked, locale) => [paidIn(before, ledger, locale)],
    },
    {
      outcome: 'partial payment',
      debtor: 'pay-now-us',
      act: agree('partial_payment', ANSWERS.payNow, { amount: ['partialAmount', '100'], pay: 'now' }),
      booked: totalMoved,
      state: 'partially_paid',
      reopensOn: 'feedback',
      says: paidAndOpen,
    },
    { outcome: 'deferral', debtor: 'payday', act: agree('deferral', ANSWERS.later, { date: ['date', 'max'] }), booked: recorded('plans'), state: 'deferred', reopensOn: 'feedback', says: openAndDate },
    {
      outcome: 'instalments agreed',
      debtor: 'instalments',
      act: agree('instalments', ANSWERS.instalments, { date: ['firstDueDate', 'max'], monthly: 15_000 }),
      booked: recorded('plans'),
      state: 'plan_active',
      reopensOn: 'manage',
      says: openAndDate,
    },
    {
      outcome: 'dispute',
      debtor: 'dispute',
      act: dispute,
      booked: recorded('disputes'),
      state: 'disputed',
      reopensOn: 'feedback',
      says: (_ledger, _before, picked, locale) => [dayText(picked.date!, locale)],
    },
    { outcome: 'hardship', debtor: 'hardship', act: requestContact(true), booked: recorded('contactRequests'), state: 'contact_requested', reopensOn: 'feedback', says: openAnd('Lage', 'situation') },
  ],
  [
    {
      outcome: 'first instalment paid',
      debtor: 'instalments',
      act: agree('instalments', ANSWERS.instalments, { date: ['firstDueDate', 'min'], monthly: 15_000, pay: 'with autopay' }),
      booked: totalMoved,
      state: 'plan_active',
      reopensOn: 'manage',
      says: paidAndOpen,
    },
    {
      outcome: 'promise to pay',
      debtor: 'payday',
      act: agree('promise_to_pay', ANSWERS.later, { date: ['date', 'max'] }),
      booked: recorded('promises'),
      state: 'promised',
      reopensOn: 'feedback',
      says: openAndDate,
    },
    {
      outcome: 'pause',
      debtor: 'forgot',
      act: agree('payment_pause', ANSWERS.instalments),
      booked: recorded('plans'),
      state: 'paused',
      reopensOn: 'feedback',
      says: (_ledger, _before, _picked, locale) => [locale === 'de' ? 'pausieren bis zum' : 'paused until'],
    },
    {
      outcome: 'callback request',
      debtor: 'hardship',
      act: requestContact(false),
      booked: recorded('contactRequests'),
      state: 'contact_requested',
      reopensOn: 'feedback',
      says: openAnd('meldet sich', 'will contact you'),
    },
  ],
];

/** Only the settled screen may say so, or show a receipt for the claim. */
const SETTLED_WORDS = /settled|erledigt|receipt|quittung|beglichen|bezahlt an/i;
/** Anything that asks a debtor to pay. */
const PAYMENT_PROMPT = /please pay|pay now|pay by|bitte zahlen|jetzt zahlen|bezahlen sie bis/i;

/** Reads the screen in German and English against the ledger: the state, its facts, and no "settled" before the ledger says so. */
async function checkScreen(page: Page, journey: OutcomeJourney, step: 'feedback' | 'manage', ledger: LedgerClaim, before: LedgerClaim, picked: Picked): Promise<void> {
  for (const locale of ['de', 'en'] as const) {
    const text = await screenText(page, locale, step);
    for (const phrase of journey.says(ledger, before, picked, locale)) expect(text, `${journey.outcome}, ${locale}`).toContain(phrase);
    if (ledger.total !== '0.00') expect(text, `${journey.outcome}, ${locale}: the ledger still has ${ledger.total} open`).not.toMatch(SETTLED_WORDS);
    if (journey.state === 'disputed') expect(text, `${journey.outcome}, ${locale}`).not.toMatch(PAYMENT_PROMPT);
  }
}

for (const [round, journeys] of ROUNDS.entries()) {
  describe(`every outcome's screen tells the truth, against the creditor's ledger (demo run ${round + 1})`, () => {
    const e2e = useDemoInBrowser({ env: { DEMO_SECRET: randomBytes(32).toString('base64url') } });

    it.each(journeys)('$outcome: the final screen and the reopened link show what the ledger booked, in German and English', async (journey) => {
      const before = await ledgerClaim(e2e.demo.origin, journey.debtor);
      const first = await newJourneyPage(e2e.browser, { width: 360, height: 740 });
      await first.page.goto(e2e.demo.link(journey.debtor));
      const picked = await journey.act(first.page);

      // Right after the action: the server's outcome, never "settled" while the ledger has anything open.
      const shown = await outcomeState(first.page);
      const ledgerThen = await ledgerClaim(e2e.demo.origin, journey.debtor);
      expect(shown === journey.state || (journey.state === 'settled' && shown === 'paid_in_full'), `${journey.outcome}: shown ${shown}`).toBe(true);
      if (shown === 'settled') expect(ledgerThen.total).toBe('0.00');
      const records = await waitForLedger(e2e.demo.origin, (rows) => journey.booked(rows, before.id, before), `the ${journey.outcome}`);
      const ledger = records.claims.find((claim) => claim.id === before.id) as LedgerClaim;
      expect(Number(ledger.total), 'never a negative total').toBeGreaterThanOrEqual(0);
      if (shown === journey.state) await checkScreen(first.page, journey, 'feedback', ledger, before, picked);
      expect(first.problems).toEqual(NO_PROBLEMS);
      await first.context.close();

      // The link again, in a new tab: the same state, from the server.
      const again = await newJourneyPage(e2e.browser, { width: 360, height: 740 });
      await again.page.goto(e2e.demo.link(journey.debtor));
      await waitForStep(again.page, journey.reopensOn);
      if (journey.reopensOn === 'feedback') expect(await outcomeState(again.page)).toBe(journey.state);
      await checkScreen(again.page, journey, journey.reopensOn, ledger, before, picked);
      expect(again.problems).toEqual(NO_PROBLEMS);
      await again.context.close();
    });
  });
}
