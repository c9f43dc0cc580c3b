import { describe, expect, it } from 'vitest';
import { CPU_SLOWDOWN, SLOW_4G } from '../bench/browser.js';
import { useDemoInBrowser } from '../support/demo-in-browser.js';

const e2e = useDemoInBrowser();

interface Shift {
  value: number;
  atMs: number;
  sources: string[];
}

// Runs in the page before its own scripts: records every layout shift with the nodes it
// moved, which of the page's first states have been painted, and `settle-ready`. A string,
// so no bundler helper leaks into the page.
const RECORD_SHIFTS = `(() => {
  const record = { shifts: [], painted: {}, ready: false };
  window.__settleShifts = record;
  const rect = (r) => r ? Math.round(r.x) + ',' + Math.round(r.y) + ' ' + Math.round(r.width) + 'x' + Math.round(r.height) : '';
  const name = (node) => {
    if (!node) return '(removed node)';
    const element = node.nodeType === 1 ? node : node.parentElement;
    if (!element) return node.nodeName;
    const classes = element.classList.length ? '.' + [...element.classList].join('.') : '';
    const root = element.getRootNode();
    const host = root instanceof ShadowRoot ? root.host.localName + ' › ' : '';
    return host + element.localName + classes + (node.nodeType === 1 ? '' : ' (text)');
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      record.shifts.push({
        value: entry.value,
        atMs: Math.round(entry.startTime),
        sources: entry.sources.map((source) => name(source.node) + ' ' + rect(source.previousRect) + ' → ' + rect(source.currentRect)),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  document.addEventListener('settle-ready', () => { record.ready = true; }, true);
  // Two frames after an element has a box, it has been painted.
  const watch = (state, find) => {
    const look = () => {
      if (find()?.offsetHeight) requestAnimationFrame(() => requestAnimationFrame(() => { record.painted[state] = true; }));
      else requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  };
  watch('skeleton', () => document.querySelector('[data-pay-skeleton]'));
  watch('flowLoading', () => document.querySelector('settle-flow')?.shadowRoot?.querySelector('[part~="loading"]'));
})();`;

type Record = { shifts: Shift[]; painted: { skeleton?: true; flowLoading?: true }; ready: boolean };
const record = () => (window as unknown as { __settleShifts: Record }).__settleShifts;

describe('the /pay page’s first paint', () => {
  it('moves nothing on a slow phone between the painted skeleton and the shown claim', async () => {
    const context = await e2e.newContext({ viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_4G });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.addInitScript({ content: RECORD_SHIFTS });
    // The slowest order a phone can take, every time: the widget arrives after the page's
    // skeleton was painted, and the session answers after the widget drew its loading state.
    const hold = async (url: string, until: keyof Record['painted']) => {
      let release = () => {};
      const released = new Promise<void>((resolve) => (release = resolve));
      await page.route(url, async (route) => {
        await released;
        await route.continue();
      });
      return async () => {
        await page.waitForFunction((state) => (window as unknown as { __settleShifts: Record }).__settleShifts.painted[state], until, { timeout: 60_000 });
        release();
      };
    };
    const widgetAfterSkeleton = await hold('**/widget/settle.js', 'skeleton');
    const sessionAfterLoading = await hold('**/settle/session', 'flowLoading');

    await page.goto(e2e.demo.link('forgot'), { waitUntil: 'commit' });
    await widgetAfterSkeleton();
    await sessionAfterLoading();
    await page.waitForFunction(() => (window as unknown as { __settleShifts: Record }).__settleShifts.ready, undefined, { timeout: 60_000 });
    // Not a wait for a state: a shift shows up to a frame or two after the layout that made
    // it, and the bench counts those for 500 ms after settle-ready too (tests/bench/browser.ts).
    await page.waitForTimeout(500);

    const { shifts } = await page.evaluate(record);
    const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
    const moved = shifts.map((shift) => `${shift.value.toFixed(4)} at ${shift.atMs} ms: ${shift.sources.join('; ')}`).join('\n');
    expect(total, `layout shifts:\n${moved}`).toBe(0);
  });
});
