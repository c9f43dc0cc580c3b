import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BRANDS } from '../../demo/src/creditor/brands.js';
import { claimSettingsOf } from '../../demo/src/creditor/claim-settings.js';
import { newJourneyPage } from '../support/flow-journey.js';
import { useDemoInBrowser } from '../support/demo-in-browser.js';
import { claimOf, expectOnlyOwn } from '../support/tenant-screens.js';

/** This demo asks for the date of birth before it shows a claim (DEMO_IDENTITY_CHECK). */
const e2e = useDemoInBrowser({ env: { DEMO_SECRET: randomBytes(32).toString('base64url'), DEMO_IDENTITY_CHECK: 'dateOfBirth' } });

describe('the identity lockout names only the claim’s own tenant', () => {
  it.each([
    ['forgot', 'stadtwerke'],
    ['payday', 'fair-inkasso'],
    ['pay-now-us', 'kind-recovery'],
  ])('%s: after too many wrong answers the lock offers its own phone and email, under the %s brand', async (key, slug) => {
    const journey = await newJourneyPage(e2e.browser);
    const { page } = journey;
    await page.goto(e2e.demo.link(key));
    const form = page.locator('settle-identity form');
    const route = page.locator('settle-identity [part~="human-route"]');
    for (let attempt = 1; attempt <= 10 && !(await route.isVisible()); attempt += 1) {
      await form.or(route).first().waitFor({ state: 'visible', timeout: 30_000 });
      if (await route.isVisible()) break;
      await page.locator('settle-identity input[name="dateOfBirth"]').fill('1900-01-01');
      await page.locator('settle-identity [part~="submit-button"]').click();
      // Each answer ends in a refusal at the field, or in the lock.
      await page.locator('settle-identity [part~="problem"]').or(route).first().waitFor({ state: 'visible', timeout: 30_000 });
      await page.locator('settle-identity [part~="submit-button"]:not([disabled])').or(route).first().waitFor({ state: 'visible', timeout: 30_000 });
    }
    await route.waitFor({ state: 'visible', timeout: 30_000 });
    const support = claimSettingsOf(claimOf(key)).support;
    const text = (await route.textContent()) ?? '';
    expect(text).toContain(support?.phone);
    expect(text).toContain(support?.email);
    // The brand came with the session, before any answer: the page's header is confirmed.
    await page.locator('header[data-pay-brand][data-confirmed]').waitFor({ state: 'attached', timeout: 30_000 });
    expect(await page.locator('header .brand-name').textContent()).toBe(BRANDS[slug]!.name);
    await expectOnlyOwn(page, key, 'identity lockout');
    await journey.context.close();
  });
});
