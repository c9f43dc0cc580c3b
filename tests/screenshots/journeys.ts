/**
 * Every step of every sample debtor's journey through the demo, at a phone's 360×740 and
 * a laptop's 1280×800, in German and English, and the two customer portals, with an
 * index.html to page through them:
 *   npm run screenshots -- journeys [debtor-key]
 * Each language and size gets a fresh demo (its own database), so every walk starts from
 * the open claim and may pay, agree or dispute as that debtor would.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { sampleDebtors } from '../../demo/src/seed/sample-debtors.js';
import { launchChromium } from '../support/browser.js';
import { startDemoProcess } from '../support/demo-process.js';
import { waitForStep } from '../support/flow-journey.js';
import { agreeTo, answerQuiz, continueToFeedback, leaveSummary, pickDate, pickMonthly, toCheckout, toOptions } from '../support/flow-steps.js';
import { ensureWidgetBuilt } from '../support/widget-build.js';
import { todayIso } from '@settle/protocol';

const outDir = fileURLToPath(new URL('../../screenshots/journeys/', import.meta.url));
const SIZES = [
  { name: '360x740', width: 360, height: 740 },
  { name: '1280x800', width: 1280, height: 800 },
] as const;
const LANGUAGES = ['de', 'en'] as const;

interface Shot {
  debtor: string;
  language: string;
  size: string;
  step: string;
  file: string;
}

/** Each debtor's own way through the flow after the quiz, as its story goes. */
type Walk = (page: Page, shoot: (step: string) => Promise<void>) => Promise<void>;

async function paySandbox(page: Page, shoot: (step: string) => Promise<void>, autopay = false): Promise<void> {
  await page.locator('settle-checkout[state="ready"], settle-checkout[state="consent"]').waitFor({ state: 'visible', timeout: 30_000 });
  await shoot('checkout');
  if (autopay) {
    const consent = page.locator('settle-checkout [part~="consent"]');
    await consent.locator('input[type="checkbox"]').check();
    await consent.locator('button').click();
  }
  await page.locator('settle-checkout[state="ready"] settle-sandbox-wallet [part~="pay-button"]').click();
  await waitForStep(page, 'feedback', 'settle-feedback [part~="survey"]');
  await shoot('thank-you');
}

/** From the quiz's first question on, as each debtor's story goes. */
async function quizToOptions(page: Page, shoot: (step: string) => Promise<void>, answers: string[]): Promise<void> {
  await answerQuiz(page, answers);
  await shoot('quiz-result');
  await toOptions(page);
  await shoot('options');
}

const WALKS: Record<string, Walk> = {
  forgot: async (page, shoot) => {
    await quizToOptions(page, shoot, ['forgot', 'today', 'all_fine']);
    // Then the fast path from the first screen: the express wallet, then the wallet's own button.
    await page.goBack();
    await page.goBack();
    await waitForStep(page, 'summary', 'settle-flow [part~="express-button"]');
    await page.locator('settle-flow [part~="express-button"]').click();
    await waitForStep(page, 'checkout');
    await paySandbox(page, shoot);
  },
  payday: async (page, shoot) => {
    await quizToOptions(page, shoot, ['short_until_payday', 'after_payday', 'all_fine']);
    await agreeTo(page, 'deferral', async () => {
      await pickDate(page, 'date', 'max');
    });
    await shoot('confirmation');
    await continueToFeedback(page);
    await shoot('thank-you');
  },
  instalments: async (page, shoot) => {
    await quizToOptions(page, shoot, ['too_much_at_once', 'bit_by_bit', 'all_fine']);
    await agreeTo(page, 'instalments', async () => {
      await pickDate(page, 'firstDueDate', 'min');
      await pickMonthly(page, 15_000);
      await shoot('monthly-plans');
    });
    await shoot('confirmation');
    await toCheckout(page);
    await paySandbox(page, shoot, true);
  },
  hardship: async (page, shoot) => {
    await page.locator('settle-quiz input[value="difficult_time"]').click();
    await page.locator('settle-quiz [part~="human-route"] [part~="contact-button"]').waitFor({ state: 'visible', timeout: 30_000 });
    await shoot('quiz-person-first');
    await page.locator('settle-quiz [part~="human-route"] [part~="contact-button"]').click();
    await waitForStep(page, 'contact', 'settle-contact form');
    await shoot('contact');
  },
  dispute: async (page, shoot) => {
    await answerQuiz(page, ['not_right', 'all_fine']);
    await shoot('quiz-result');
    await page.locator('settle-flow [part~="dispute-next-button"]').click();
    await waitForStep(page, 'dispute', 'settle-dispute form');
    await shoot('dispute');
  },
  'pay-now-us': async (page, shoot) => {
    await quizToOptions(page, shoot, ['settle_now', 'all_fine']);
    await agreeTo(page, 'pay_in_full');
    await shoot('confirmation');
    await toCheckout(page);
    await paySandbox(page, shoot);
  },
};

