import type { Browser } from 'playwright-core';

// Page-like work (strings, arrays, objects, JSON), the same on every run of the bench.
// A string, so it runs in the page exactly as written.
const WORKLOAD = `(() => {
  const rows = [];
  for (let i = 0; i < 2000; i += 1) rows.push({ id: 'row' + i, amount: (i * 7919) % 100000, label: ('Position ' + i).padEnd(24, '.') });
  rows.sort((a, b) => a.amount - b.amount || a.id.localeCompare(b.id));
  return JSON.parse(JSON.stringify(rows)).filter((row) => row.label.includes('9')).length;
})`;

/**
 * How fast this host runs page script: workload rounds per second in an unthrottled
 * Chromium tab (median of three one-second samples). The bench throttles the CPU by a
 * factor of the host's own speed, so paint times of two runs compare only with this number.
 */
export async function hostSpeed(browser: Browser): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const samples = await page.evaluate(`(() => {
      const round = ${WORKLOAD};
      const samples = [];
      for (let sample = 0; sample < 4; sample += 1) {
        let rounds = 0;
        const start = performance.now();
        while (performance.now() - start < 1000) { round(); rounds += 1; }
        samples.push(rounds / ((performance.now() - start) / 1000));
      }
      return samples.slice(1); // the first warms the JIT
    })()`);
    const sorted = (samples as number[]).sort((a, b) => a - b);
    return Math.round(sorted[1] ?? 0);
  } finally {
    await context.close();
  }
}
