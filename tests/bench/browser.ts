import type { CDPSession } from 'playwright-core';
import { launchChromium } from '../support/browser.js';
import { startDemoProcess } from '../support/demo-process.js';
import { hostSpeed } from './host-speed.js';

/** "Slow 4G" as Lighthouse's mobile profile: 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up. */
export const SLOW_4G = { latency: 150, downloadThroughput: (1.6 * 1e6) / 8, uploadThroughput: (750 * 1e3) / 8 };
export const CPU_SLOWDOWN = 4;

export interface PageRun {
  /** Navigation start → the claim's total is on screen. */
  claimPaintedMs: number;
  /** Navigation start → `settle-ready` (claim shown, actions live). */
  readyMs: number;
  cls: number;
  /** Main-thread script execution (CDP ScriptDuration). */
  scriptMs: number;
  /** Provider (Stripe/PayPal) URLs requested before checkout: must be none. */
  providerRequests: string[];
}

export interface Spread {
  median: number;
  min: number;
  max: number;
}

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return { median, min: sorted[0] ?? 0, max: sorted[sorted.length - 1] ?? 0 };
}

/** What the instrument logs once the claim painted and the widget is ready. */
const MEASURED = 'settle-bench: measured';

// Runs in the page before any of its scripts: records when the claim's total paints (on a
// page with the summary or the flow), settle-ready, and layout shifts, then logs MEASURED.
// The bench only listens until then: waiting in the page (waitForFunction) would evaluate
// Playwright's injected script, about 70 ms of throttled main thread, while the page loads.
// A string, so no bundler helper leaks into the page.
const INSTRUMENT = `(() => {
  const marks = { painted: 0, ready: 0, cls: 0 };
  window.__settleBench = marks;
  const measured = () => { if (marks.painted && marks.ready) console.debug('${MEASURED}'); };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) marks.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  document.addEventListener('settle-ready', () => { marks.ready ||= performance.now(); measured(); }, true);
  const summary = () => document.querySelector('settle-claim-summary') ?? document.querySelector('settle-flow')?.shadowRoot?.querySelector('settle-claim-summary');
  const poll = () => {
    const total = summary()?.shadowRoot?.querySelector('[part~="total"]');
    if (total && total.textContent.trim()) { marks.painted = performance.now(); measured(); return; }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();`;

async function throttle(cdp: CDPSession): Promise<void> {
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_4G });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await cdp.send('Performance.enable');
}

/**
 * Opens a demo payment link `runs` times in fresh browser contexts (cold cache) with
 * 4× CPU slowdown and slow 4G, and measures the claim summary's first paint, readiness,
 * CLS and script time. The demo serves over loopback, so only the throttles add delay.
 */
export async function benchClaimPaint(runs = 10, linkKey?: string): Promise<{ pages: PageRun[]; hostRoundsPerSecond: number }> {
  // The demo pays with the sandbox provider, which NODE_ENV=production refuses: development, however the bench was started.
  const demo = await startDemoProcess({ NODE_ENV: 'development' });
  const browser = await launchChromium();
  const results: PageRun[] = [];
  let hostRoundsPerSecond = 0;
  try {
    hostRoundsPerSecond = await hostSpeed(browser);
    const url = linkKey ? demo.link(linkKey) : (demo.links[0]?.url ?? '');
    for (let run = 0; run < runs; run += 1) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const providerRequests: string[] = [];
      page.on('request', (request) => {
        if (/stripe\.com|paypal\.com|paypalobjects\.com/.test(request.url())) providerRequests.push(request.url());
      });
      const cdp = await context.newCDPSession(page);
      await throttle(cdp);
      await page.addInitScript({ content: INSTRUMENT });
      const measured = page.waitForEvent('console', { predicate: (message) => message.text() === MEASURED, timeout: 60_000 });
      await page.goto(url, { waitUntil: 'commit' });
      await measured;
      await page.waitForTimeout(500); // late layout shifts still count
      type Marks = { painted: number; ready: number; cls: number };
      const read = () => (window as unknown as { __settleBench: Marks }).__settleBench;
      const marks = await page.evaluate(read);
      const metrics = (await cdp.send('Performance.getMetrics')).metrics;
      const scriptSeconds = metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? 0;
      results.push({ claimPaintedMs: marks.painted, readyMs: marks.ready, cls: marks.cls, scriptMs: scriptSeconds * 1000, providerRequests });
      await context.close();
    }
  } finally {
    await browser.close();
    await demo.stop();
  }
  return { pages: results, hostRoundsPerSecond };
}
