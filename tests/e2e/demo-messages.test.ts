import { decodeJwt } from 'jose';
import { todayIso } from '@settle/protocol';
import { MESSAGE_CHANNELS, MESSAGE_PHASES, MESSAGE_TONES } from '@settle/server-sdk';
import { describe, expect, it } from 'vitest';
import { collectorOf } from '../../demo/src/creditor/claim-settings.js';
import { sampleDebtors } from '../../demo/src/seed/sample-debtors.js';
import { axeViolations, scrollsSideways } from '../support/axe.js';
import { NO_PROBLEMS, watchPage } from '../support/browser.js';
import { useDemoInBrowser } from '../support/demo-in-browser.js';

const e2e = useDemoInBrowser();
const debtors = sampleDebtors(todayIso());

describe('the demo page with every message of every sample debtor', () => {
  it("is linked from the index, renders every debtor's every phase, tone and channel with its own link, and passes axe", async () => {
    const context = await e2e.newContext({ viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    const problems = await watchPage(page);
    await page.goto(e2e.demo.origin);
    await page.getByRole('link', { name: 'Every message of every sample debtor' }).click();
    await page.locator('article[data-message]').first().waitFor({ state: 'visible', timeout: 30_000 });

    const messages = await page.locator('section.debtor-messages').evaluateAll((sections) =>
      sections.map((section) => ({
        heading: section.querySelector('h2')?.textContent ?? '',
        messages: [...section.querySelectorAll('article[data-message]')].map((article) => ({
          name: article.getAttribute('data-message') ?? '',
          lang: article.querySelector('pre')?.getAttribute('lang') ?? '',
          text: article.querySelector('pre')?.textContent ?? '',
        })),
      })),
    );
    expect(messages).toHaveLength(debtors.length);
    const expected = MESSAGE_PHASES.flatMap((phase) => MESSAGE_TONES.flatMap((tone) => MESSAGE_CHANNELS.map((channel) => `${channel} ${phase} ${tone}`)));
    for (const [index, debtor] of debtors.entries()) {
      const section = messages[index]!;
      expect(section.heading).toContain(debtor.claim.debtor.name);
      expect(section.messages.map((message) => message.name)).toEqual(expected);
      for (const message of section.messages) {
        expect(message.lang, message.name).toBe(debtor.locale);
        const token = /\/pay\?lang=[\w-]+(?:&brand=[\w-]+(?:\/[\w-]+)?)?#t=([\w.-]+)/.exec(message.text)?.[1];
        expect(token, `${debtor.key} ${message.name} carries a link`).toBeDefined();
        const [channel, phase] = message.name.split(' ');
        expect(decodeJwt(token!), `${debtor.key} ${message.name}`).toMatchObject({ sub: debtor.claim.id, ch: channel, ph: phase });
      }
    }
    expect(await page.locator('.message-size').count()).toBe(debtors.length * MESSAGE_PHASES.length * MESSAGE_TONES.length);
    expect(await axeViolations(page)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);

    await page.locator('article[data-message="email final_notice formal"] a').first().click();
    await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 30_000 });
    expect(await page.locator('html').getAttribute('lang')).toBe(debtors[0]!.locale);
    // The email's button is in its own collector's colour, not another tenant's.
    const primary = collectorOf(debtors[0]!.claim)!.brand.primary;
    expect(await page.locator('main a[style*="background"]').getAttribute('style')).toContain(`background:${primary};`);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual(NO_PROBLEMS);
  });
});
