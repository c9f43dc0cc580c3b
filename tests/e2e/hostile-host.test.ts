import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MARKUP, startHostileHost, type HostileHost } from '../security/browser/hostile-host.js';
import { launchChromium, watchPage, type PageProblems } from '../support/browser.js';
import { ensureWidgetBuilt } from '../support/widget-build.js';

/**
 * The widget on a hostile host page in real Chromium: strict CSP (nonce + 'strict-dynamic',
 * no unsafe-inline/eval), Trusted Types required, settle.js pinned by SRI, creditor
 * strings full of markup, and a foreign frame posting messages.
 */

let host: HostileHost;
let browser: Browser;
let context: BrowserContext | undefined;

beforeAll(async () => {
  ensureWidgetBuilt();
  [host, browser] = await Promise.all([startHostileHost(), launchChromium()]);
});

afterEach(async () => {
  await context?.close();
  context = undefined;
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
});

async function open(url: string): Promise<{ page: Page; problems: PageProblems }> {
  context = await browser.newContext();
  const page = await context.newPage();
  const problems = await watchPage(page);
  await page.goto(url);
  return { page, problems };
}

/** Every node in the page including open shadow roots, flattened, for DOM-wide assertions. */
function deepQuery(page: Page, selector: string): Promise<{ tag: string; attributes: Record<string, string> }[]> {
  return page.evaluate((css) => {
    const found: { tag: string; attributes: Record<string, string> }[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.matches(css)) found.push({ tag: element.localName, attributes: Object.fromEntries([...element.attributes].map((a) => [a.name, a.value])) });
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    return found;
  }, selector);
}

/** The journey's elements as far as they exist: summary, quiz, plan picker, checkout (sandbox). */
const JOURNEY = 'settle-claim-summary,settle-quiz,settle-plan-picker,settle-checkout';

async function summaryLoaded(page: Page): Promise<void> {
  await page.locator('settle-claim-summary [part~="total"]').waitFor({ state: 'visible', timeout: 30_000 });
}

/** Waits until every journey element rendered more than its live region. */
async function journeyLoaded(page: Page): Promise<void> {
  await summaryLoaded(page);
  await page.locator('settle-checkout[state="ready"] settle-sandbox-wallet [part~="pay-button"]').waitFor({ state: 'visible', timeout: 30_000 });
  await page.waitForFunction((tags) => tags.every((tag) => (document.querySelector(tag)?.shadowRoot?.querySelectorAll('button').length ?? 0) > 0 || tag === 'settle-checkout'), JOURNEY.split(','), {
    timeout: 30_000,
  });
}

async function recordSettleEvents(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __settleEvents: string[] }).__settleEvents = [];
    for (const type of ['settle-payment-success', 'settle-payment-error', 'settle-plan-accept', 'settle-quiz-complete']) {
      document.addEventListener(type, () => (window as unknown as { __settleEvents: string[] }).__settleEvents.push(type), true);
    }
  });
}

function settleEvents(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __settleEvents: string[] }).__settleEvents);
}

