import { randomBytes } from 'node:crypto';
import type { Page, Route } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { claimSettingsOf, collectorOf } from '../../demo/src/creditor/claim-settings.js';
import { NO_PROBLEMS } from '../support/browser.js';
import { newJourneyPage, waitForStep, type JourneyPage } from '../support/flow-journey.js';
import { agreeTo, answerQuiz, leaveSummary, SUMMARY_OTHER_OPTIONS, toCheckout, toOptions } from '../support/flow-steps.js';
import { useDemoInBrowser } from '../support/demo-in-browser.js';
import { brandsOf, claimOf, debtors, expectOnlyOwn, foreignStrings, tenantOf, totalInPage, widgetText } from '../support/tenant-screens.js';

const e2e = useDemoInBrowser({ env: { DEMO_SECRET: randomBytes(32).toString('base64url') } });
const open: JourneyPage[] = [];

afterAll(async () => {
  await Promise.all(open.map((journey) => journey.context.close()));
});

async function start(key: string): Promise<Page> {
  const journey = await newJourneyPage(e2e.browser);
  open.push(journey);
  await journey.page.goto(e2e.demo.link(key));
  return journey.page;
}

/** Summary → quiz → "I am going through a difficult time" → the contact step with its support block. */
async function toContact(page: Page): Promise<void> {
  await leaveSummary(page);
  await page.locator('settle-quiz input[value="difficult_time"]').click();
  await page.locator('settle-quiz [part~="human-route"] [part~="contact-button"]').click();
  await waitForStep(page, 'contact', 'settle-contact [part~="support"]');
}

function expectNoForeign(text: string, key: string): void {
  const found = foreignStrings(key).filter((foreign) => text.includes(foreign));
  expect(found, `other tenants’ details on ${key}’s screens`).toEqual([]);
}

/** The link page's header: the collector's logo and name, and "on behalf of" the client creditor with its logo. */
async function expectHeader(page: Page, key: string): Promise<void> {
  const { collector, client } = brandsOf(key);
  const header = page.locator('header[data-pay-brand]');
  expect(await header.locator('.brand-name').textContent()).toBe(collector?.name);
  expect(await header.locator('.brand-logo').getAttribute('src')).toBe(collector?.logoUrl);
  const line = header.locator('[data-pay-client]');
  if (!client) {
    expect(await line.isHidden(), `${key}: a creditor collecting itself names no client`).toBe(true);
    return;
  }
  await line.waitFor({ state: 'visible' });
  const lead = claimOf(key).jurisdiction === 'US' ? 'on behalf of' : 'im Auftrag von';
  expect((await line.textContent())?.replace(/\s+/g, ' ').trim()).toBe(`${lead} ${client.name}`);
  expect(await line.locator('.client-logo').getAttribute('src')).toBe(client.logoUrl);
  expect(await line.locator('.client-logo').evaluate((logo: HTMLImageElement) => logo.complete && logo.naturalWidth > 0)).toBe(true);
}

describe('the link page names who wrote the letter and, for an agency, the creditor it writes for', () => {
  it.each(debtors.map((debtor) => debtor.key))(
    '%s: the first paint from the link’s hint and the confirmed session show the claim’s collector and client creditor, and no other tenant',
    async (key) => {
      const journey = await newJourneyPage(e2e.browser, { width: 360, height: 740 });
      open.push(journey);
      const { page } = journey;
      // Hold every script: the first paint comes from the page's HTML and CSS alone.
      const held: Route[] = [];
      let holding = true;
      await page.route(/\/(widget|scripts)\//, (route) => (holding ? held.push(route) : route.continue()));
      await page.goto(e2e.demo.link(key), { waitUntil: 'commit' });
      await page.locator('header[data-pay-brand] .brand-logo').waitFor({ state: 'visible', timeout: 30_000 });
      await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('header img')].every((logo) => logo.complete));
      await expectHeader(page, key);
      await expectOnlyOwn(page, key, 'first paint');
      holding = false;
      await Promise.all(held.map((route) => route.continue()));
      await page.locator('header[data-pay-brand][data-confirmed]').waitFor({ state: 'attached', timeout: 30_000 });
      await waitForStep(page, 'summary', 'settle-claim-summary [part~="total"]');
      await expectHeader(page, key);
      await expectOnlyOwn(page, key, 'first screen');
      expect(journey.problems).toEqual(NO_PROBLEMS);
    },
  );
});

