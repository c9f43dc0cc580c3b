import type { Page } from 'playwright-core';
import type { DashboardInsights } from '../../demo/src/dashboard/insights.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.js';
import { watchPage, type PageProblems } from '../support/browser.js';
import { useDemoInBrowser } from '../support/demo-in-browser.js';
import { squeeze } from '../support/outcome-screen.js';
import { SettleApiClient } from '../support/settle-api.js';

const e2e = useDemoInBrowser();
let page: Page;
let problems: PageProblems;
const segments: Record<string, string> = {};
let insights: DashboardInsights;
const german = new Intl.NumberFormat('de-DE', { style: 'percent', maximumFractionDigits: 1 });

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
  await forgot.post('/feedback', { score: 9, comment: 'Schnell und freundlich, danke!' });

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

  // A context of its own (axe needs one) that lives for the whole file; it closes with the browser.
  page = await (await e2e.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  problems = await watchPage(page);
  await page.goto(`${e2e.demo.origin}/dashboard`);
  await page.locator('#claims table').waitFor({ timeout: 30_000 });
  await page.locator('#experiment table').waitFor({ timeout: 30_000 });
  insights = ((await (await fetch(`${e2e.demo.origin}/demo-api/dashboard`)).json()) as { insights: DashboardInsights }).insights;
});

async function rows(id: string): Promise<string[][]> {
  return page.locator(`#${id} tbody tr`).evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
}