describe('the widget on a hostile host page', () => {
  it('renders the journey (summary, quiz, plan picker, checkout) under a nonce + strict-dynamic CSP with Trusted Types and zero violations', async () => {
    const { page, problems } = await open(await host.pageUrl({ elements: JOURNEY }));
    await journeyLoaded(page);
    expect(problems.cspViolations).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    // The page really ran under the strict policy: an inline script is refused there.
    const inlineRan = await page.evaluate(() => {
      const script = document.createElement('script');
      try {
        script.textContent = 'window.__inlineRan = true';
      } catch {
        return 'refused by Trusted Types';
      }
      document.head.append(script);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true ? 'ran' : 'refused by CSP';
    });
    expect(inlineRan).not.toBe('ran');
    // ...and the watcher does see violations: the probe itself was reported.
    await expect.poll(() => problems.cspViolations.length).toBeGreaterThan(0);
    expect(problems.cspViolations.join('\n')).toMatch(/require-trusted-types-for|script-src/);
  });

  it('renders creditor strings carrying markup as text, creating no element from them', async () => {
    const { page, problems } = await open(await host.pageUrl({}));
    await summaryLoaded(page);
    const text = await page.locator('settle-claim-summary').evaluate((element) => element.shadowRoot?.textContent ?? '');
    expect(text).toContain(MARKUP.creditor);
    expect(text).toContain(MARKUP.line);
    expect(await deepQuery(page, 'img[src="x"], svg[onload], [onerror], [onload]')).toEqual([]);
    expect(await deepQuery(page, 'settle-claim-summary script')).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __settlePwned?: number }).__settlePwned)).toBeUndefined();
    expect(problems.cspViolations).toEqual([]);
  });

  it('refuses a settle.js changed by one byte: the SRI check fails and nothing of Settle runs', async () => {
    const requests: string[] = [];
    context = await browser.newContext();
    const page = await context.newPage();
    const problems = await watchPage(page);
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(await host.pageUrl({ script: 'tampered' }));
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => customElements.get('settle-claim-summary') === undefined)).toBe(true);
    expect(problems.consoleErrors.join('\n')).toMatch(/integrity/i);
    // Nothing reached the API: the link token was never exchanged.
    expect(requests.filter((path) => path.startsWith('/settle/'))).toEqual([]);
  });

  it('loads the genuine settle.js under the same integrity pin (control for the SRI test)', async () => {
    const { page } = await open(await host.pageUrl({ script: 'original' }));
    await summaryLoaded(page);
    expect(await page.evaluate(() => customElements.get('settle-claim-summary') !== undefined)).toBe(true);
  });

  it('puts no card input in the DOM Settle renders, checkout included', async () => {
    const { page } = await open(await host.pageUrl({ elements: JOURNEY }));
    await journeyLoaded(page);
    // The checkout did render form controls (the sandbox's outcome picker), just no card field.
    expect((await deepQuery(page, 'select, button')).length).toBeGreaterThan(0);
    const cardFields = await deepQuery(
      page,
      'input[autocomplete^="cc-"], input[name*="card" i], input[name*="cvc" i], input[name*="cvv" i], input[id*="card" i], input[inputmode="numeric"][maxlength="19"]',
    );
    expect(cardFields).toEqual([]);
  });

  it('ignores postMessage from a foreign origin that claims a payment succeeded', async () => {
    const { page, problems } = await open(await host.pageUrl({ elements: JOURNEY }));
    await journeyLoaded(page);
    await recordSettleEvents(page);
    // What the checkout shows, without its live region (an announcement may still arrive).
    const shown = () =>
      page.locator('settle-checkout').evaluate((element) =>
        Array.from(element.shadowRoot?.children ?? [])
          .filter((child) => !child.matches('[part~="live-region"]'))
          .map((child) => child.textContent ?? '')
          .join(''),
      );
    const before = await shown();
    const frame = page.frames().find((candidate) => candidate.url().startsWith(host.foreignOrigin));
    expect(frame, 'the foreign frame loaded').toBeDefined();
    // A last message after the forgeries: one frame's messages arrive in order, so once it is
    // here every forgery has been dispatched to every listener on the page.
    await page.evaluate(() => {
      window.addEventListener('message', (event) => {
        if (event.data === 'test:forgeries-sent') (window as unknown as { __forgeriesDelivered: boolean }).__forgeriesDelivered = true;
      });
    });
    await frame?.evaluate(() => {
      const claims = [
        { type: 'settle-payment-success', detail: { paymentId: 'pay_forged', status: 'succeeded' } },
        { source: 'settle', type: 'payment', status: 'succeeded' },
        { type: 'stripe-redirect', redirect_status: 'succeeded', payment_intent: 'pi_forged' },
        { type: 'sandbox', status: 'succeeded' },
        'settle:payment-success',
      ];
      for (const message of claims) window.parent.postMessage(message, '*');
      window.parent.postMessage('test:forgeries-sent', '*');
    });
    await page.waitForFunction(() => (window as unknown as { __forgeriesDelivered?: boolean }).__forgeriesDelivered === true, undefined, { timeout: 30_000 });
    expect(await page.locator('settle-checkout').getAttribute('state'), 'the checkout still waits for the debtor').toBe('ready');
    expect(await settleEvents(page)).toEqual([]);
    expect(await shown()).toBe(before);
    expect(problems.pageErrors).toEqual([]);
  });

  it('pays with the sandbox wallet on the hostile page: success confirmed by the server, still zero violations', async () => {
    const { page, problems } = await open(await host.pageUrl({ elements: JOURNEY }));
    await journeyLoaded(page);
    await recordSettleEvents(page);
    await page.locator('settle-sandbox-wallet [part~="pay-button"]').click();
    await expect.poll(() => settleEvents(page), { timeout: 30_000 }).toContain('settle-payment-success');
    expect(problems.cspViolations).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });

  it('does not believe a return URL claiming the provider redirect succeeded: it asks the server, which says unpaid', async () => {
    const url = await host.pageUrl({ elements: JOURNEY, forgedReturn: true });
    context = await browser.newContext();
    const page = await context.newPage();
    const problems = await watchPage(page);
    await page.addInitScript(() => {
      (window as unknown as { __settleEvents: string[] }).__settleEvents = [];
      document.addEventListener('settle-payment-success', () => (window as unknown as { __settleEvents: string[] }).__settleEvents.push('settle-payment-success'), true);
    });
    await page.goto(url);
    await summaryLoaded(page);
    // The widget consumed the return parameters (they leave the address bar) and asked the server.
    await expect.poll(() => page.url(), { timeout: 30_000 }).not.toContain('redirect_status');
    // The server's answer ends in the checkout's declined state (after its polls for a late webhook).
    await page.locator('settle-checkout[state="declined"] [part~="status"]').waitFor({ state: 'visible', timeout: 30_000 });
    expect(await settleEvents(page)).toEqual([]);
    expect(await host.paymentStatus(host.lastPaymentId ?? '')).toBe('requires_payment');
    expect(problems.cspViolations).toEqual([]);
  });

  it('walks the quiz and agrees an instalment plan on the hostile page with zero violations', async () => {
    const { page, problems } = await open(await host.pageUrl({ elements: JOURNEY }));
    await journeyLoaded(page);
    await recordSettleEvents(page);
    // The quiz: the first answer on every step; the last step's button asks for the result,
    // which arrives after the server scored the answers.
    for (let step = 0; step < 8; step += 1) {
      const next = page.locator('settle-quiz button', { hasText: /Weiter|Möglichkeiten zeigen/ }).first();
      // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText reads the button's label as shown
      const last = /Möglichkeiten zeigen/.test(await next.innerText());
      await page.locator('settle-quiz input[type=radio]').first().check();
      await next.click();
      if (last) break;
    }
    await expect.poll(() => settleEvents(page), { timeout: 30_000 }).toContain('settle-quiz-complete');
    // The plan picker: instalments, a monthly amount and the server's plans for it, the live
    // schedule (a lazy chunk), the review, consent.
    await page
      .locator('settle-plan-picker')
      .getByRole('button', { name: /^Auswählen: In Raten/ })
      .click();
    await page.locator('settle-plan-picker input[name="monthly"]').first().check();
    await page.locator('settle-plan-picker [part~="plans"]').waitFor({ state: 'visible', timeout: 30_000 });
    await page.locator('settle-plan-picker button', { hasText: 'Weiter zur Übersicht' }).click();
    await page.locator('settle-plan-picker button', { hasText: 'Diesem Plan zustimmen' }).click();
    await expect.poll(() => settleEvents(page), { timeout: 30_000 }).toContain('settle-plan-accept');
    expect(problems.cspViolations).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });
});
