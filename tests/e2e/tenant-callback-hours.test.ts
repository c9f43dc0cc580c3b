import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { collectorOf } from '../../demo/src/creditor/claim-settings.js';
import { NO_PROBLEMS } from '../support/browser.js';
import { newJourneyPage, waitForStep, type JourneyPage } from '../support/flow-journey.js';
import { leaveSummary } from '../support/flow-steps.js';
import { useDemoInBrowser } from '../support/demo-in-browser.js';
import { SettleApiClient } from '../support/settle-api.js';
import { claimOf, tenantOf } from '../support/tenant-screens.js';

const e2e = useDemoInBrowser({ env: { DEMO_SECRET: randomBytes(32).toString('base64url') } });
const open: JourneyPage[] = [];

afterAll(async () => {
  await Promise.all(open.map((journey) => journey.context.close()));
});

/** Summary → quiz → "I am going through a difficult time" → the contact step. */
async function toContact(key: string): Promise<Page> {
  const journey = await newJourneyPage(e2e.browser);
  open.push(journey);
  const { page } = journey;
  await page.goto(e2e.demo.link(key));
  await leaveSummary(page);
  await page.locator('settle-quiz input[value="difficult_time"]').click();
  await page.locator('settle-quiz [part~="human-route"] [part~="contact-button"]').click();
  await waitForStep(page, 'contact', 'settle-contact select[name="window"]');
  return page;
}

const hoursOf = (key: string) => collectorOf(claimOf(key))?.callbackHours;

describe('the contact step offers each creditor’s own callback hours', () => {
  it.each([
    ['forgot', 'Stadtwerke Beispielstadt GmbH', 'Berlin', 'Chicago', /\b0?9\b.+\b(17|5)\b/],
    ['pay-now-us', 'Kind Recovery Inc.', 'Chicago', 'Berlin', /\b10\b.+\b(16|4)\b/],
  ])('%s: %s’s windows in %s time, and none of the other creditor’s', async (key, tenant, city, otherCity, firstFrom) => {
    expect(tenantOf(key)).toBe(tenant);
    const hours = hoursOf(key);
    expect(hours?.timeZone).toContain(city);
    const page = await toContact(key);
    const options = await page
      .locator('settle-contact select[name="window"] option')
      .evaluateAll((nodes) => nodes.map((node) => ({ value: node.getAttribute('value'), label: node.textContent?.trim() ?? '' })));
    // "Any time", then exactly the creditor's windows, each naming its time zone.
    expect(options.map((option) => option.value)).toEqual(['any', ...(hours?.windows.map((_window, index) => `${index}`) ?? [])]);
    for (const option of options.slice(1)) {
      expect(option.label).toContain(`(${city})`);
      expect(option.label).not.toContain(otherCity);
    }
    expect(options[1]?.label).toMatch(firstFrom);
    expect(open.at(-1)?.problems).toEqual(NO_PROBLEMS);
  });
});

describe('the server keeps callbacks within the creditor’s hours', () => {
  it('refuses an out-of-hours slot posted directly with a typed 422, and accepts one inside', async () => {
    const debtor = await SettleApiClient.open(e2e.demo.link('forgot'));
    const post = (preferredTime: object, key: string) =>
      fetch(`${new URL(e2e.demo.link('forgot')).origin}/settle/contact-requests`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${debtor.sessionToken}`, 'idempotency-key': key },
        body: JSON.stringify({ channel: 'callback', preferredTime }),
      });
    const outside = await post({ days: ['sun'], from: '09:00', to: '10:00', timeZone: 'Europe/Berlin' }, randomBytes(16).toString('hex'));
    expect(outside.status).toBe(422);
    expect(await outside.json()).toMatchObject({ error: { code: 'contact_unavailable' } });
    const inside = await post({ days: ['mon', 'tue'], from: '09:00', to: '17:00', timeZone: 'Europe/Berlin' }, randomBytes(16).toString('hex'));
    expect(inside.status).toBe(202);
  });
});
