import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { watchPage, type PageProblems } from '../support/browser.js';
import { useDemoInBrowser } from '../support/demo-in-browser.js';
import { SettleApiClient } from '../support/settle-api.js';

const e2e = useDemoInBrowser();
let page: Page;
let problems: PageProblems;
const segments: Record<string, string> = {};

/**
 * Three debtors go through their paths over Settle's HTTP API (the same calls the widget
 * makes), with retries and duplicate submissions; the dashboard must show each record once.
 */
beforeAll(async () => {
  const forgot = await SettleApiClient.open(e2e.demo.link('forgot'));
  segments.forgot = await forgot.answerQuiz({ what_happened: 'forgot', when: 'today', how_much: 'all', circumstances: 'all_fine' });
  const payment = await forgot.payInFullWithSandbox('checkout-forgot-0001');
  expect(payment.status).toBe('succeeded');
  // A double click and a retried confirmation must not book the payment twice.
  expect(await forgot.payInFullWithSandbox('checkout-forgot-0001')).toMatchObject({ id: payment.id, status: 'succeeded' });
  expect((await forgot.confirmPayment(payment.id)).status).toBe('succeeded');
  await forgot.post('/feedback', { score: 9, comment: 'Quick and friendly' });

  const hardship = await SettleApiClient.open(e2e.demo.link('hardship'));
  segments.hardship = await hardship.answerQuiz({ what_happened: 'difficult_time', when: 'not_sure', how_much: 'nothing_now', circumstances: 'talk_to_someone' });
  const contact = { channel: 'callback', hardship: true, preferredTime: { from: '17:00', to: '19:00', timeZone: 'Europe/Berlin' } };
  await hardship.post('/contact-requests', contact, 'contact-hardship-0001');
  await hardship.post('/contact-requests', contact, 'contact-hardship-0001');
  await hardship.post('/feedback', { score: 7 });

  const dispute = await SettleApiClient.open(e2e.demo.link('dispute'));
  segments.dispute = await dispute.answerQuiz({ what_happened: 'not_right', when: 'not_sure', how_much: 'nothing_now' });
  const reason = { reason: 'not_my_debt', note: 'I cancelled the membership in June.' };
  await dispute.post('/disputes', reason);
  await dispute.post('/disputes', reason);
  await dispute.post('/feedback', { score: 7 });

  page = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 } });
  problems = await watchPage(page);
  await page.goto(`${e2e.demo.origin}/dashboard`);
  await page.locator('#claims table').waitFor({ timeout: 30_000 });
});

async function rows(id: string): Promise<string[][]> {
  return page.locator(`#${id} tbody tr`).evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
}

describe('the creditor dashboard', () => {
  it('scored the three debtors into the segments their answers describe', () => {
    expect(segments).toEqual({ forgot: 'forgot', hardship: 'hardship', dispute: 'dispute' });
  });

  it('shows each claim in its new state: paid in full, disputed, or still open', async () => {
    const claims = new Map((await rows('claims')).map((cells) => [cells[0], cells]));
    expect(claims.get('Erika Mustermann')?.[4]).toBe('settled');
    expect(claims.get('Erika Mustermann')?.[5]).toBe('€0.00');
    expect(claims.get('Lena Schröder')?.[4]).toBe('disputed');
    expect(claims.get('Thomas Weber')?.[4]).toBe('open');
    expect(claims.get('Erika Mustermann')?.[3]).toBe('Forgot to pay');
  });

  it('lists the payment once although checkout and confirmation were repeated', async () => {
    const payments = await rows('payments');
    expect(payments).toHaveLength(1);
    expect(payments[0]?.[0]).toBe('Erika Mustermann');
    expect(payments[0]?.slice(2, 6)).toEqual(['succeeded', '€87.00', 'full', 'sandbox']);
    expect(await page.locator('[data-kpi="Collected"] dd').textContent()).toBe('€87.00');
  });

  it('lists the repeated dispute and contact request once each', async () => {
    const disputes = await rows('disputes');
    expect(disputes.map((cells) => [cells[0], cells[2], cells[3]])).toEqual([['Lena Schröder', 'not my debt', 'I cancelled the membership in June.']]);
    const contacts = await rows('contact-requests');
    expect(contacts.map((cells) => [cells[0], cells[2], cells[3], cells[4]])).toEqual([['Thomas Weber', 'callback', '17:00-19:00 Europe/Berlin', 'yes']]);
  });

  it('counts the funnel by segment from the quiz, the chosen option, the payment and the feedback', async () => {
    const funnel = new Map((await rows('funnel-chart')).map(([segment, ...counts]) => [segment, counts]));
    expect(funnel.get('Forgot to pay')).toEqual(['1', '1', '1', '1']);
    expect(funnel.get('Hardship')).toEqual(['1', '1', '0', '1']);
    expect(funnel.get('Disputes the claim')).toEqual(['1', '1', '0', '1']);
    expect(funnel.get('Needs instalments')).toEqual(['0', '0', '0', '0']);
    const chart = await page.locator('#funnel-chart svg').getAttribute('aria-label');
    expect(chart).toContain('Forgot to pay: 1 quiz completed, 1 chose an option, 1 paid, 1 gave feedback');
  });

  it('charts the CSAT distribution on the creditor\'s 1-9 scale', async () => {
    const label = await page.locator('#csat-chart svg').getAttribute('aria-label');
    expect(label).toContain('from 3 responses');
    expect(label).toContain('score 7: 2, score 8: 0, score 9: 1');
    expect(await page.locator('#csat-chart svg rect.csat-bar').count()).toBe(9);
  });

  it('renders under the strict CSP without console errors', () => {
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [], failedRequests: [] });
  });
});