describe('each sample claim shows only its own collector’s details', () => {
  it.each([
    ['forgot', 'Stadtwerke Beispielstadt GmbH', '+49 30 1234567', 'service@stadtwerke.example'],
    ['pay-now-us', 'Kind Recovery Inc.', '+1 312 555 0140', 'help@kindrecovery.example'],
  ])('%s: the contact step offers %s’s phone and email and no other tenant’s', async (key, tenant, phone, email) => {
    expect(tenantOf(key)).toBe(tenant);
    const page = await start(key);
    await toContact(page);
    const support = await page.locator('settle-contact [part~="support"]').textContent();
    expect(support).toContain(phone);
    expect(support).toContain(email);
    expectNoForeign(await widgetText(page), key);
    expect(open.at(-1)?.problems).toEqual(NO_PROBLEMS);
  });
});

describe('every screen of every sample debtor’s journey shows only its own tenant', () => {
  it.each(debtors.map((debtor) => debtor.key))('%s: summary, quiz, options, checkout with its declined-card fallback, contact, dispute and the broken-link page', async (key) => {
    const claim = claimOf(key);
    const payee = claimSettingsOf(claim).payee;
    const account = payee?.bankAccounts?.[claim.currency];
    const page = await start(key);
    await waitForStep(page, 'summary', 'settle-claim-summary [part~="total"]');
    await expectOnlyOwn(page, key, 'summary');
    await page.locator(SUMMARY_OTHER_OPTIONS).click();
    await waitForStep(page, 'quiz', 'settle-quiz [part~="step"]');
    await expectOnlyOwn(page, key, 'quiz');
    await answerQuiz(page, ['forgot', 'today', 'all_fine']);
    await expectOnlyOwn(page, key, 'quiz result');
    await toOptions(page);
    await expectOnlyOwn(page, key, 'options');
    await agreeTo(page, 'pay_in_full');
    await expectOnlyOwn(page, key, 'agreement');
    await toCheckout(page);
    // Where money is asked for: the claim's own amount in its own currency.
    const total = await totalInPage(page, key);
    const title = page.locator('settle-checkout[state="ready"] [part~="title"]');
    await title.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await title.textContent()).toContain(total);
    await page.locator('settle-checkout[state="ready"] settle-sandbox-wallet select').selectOption('decline_card');
    await page.locator('settle-checkout[state="ready"] settle-sandbox-wallet [part~="pay-button"]').click();
    await page.locator('settle-checkout[state="declined"] [part~="status"]').waitFor({ state: 'visible', timeout: 30_000 });
    const bank = page.locator('settle-checkout [part~="bank-transfer"]');
    if (account) {
      await bank.waitFor({ state: 'visible', timeout: 30_000 });
      const transfer = (await bank.textContent()) ?? '';
      expect(transfer).toContain(account.accountHolder);
      expect(transfer).toContain(account.iban);
      expect(transfer).toContain(total);
    } else {
      expect(await bank.count(), `${key}: no account in ${claim.currency}, so no transfer`).toBe(0);
    }
    await expectOnlyOwn(page, key, 'declined checkout');
    await page.locator('settle-flow [part~="help"] [part~="contact-button"]').click();
    await waitForStep(page, 'contact', 'settle-contact [part~="support"]');
    await expectOnlyOwn(page, key, 'contact');
    await page.locator('settle-flow [part~="back-button"]').click();
    await waitForStep(page, 'checkout');
    await page.locator('settle-flow [part~="help"] [part~="dispute-button"]').click();
    await waitForStep(page, 'dispute', 'settle-dispute form');
    await expectOnlyOwn(page, key, 'dispute');
    expect(open.at(-1)?.problems).toEqual(NO_PROBLEMS);

    // The same link, broken: the page names the collector from the link's brand hint.
    const broken = await newJourneyPage(e2e.browser);
    open.push(broken);
    await broken.page.goto(e2e.demo.link(key).replace(/#t=.*/, '#t=broken.link.token'));
    await broken.page.locator('[data-pay-contact]').waitFor({ state: 'visible', timeout: 30_000 });
    expect(await broken.page.locator('[data-pay-contact]').textContent()).toContain(collectorOf(claim)?.brand.contact.phone);
    await expectOnlyOwn(broken.page, key, 'broken-link page');
  });
});
