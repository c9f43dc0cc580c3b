import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CLIENT_BRANDS } from '../../demo/src/creditor/brands.js';
import { watchPage } from '../support/browser.js';
import { useDemoInBrowser } from '../support/demo-in-browser.js';
import { expectOnlyPortalBrand, rgb } from '../support/tenant-screens.js';

const e2e = useDemoInBrowser();

// Each portal is its creditor's own: its brand's colour and its font, as its stylesheet sets them on --settle-* properties.
const PORTALS = [
  { path: '/portal', lang: 'de', brand: CLIENT_BRANDS.funkwelle!, customer: 'payday', accent: rgb(CLIENT_BRANDS.funkwelle!.primary), font: 'Trebuchet MS', total: '273,95' },
  {
    path: '/portal/lakeside',
    lang: 'en-US',
    brand: CLIENT_BRANDS['lakeside-dental']!,
    customer: 'pay-now-us',
    accent: rgb(CLIENT_BRANDS['lakeside-dental']!.primary),
    font: 'Georgia',
    total: '$425.00',
  },
] as const;

/** Tabs until a button inside an element has focus, and answers the colour of its focus ring. */
async function focusRingInElements(page: Page): Promise<string> {
  for (let press = 0; press < 40; press += 1) {
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      const inElement = active?.getRootNode() instanceof ShadowRoot && active.localName === 'button';
      return inElement && active ? getComputedStyle(active).outlineColor : null;
    });
    if (ring) return ring;
  }
  throw new Error('no button inside the elements took the focus');
}

describe('customer portals embedding single elements', () => {
  it.each(PORTALS)("$path shows the signed-in customer's claim and offers in its own brand, under the strict CSP", async (portal) => {
    const context = await e2e.newContext();
    const page = await context.newPage();
    const problems = await watchPage(page);
    await page.goto(`${e2e.demo.origin}${portal.path}`);
    const total = page.locator('settle-claim-summary [part~="total"]');
    await total.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await total.textContent()).toContain(portal.total);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(portal.lang);
    expect(await total.evaluate((node) => getComputedStyle(node).color)).toBe(portal.accent);
    expect(await total.evaluate((node) => getComputedStyle(node).fontFamily)).toContain(portal.font);
    await expect.poll(() => page.locator('settle-plan-picker button').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await expect.poll(() => page.locator('#portal-events li').count()).toBeGreaterThanOrEqual(2);
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [], failedRequests: [] });
  });

  it.each(PORTALS)("$path shows its own creditor's logo, colours and focus ring around the claim, and no other tenant's brand", async (portal) => {
    const context = await e2e.newContext();
    const page = await context.newPage();
    await page.goto(`${e2e.demo.origin}${portal.path}`);
    await page.locator('settle-claim-summary [part~="total"]').waitFor({ state: 'visible', timeout: 30_000 });
    await expect.poll(() => page.locator('settle-plan-picker button').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const logo = page.locator('header .logo-mark');
    expect(await logo.getAttribute('src')).toBe(portal.brand.logoUrl);
    expect(await logo.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
    expect(await page.locator('header .logo').textContent()).toContain(portal.brand.name.split(' ')[0]);
    // The claim's collector sets its own colours in the session's presentation: the portal's win, the focus ring too.
    expect(await focusRingInElements(page)).toBe(portal.accent);
    await expectOnlyPortalBrand(page, portal.customer, portal.brand);
  });

  it("keeps the portal's own CSS out of the elements: a portal heading style does not reach the summary's heading", async () => {
    const context = await e2e.newContext();
    const page = await context.newPage();
    await page.goto(`${e2e.demo.origin}/portal`);
    const inner = page.locator('settle-claim-summary h2').first();
    await inner.waitFor({ state: 'visible', timeout: 30_000 });
    const portalHeading = await page.locator('#claim-heading').evaluate((node) => getComputedStyle(node).color);
    expect(portalHeading).toBe('rgb(63, 28, 94)');
    expect(await inner.evaluate((node) => getComputedStyle(node).color)).not.toBe(portalHeading);
  });

  it("speaks in the second brand's formal tone, downloading the later texts of that tone only", async () => {
    const context = await e2e.newContext();
    const page = await context.newPage();
    const texts: string[] = [];
    page.on('request', (request) => {
      if (/settle-locale-rest/.test(request.url())) texts.push(new URL(request.url()).pathname.replace(/-[\w-]{8}\.js$/, ''));
    });
    await page.goto(`${e2e.demo.origin}/portal/lakeside`);
    await page.locator('settle-plan-picker').getByRole('heading', { name: 'Available payment options' }).waitFor({ timeout: 30_000 });
    expect(texts).toEqual(['/widget/chunks/_settle-locale-rest_en_formal']);
  });

  it('opens its own checkout when the plan picker asks for payment, and thanks the customer once the payment arrives', async () => {
    const context = await e2e.newContext();
    const page = await context.newPage();
    const problems = await watchPage(page);
    await page.goto(`${e2e.demo.origin}/portal/lakeside`);
    await page.getByRole('button', { name: 'Choose: Pay in full', exact: true }).click();
    await page.getByRole('button', { name: 'Agree and continue to payment' }).click();
    await page.getByRole('button', { name: 'Pay $425.00 now' }).click();
    const checkout = page.locator('[data-settle-element="settle-plan-picker"] > settle-checkout');
    await checkout.getByRole('button', { name: 'Pay $425.00' }).click();
    await expect.poll(() => page.locator('#portal-status').textContent(), { timeout: 30_000 }).toBe('Thank you! Your payment has arrived.');
    const events = await page.locator('#portal-events li').allTextContents();
    expect(events.some((text) => text.includes('Wants to pay: the portal opens the checkout'))).toBe(true);
    expect(events.filter((text) => text.includes('Payment succeeded'))).toHaveLength(1);
    const dashboard = (await (await fetch(`${e2e.demo.origin}/demo-api/dashboard`)).json()) as { payments: Array<{ claimId: string; outcome: string }> };
    expect(dashboard.payments.filter((payment) => payment.claimId === 'clm_us_2002' && payment.outcome === 'succeeded')).toHaveLength(1);
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [], failedRequests: [] });
  });

  it("shows the dispute form in the portal's help area when the summary asks for it", async () => {
    const context = await e2e.newContext();
    const page = await context.newPage();
    await page.goto(`${e2e.demo.origin}/portal`);
    await page.locator('settle-claim-summary [part~="total"]').waitFor({ state: 'visible', timeout: 30_000 });
    await page.locator('settle-claim-summary').getByRole('button', { name: 'Der Forderung widersprechen' }).click();
    await page.locator('aside settle-dispute').waitFor({ timeout: 30_000 });
    expect(await page.locator('aside settle-contact').count()).toBe(0);
  });
});