describe('the creditor dashboard', () => {
  it('scored the three debtors into the segments their answers describe', () => {
    expect(segments).toEqual({ forgot: 'forgot', hardship: 'hardship', dispute: 'dispute' });
  });

  it('shows each claim in its new state, with money in German format', async () => {
    const claims = new Map((await rows('claims')).map((cells) => [cells[0], cells]));
    expect(claims.get('Erika Mustermann')?.[4]).toBe('erledigt');
    expect(squeeze(claims.get('Erika Mustermann')?.[5] ?? '')).toBe('0,00 €');
    expect(squeeze(claims.get('Jordan Smith')?.[5] ?? '')).toBe('425,00 $');
    expect(claims.get('Lena Schröder')?.[4]).toBe('bestritten');
    expect(claims.get('Thomas Weber')?.[4]).toBe('offen');
    expect(claims.get('Erika Mustermann')?.[3]).toBe('Vergessen zu zahlen');
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
  });

  it('lists the payment once although checkout and confirmation were repeated, dated in German format', async () => {
    const payments = await rows('payments');
    expect(payments).toHaveLength(1);
    expect(payments[0]?.[0]).toBe('Erika Mustermann');
    expect(payments[0]?.[1]).toMatch(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/);
    expect(payments[0]?.slice(2, 6).map(squeeze)).toEqual(['erfolgreich', '87,00 €', 'vollständig', 'sandbox']);
    expect(squeeze((await page.locator('[data-kpi="Eingezogen"] dd').textContent()) ?? '')).toBe('87,00 €');
  });

  it('lists the repeated dispute and contact request once each', async () => {
    const disputes = await rows('disputes');
    expect(disputes.map((cells) => [cells[0], cells[2], cells[3]])).toEqual([['Lena Schröder', 'nicht meine Forderung', 'I cancelled the membership in June.']]);
    const contacts = await rows('contact-requests');
    expect(contacts.map((cells) => [cells[0], cells[2], cells[3], cells[4]])).toEqual([['Thomas Weber', 'Rückruf', '17:00-19:00 Europe/Berlin', 'ja']]);
  });

  it('labels the synthetic journeys as sample data', async () => {
    const note = page.locator('#sample-note');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('Beispieldaten / sample data: 300 erfundene Verläufe');
  });

  it('shows the funnel sent → opened → viewed → chose → agreed or paid with counts that never grow and their rates', async () => {
    const funnel = page.locator('#funnel-chart table').first();
    expect(await funnel.isVisible()).toBe(true);
    const stages = await funnel
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [(tr as HTMLElement).dataset.stage, ...[...tr.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '')]));
    expect(stages.map((row) => row[0])).toEqual(['sent', 'opened', 'viewed', 'chose', 'agreed_or_paid']);
    expect(stages.map((row) => row[1])).toEqual(['Gesendet', 'Link geöffnet', 'Forderung angesehen', 'Option gewählt', 'Vereinbart oder bezahlt']);
    const counts = stages.map((row) => Number(row[2]?.replace('.', '')));
    expect(counts).toEqual(insights.funnel.all.map((stage) => stage.claims));
    for (const [index, count] of counts.entries()) if (index > 0) expect(count).toBeLessThanOrEqual(counts[index - 1]!);
    expect(squeeze(stages[4]?.[3] ?? '')).toBe(squeeze(german.format(counts[4]! / counts[3]!)));
    // The hardship debtor's contact request is an outcome of the hardship segment.
    const hardship = page.locator('#funnel-chart tr[data-group="hardship"] td').nth(1);
    expect(Number(await hardship.textContent())).toBe(insights.funnel.bySegment.hardship?.[4]?.claims);
    expect(Number(await hardship.textContent())).toBeGreaterThan(0);
  });

  it('shows a weekday × hour heatmap with a number in every cell and the best time to contact', async () => {
    const heatmap = page.locator('#heatmap table');
    expect(await heatmap.isVisible()).toBe(true);
    const grid = await heatmap.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => Number(td.textContent))));
    expect(grid).toEqual(insights.contactTimes.opens);
    expect(await heatmap.locator('tbody th').allTextContents()).toEqual(['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So']);
    expect(await page.locator('#heatmap .best-time').textContent()).toMatch(/^Beste Zeit: (Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag), \d+–\d+ Uhr/);
  });

  it('shows the CSAT average per segment with a German decimal comma', async () => {
    const averages = await page.locator('#csat-chart tbody tr').evaluateAll((trs) => trs.map((tr) => [(tr as HTMLElement).dataset.segment, tr.querySelectorAll('td')[0]?.textContent]));
    const expected = [...Object.entries(insights.csat.bySegment), ['all', insights.csat.all] as const].map(([segment, summary]) => [
      segment,
      new Intl.NumberFormat('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(summary.average!),
    ]);
    expect(averages).toEqual(expected);
    expect(averages.every(([, average]) => /^\d,\d$/.test(average ?? ''))).toBe(true);
  });

  it('tags the comments with their sentiment, the real comment first', async () => {
    const first = page.locator('#comments li').first();
    expect(await first.isVisible()).toBe(true);
    expect(await first.getAttribute('data-sentiment')).toBe('positive');
    expect(await first.locator('.tag').textContent()).toBe('positiv');
    expect(await first.locator('q').textContent()).toBe('Schnell und freundlich, danke!');
    const tags = await page.locator('#comments .tag').allTextContents();
    expect(tags.length).toBe(insights.comments.length);
    expect(tags.every((tag) => ['positiv', 'neutral', 'negativ'].includes(tag))).toBe(true);
  });

  it('shows the tone experiment per variant with its interval and a plain verdict', async () => {
    const variants = await page.locator('#experiment tbody tr').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.variant));
    expect(variants).toEqual(['neutral', 'empathetic']);
    const comparison = insights.experiment.comparisons[0]!;
    const verdict = page.locator('#experiment .verdict');
    expect(await verdict.isVisible()).toBe(true);
    expect(await verdict.textContent()).toBe(comparison.summary.de);
    expect(await verdict.textContent()).toMatch(comparison.significant ? /wirkt/ : /noch nicht signifikant/);
    const cells = (await page.locator('#experiment tbody tr').first().locator('td').allTextContents()).map(squeeze);
    expect(cells[2]).toMatch(/^\d+(,\d)? %$/);
    expect(cells[3]).toMatch(/^\d+(,\d)? % – \d+(,\d)? %$/);
  });

  it('has no axe WCAG 2.2 AA violations with the insight panels filled', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('renders under the strict CSP without console errors', () => {
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [], failedRequests: [] });
  });
});
