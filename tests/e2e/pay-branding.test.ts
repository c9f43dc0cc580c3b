import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { todayIso } from '@settle/protocol';
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BRANDS, CLIENT_BRANDS } from '../../demo/src/creditor/brands.js';
import { sampleDebtors } from '../../demo/src/seed/sample-debtors.js';
import { axeViolations } from '../support/axe.js';
import { NO_PROBLEMS, watchPage } from '../support/browser.js';
import { expiredLinkToken } from '../support/expired-link.js';
import { useDemoInBrowser } from '../support/demo-in-browser.js';
import { SCREENSHOTS } from '../support/flow-journey.js';

const SECRET = randomBytes(32).toString('base64url');
const e2e = useDemoInBrowser({ env: { DEMO_SECRET: SECRET } });

/** `#0b6e4f` as getComputedStyle answers it. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

async function openPage(viewport = { width: 1100, height: 900 }) {
  const context = await e2e.newContext({ viewport });
  const page = await context.newPage();
  return { page, problems: await watchPage(page) };
}

const header = (page: Page) => page.locator('header[data-pay-brand]');
/** The first screen's primary action: "pay now" on these claims ("other options" is the secondary one). */
const primaryButton = (page: Page) => page.locator('settle-flow [part~="pay-now-button"]');
const contact = (page: Page) => page.locator('[data-pay-contact]');

describe('the /pay page under the claim’s own brand', () => {
  it.each([
    ['forgot', 'stadtwerke'],
    ['payday', 'fair-inkasso'],
    ['pay-now-us', 'kind-recovery'],
  ])('%s: the header names %s, the primary button has its colour, and axe passes', async (key, slug) => {
    const brand = BRANDS[slug]!;
    const { page, problems } = await openPage();
    await page.goto(e2e.demo.link(key));
    await primaryButton(page).waitFor({ state: 'visible', timeout: 30_000 });
    // The session's presentation confirmed the brand the link's hint painted.
    await page.locator('header[data-pay-brand][data-confirmed]').waitFor({ state: 'attached', timeout: 30_000 });
    expect(await header(page).locator('.brand-name').textContent()).toBe(brand.name);
    expect(await header(page).locator('.brand-logo').getAttribute('src')).toBe(brand.logoUrl);
    expect(await primaryButton(page).evaluate((button) => getComputedStyle(button).backgroundColor)).toBe(rgb(brand.primary));
    expect(await page.locator('[data-pay-skeleton]').isHidden()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual(NO_PROBLEMS);
  });

  it('replaces a hint that names another brand with the session’s brand', async () => {
    const { page } = await openPage();
    await page.goto(e2e.demo.link('forgot').replace('brand=stadtwerke', 'brand=kind-recovery'));
    await page.locator('header[data-pay-brand][data-confirmed]').waitFor({ state: 'attached', timeout: 30_000 });
    expect(await header(page).locator('.brand-name').textContent()).toBe(BRANDS.stadtwerke!.name);
    expect(await header(page).locator('.brand-logo').getAttribute('src')).toBe(BRANDS.stadtwerke!.logoUrl);
    expect(await primaryButton(page).evaluate((button) => getComputedStyle(button).backgroundColor)).toBe(rgb(BRANDS.stadtwerke!.primary));
  });

  it.each([
    ['payday', 'brand=fair-inkasso/funkwelle', 'brand=fair-inkasso', 'funkwelle'],
    ['payday', 'brand=fair-inkasso/funkwelle', 'brand=fair-inkasso/wohnbau', 'funkwelle'],
    ['forgot', 'brand=stadtwerke', 'brand=stadtwerke/funkwelle', null],
  ] as const)('%s: a hint changed to %s → %s gets the client creditor from the session’s presentation', async (key, from, to, client) => {
    const { page, problems } = await openPage();
    await page.goto(e2e.demo.link(key).replace(from, to));
    await page.locator('header[data-pay-brand][data-confirmed]').waitFor({ state: 'attached', timeout: 30_000 });
    const line = header(page).locator('[data-pay-client]');
    if (client === null) {
      expect(await line.isHidden()).toBe(true);
      expect(await line.locator('.client-logo').count()).toBe(0);
    } else {
      const brand = CLIENT_BRANDS[client]!;
      await line.waitFor({ state: 'visible' });
      expect(await line.locator('.client-name').textContent()).toBe(brand.name);
      expect(await line.locator('.client-logo').getAttribute('src')).toBe(brand.logoUrl);
      expect((await line.textContent())?.replace(/\s+/g, ' ').trim()).toBe(`im Auftrag von ${brand.name}`);
    }
    expect(problems).toEqual(NO_PROBLEMS);
  });

  it('shows the logo, the name and a branded skeleton in the first paint at 360×740, before any script runs', async () => {
    const { page } = await openPage({ width: 360, height: 740 });
    // Hold every script: what shows now is what the page paints from its HTML and CSS alone.
    const held: Route[] = [];
    await page.route(/\/(widget|scripts)\//, (route) => {
      held.push(route);
    });
    await page.goto(e2e.demo.link('forgot'), { waitUntil: 'commit' });
    await page.locator('.brand-name').waitFor({ state: 'visible', timeout: 30_000 });
    await page.waitForFunction(() => {
      const logo = document.querySelector<HTMLImageElement>('.brand-logo');
      return logo?.complete && logo.naturalWidth > 0;
    });
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'pay-first-paint-de-360.png') });
    const inView = async (selector: string) => {
      const box = await page.locator(selector).first().boundingBox();
      expect(box, selector).not.toBeNull();
      expect(box!.width, selector).toBeGreaterThan(0);
      expect(box!.height, selector).toBeGreaterThan(0);
      expect(box!.x + box!.width, selector).toBeLessThanOrEqual(360);
      expect(box!.y + box!.height, selector).toBeLessThanOrEqual(740);
    };
    await inView('.brand-logo');
    await inView('.brand-name');
    await inView('.bone-button');
    expect(await page.locator('.bone-button').evaluate((bone) => getComputedStyle(bone).backgroundColor)).toBe(rgb(BRANDS.stadtwerke!.primary));
    await Promise.all(held.map((route) => route.continue()));
  });

  it('on a slow network (1.6 Mbit/s, 150 ms) shows the branded skeleton until the claim, never a blank page', async () => {
    const { page } = await openPage({ width: 360, height: 740 });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 });
    // Every frame from the first paint on: the claim's total, or else the skeleton, is on screen.
    await page.addInitScript(() => {
      const frames: string[] = [];
      (window as unknown as { payFrames: string[] }).payFrames = frames;
      const visible = (element: Element | null | undefined) => Boolean(element && (element as HTMLElement).offsetHeight > 0);
      const watch = () => {
        if (document.body) {
          const total = document.querySelector('settle-flow')?.shadowRoot?.querySelector('settle-claim-summary')?.shadowRoot?.querySelector('[part~="total"]');
          frames.push(visible(total) ? 'claim' : visible(document.querySelector('[data-pay-skeleton]')) ? 'skeleton' : 'blank');
        }
        if (frames.at(-1) !== 'claim') requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
    });
    await page.goto(e2e.demo.link('forgot'), { waitUntil: 'commit' });
    await page.locator('settle-claim-summary [part~="total"]').waitFor({ state: 'visible', timeout: 60_000 });
    const frames = await page.evaluate(() => (window as unknown as { payFrames: string[] }).payFrames);
    expect(frames[0]).toBe('skeleton');
    expect(frames.at(-1)).toBe('claim');
    expect(frames.filter((frame) => frame === 'blank')).toEqual([]);
    expect(await header(page).locator('.brand-name').isVisible()).toBe(true);
  });
});

