import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGE_LOCALES, MESSAGE_PHASES, MESSAGE_TONES, renderMessage } from '@settle/server-sdk';
import { LONGEST_LINK, sampleClaims, sampleInstalment } from '../../packages/server-sdk/test/messages/sample-messages.js';
import { axeViolations, scrollsSideways } from '../support/axe.js';
import { launchChromium } from '../support/browser.js';

// DE agency-collected, DE direct creditor (long name), US agency-collected.
const CLAIMS = sampleClaims().slice(0, 3);
// Each in a demo collector's brand colour (Fair Inkasso, Stadtwerke, Kind Recovery), so axe checks their contrast.
const BRANDS = ['#0b6e4f', '#a4410e', '#0f5e73'].map((primary) => ({ colors: { primary, onPrimary: '#ffffff' } }));

const EMAILS = CLAIMS.flatMap(({ name, claim }, claimIndex) =>
  MESSAGE_PHASES.flatMap((phase, phaseIndex) =>
    MESSAGE_LOCALES.flatMap((locale, localeIndex) =>
      MESSAGE_TONES.map((tone, toneIndex) => ({
        label: `${name} ${phase} ${tone} ${locale}`,
        locale,
        // Tones share one layout and differ only in words, so axe (seconds per page on a busy
        // machine) runs on one tone per claim, phase and locale, rotating so each tone gets its share.
        axe: (claimIndex + phaseIndex + localeIndex) % MESSAGE_TONES.length === toneIndex,
        email: renderMessage({ channel: 'email', claim, link: LONGEST_LINK, phase, tone, locale, instalment: sampleInstalment(claim), brand: BRANDS[claimIndex]! }),
      })),
    ),
  ),
);

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  // The narrowest phone width WCAG reflow asks for: nothing may scroll sideways there.
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
});

describe(`message emails in Chromium: every phase, tone and locale of three sample claims`, () => {
  it(`gives all ${EMAILS.length} emails their lang and the debtor's link first, and none scrolls sideways at 320 px`, async () => {
    const problems: string[] = [];
    for (const { label, locale, email } of EMAILS) {
      await page.setContent(email.html);
      await page.getByRole('heading', { level: 1 }).waitFor();
      const lang = await page.evaluate(() => document.documentElement.lang);
      if (lang !== locale) problems.push(`${label}: lang="${lang}"`);
      if ((await page.getByRole('link').first().getAttribute('href')) !== LONGEST_LINK) problems.push(`${label}: the first link is not the debtor's`);
      if (await scrollsSideways(page)) problems.push(`${label}: scrolls sideways`);
    }
    expect(problems).toEqual([]);
  });

  it.each(EMAILS.filter((email) => email.axe))('$label has no axe violation (WCAG 2.2 AA: contrast, names, headings, alt text)', async ({ email }) => {
    await page.setContent(email.html);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