async function walkDebtor(browser: Browser, link: string, debtor: string, language: string, size: (typeof SIZES)[number], shots: Shot[]): Promise<void> {
  const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, locale: language, reducedMotion: 'reduce' });
  const page = await context.newPage();
  let number = 0;
  const shoot = async (step: string) => {
    number += 1;
    const file = `${debtor}-${language}-${size.name}-${String(number).padStart(2, '0')}-${step}.png`;
    await page.evaluate(() => document.fonts.ready);
    // The first screen as the debtor sees it without scrolling; later steps as a whole page.
    await page.screenshot({ path: `${outDir}${file}`, fullPage: step !== 'first-screen', animations: 'disabled' });
    shots.push({ debtor, language, size: size.name, step, file });
  };
  try {
    const url = new URL(link);
    // The link's own region stays when it is in this language (a US claim's en-US).
    if (url.searchParams.get('lang')?.split('-')[0] !== language) url.searchParams.set('lang', language);
    await page.goto(url.href);
    await waitForStep(page, 'summary', 'settle-flow [part~="pay-now-button"]');
    await shoot('first-screen');
    await shoot('summary');
    await leaveSummary(page);
    await shoot('quiz');
    await WALKS[debtor]?.(page, shoot);
  } catch (error) {
    console.error(`${debtor} ${language} ${size.name}: stopped after ${number} pictures:`, error instanceof Error ? error.message : error);
  } finally {
    await context.close();
  }
}

/** The customer portals, each in its own language: the first screen and the whole page once the claim shows. */
const PORTALS = [
  { name: 'portal-funkwelle', path: '/portal' },
  { name: 'portal-lakeside', path: '/portal/lakeside' },
] as const;

async function shootPortal(browser: Browser, origin: string, portal: (typeof PORTALS)[number], size: (typeof SIZES)[number], shots: Shot[]): Promise<void> {
  const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  try {
    await page.goto(`${origin}${portal.path}`);
    await page.locator('settle-claim-summary [part~="total"]').waitFor({ state: 'visible', timeout: 30_000 });
    await page.locator('settle-plan-picker button').first().waitFor({ state: 'visible', timeout: 30_000 });
    await page.evaluate(() => document.fonts.ready);
    const language = await page.evaluate(() => document.documentElement.lang);
    for (const step of ['first-screen', 'page'] as const) {
      const file = `${portal.name}-${language}-${size.name}-${step}.png`;
      await page.screenshot({ path: `${outDir}${file}`, fullPage: step === 'page', animations: 'disabled' });
      shots.push({ debtor: portal.name, language, size: size.name, step, file });
    }
  } catch (error) {
    console.error(`${portal.name} ${size.name}:`, error instanceof Error ? error.message : error);
  } finally {
    await context.close();
  }
}

function indexPage(shots: Shot[]): string {
  const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
  const groups = new Map<string, Shot[]>();
  for (const shot of shots) {
    const key = `${shot.debtor} · ${shot.language} · ${shot.size}`;
    groups.set(key, [...(groups.get(key) ?? []), shot]);
  }
  const sections = [...groups].map(
    ([title, group]) =>
      `<section><h2>${escapeHtml(title)}</h2><ol>${group
        .map(
          (shot) =>
            `<li><figure><a href="${escapeHtml(shot.file)}"><img src="${escapeHtml(shot.file)}" alt="${escapeHtml(`${title}: ${shot.step}`)}" loading="lazy"></a><figcaption>${escapeHtml(shot.step)}</figcaption></figure></li>`,
        )
        .join('')}</ol></section>`,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Settle journeys, every step</title>
<style>body{font:16px system-ui;margin:1rem}ol{display:flex;gap:1rem;overflow-x:auto;list-style:none;padding:0}figure{margin:0}img{width:240px;border:1px solid #ccc}figcaption{font-size:.9rem}</style></head>
<body><h1>Every step of every sample debtor</h1><p>${shots.length} pictures. Click one to see it full size.</p>${sections.join('\n')}</body></html>`;
}

export async function renderJourneys(filter?: string): Promise<number> {
  ensureWidgetBuilt();
  await mkdir(outDir, { recursive: true });
  const debtors = sampleDebtors(todayIso()).filter((debtor) => !filter || debtor.key.includes(filter));
  const browser = await launchChromium();
  const shots: Shot[] = [];
  try {
    for (const language of LANGUAGES) {
      for (const size of SIZES) {
        const demo = await startDemoProcess();
        try {
          // Each portal speaks its own language: shot once per size, before the walks pay its claims.
          if (!filter && language === LANGUAGES[0]) for (const portal of PORTALS) await shootPortal(browser, demo.origin, portal, size, shots);
          for (const debtor of debtors) await walkDebtor(browser, demo.link(debtor.key), debtor.key, language, size, shots);
        } finally {
          await demo.stop();
        }
      }
    }
  } finally {
    await browser.close();
  }
  await writeFile(`${outDir}index.html`, indexPage(shots));
  return shots.length;
}