describe('the /pay page when the link cannot be read', () => {
  const expiredLink = async () => {
    const claimId = sampleDebtors(todayIso()).find((debtor) => debtor.key === 'forgot')!.claim.id;
    return `${e2e.demo.origin}/pay?lang=de&brand=stadtwerke#t=${await expiredLinkToken(e2e.demo.origin, SECRET, claimId)}`;
  };

  it.each([
    ['expired', expiredLink],
    ['tampered', async () => e2e.demo.link('forgot').replace(/#t=(.)/, (_match, first: string) => `#t=${first === 'a' ? 'b' : 'a'}`)],
    ['missing', async () => `${e2e.demo.origin}/pay?lang=de&brand=stadtwerke`],
  ])('a link that is %s shows how to reach the hinted creditor under its brand, and axe passes', async (_kind, link) => {
    const { page } = await openPage();
    await page.goto(await link());
    await contact(page).waitFor({ state: 'visible', timeout: 30_000 });
    const text = (await contact(page).textContent()) ?? '';
    expect(text).toContain('So erreichen Sie Stadtwerke Beispielstadt');
    expect(text).toContain(BRANDS.stadtwerke!.contact.phone);
    expect(text).toContain(BRANDS.stadtwerke!.contact.email);
    expect(text).not.toContain('Fair Inkasso');
    expect(await page.locator('[data-pay-skeleton]').isHidden()).toBe(true);
    expect(await header(page).locator('.brand-name').textContent()).toBe(BRANDS.stadtwerke!.name);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('a link without a brand hint names the page’s host as the fallback contact', async () => {
    const { page } = await openPage();
    await page.goto(`${e2e.demo.origin}/pay?lang=en`);
    await contact(page).waitFor({ state: 'visible', timeout: 30_000 });
    const text = (await contact(page).textContent()) ?? '';
    expect(text).toContain('The demo’s payment service');
    expect(text).toContain('hilfe@zahlungsservice.example');
    for (const brand of [...Object.values(BRANDS), ...Object.values(CLIENT_BRANDS)]) expect(text).not.toContain(brand.name);
  });
});
