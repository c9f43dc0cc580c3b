import { randomBytes } from 'node:crypto';
import { todayIso } from '@settle/protocol';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { claimSettingsOf } from '../../demo/src/creditor/claim-settings.js';
import { sampleDebtors } from '../../demo/src/seed/sample-debtors.js';
import { NO_PROBLEMS } from '../support/browser.js';
import { newJourneyPage, waitForStep, type JourneyPage } from '../support/flow-journey.js';
import { agreeTo, answerQuiz, leaveSummary, toCheckout, toOptions } from '../support/flow-steps.js';
import { useDemoInBrowser } from '../support/demo-in-browser.js';

const e2e = useDemoInBrowser({ env: { DEMO_SECRET: randomBytes(32).toString('base64url') } });
const open: JourneyPage[] = [];
const debtors = sampleDebtors(todayIso());

afterAll(async () => {
  await Promise.all(open.map((journey) => journey.context.close()));
});

/** The collector (agency, else creditor) of a sample debtor's claim: the tenant its screens belong to. */
function tenantOf(key: string): string {
  const claim = debtors.find((debtor) => debtor.key === key)?.claim;
  if (!claim) throw new Error(`no sample debtor ${key}`);
  return (claim.collectionAgency ?? claim.creditor).name;
}

/** Names, phones, emails and IBANs of every other tenant and of the other tenants' creditors. */
function foreignStrings(key: string): string[] {
  const own = tenantOf(key);
  const strings = debtors
    .filter((debtor) => tenantOf(debtor.key) !== own)
    .flatMap(({ claim }) => {
      const settings = claimSettingsOf(claim);
      const accounts = Object.values(settings.payee?.bankAccounts ?? {});
      return [claim.creditor.name, settings.payee?.name, settings.support?.phone, settings.support?.email, ...accounts.flatMap((account) => [account.iban, account.accountHolder])];
    });
  // The agency's brand without its legal form, as a header or greeting would name it.
  if (own !== 'Fair Inkasso GmbH') strings.push('Fair Inkasso');
  return [...new Set(strings.filter((value): value is string => Boolean(value)))];
}

/** Every text and link target inside the widget's elements, shadow roots included. */
function widgetText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const walk = (node: Node): void => {
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
      if (node instanceof Element) {
        if (node.localName === 'style') return;
        for (const name of ['href', 'aria-label', 'title']) {
          const value = node.getAttribute(name);
          if (value) parts.push(value);
        }
        if (node.shadowRoot) walk(node.shadowRoot);
      }
      node.childNodes.forEach(walk);
    };
    document.querySelectorAll('settle-flow').forEach(walk);
    return parts.join(' ').replace(/\s+/g, ' ');
  });
}

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

/** Pays in full with the sandbox wallet set to decline the card; waits for the declined state. */
async function declineCard(page: Page): Promise<void> {
  await leaveSummary(page);
  await answerQuiz(page, ['forgot', 'today', 'all_fine']);
  await toOptions(page);
  await agreeTo(page, 'pay_in_full');
  await toCheckout(page);
  await page.locator('settle-checkout[state="ready"] settle-sandbox-wallet select').selectOption('decline_card');
  await page.locator('settle-checkout[state="ready"] settle-sandbox-wallet [part~="pay-button"]').click();
  await page.locator('settle-checkout[state="declined"] [part~="status"]').waitFor({ state: 'visible', timeout: 30_000 });
}

function expectNoForeign(text: string, key: string): void {
  const found = foreignStrings(key).filter((foreign) => text.includes(foreign));
  expect(found, `other tenants’ details on ${key}’s screens`).toEqual([]);
}

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

  it('forgot: after a declined card the bank-transfer fallback names Stadtwerke’s own account and the amount in euros', async () => {
    const page = await start('forgot');
    await declineCard(page);
    const bank = page.locator('settle-checkout [part~="bank-transfer"]');
    await bank.waitFor({ state: 'visible', timeout: 30_000 });
    const text = (await bank.textContent()) ?? '';
    expect(text).toContain('Stadtwerke Beispielstadt GmbH');
    expect(text).toContain('DE89370400440532013000');
    expect(text).toMatch(/87,00\s€/);
    expectNoForeign(await widgetText(page), 'forgot');
  });

  it('pay-now-us: after a declined card no bank transfer is offered (no USD account) and no other tenant shows', async () => {
    const page = await start('pay-now-us');
    await declineCard(page);
    expect(await page.locator('settle-checkout [part~="bank-transfer"]').count()).toBe(0);
    expectNoForeign(await widgetText(page), 'pay-now-us');
  });
});
