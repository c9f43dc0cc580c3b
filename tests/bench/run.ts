// `npm run bench`: bytes, time in a real browser, server throughput, tokens, scale and a
// webhook burst in one run. Prints a table and writes BENCHMARKS.md with the date, machine and versions.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { spread, benchClaimPaint, CPU_SLOWDOWN, SLOW_4G } from './browser.js';
import { FULL_BURST, formatBurstReport, runBurst } from './burst.js';
import { EMAILED_LINK_PAGE, journeySteps, sumSizes, TONES, WidgetBundle, type FileSize } from './bundle-graph.js';
import { measureCompetitors } from './competitors.js';
import { benchScale } from './scale.js';
import { insightsReport } from './insights.js';
import { benchClaimRead } from './server.js';
import { benchPaying, formatPayingRuns } from './paying.js';
import { benchTokens } from './tokens.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const quick = process.argv.includes('--quick');
const lines: string[] = [];
const out = (line = '') => {
  lines.push(line);
  console.log(line);
};
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
/** The version the widget actually bundles: its own workspace copy first, then the hoisted one. */
const version = (name: string) => {
  for (const dir of [`${root}/packages/widget/node_modules`, `${root}/packages/protocol/node_modules`, `${root}/node_modules`]) {
    try {
      return (JSON.parse(readFileSync(`${dir}/${name}/package.json`, 'utf8')) as { version: string }).version;
    } catch {
      // not installed there
    }
  }
  return '?';
};

console.error('building the widget …');
// The whole widget build: the link page preloads the chunks settle-manifest.json names.
execFileSync('npm', ['run', '--silent', 'build:widget'], { cwd: root, stdio: 'inherit' });

out('# Benchmarks');
out();
out(
  `Run on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ` +
    `Chromium ${
      execFileSync(process.env.CHROME_PATH ?? 'chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
        .trim()
        .replace(/^Chromium /, '')
        .split(' ')[0]
    }, ` +
    `lit ${version('lit')}, zod ${version('zod')}, vite ${version('vite')}, ` +
    `@adyen/adyen-web ${version('@adyen/adyen-web')}, braintree-web-drop-in ${version('braintree-web-drop-in')}.`,
);
out(quick ? 'Quick run (`npm run bench -- --quick`): fewer runs, shorter loads.' : 'Full run.');

// 1. Bytes
const bundle = new WidgetBundle(`${root}/packages/widget/dist`);
const firstScreen = bundle.criticalPath('en', EMAILED_LINK_PAGE);
const critical = sumSizes(firstScreen, 'critical path: emailed-link page (en)');
const criticalDe = sumSizes(bundle.criticalPath('de', EMAILED_LINK_PAGE), 'critical path: emailed-link page (de)');
const summaryOnly = sumSizes(bundle.criticalPath('en'), 'critical path: claim summary alone (en)');
const whole = sumSizes(bundle.whole('en'), 'whole widget (en, default tone)');
// The largest whole widget any page can load: the budget holds for every locale and tone.
const largestWhole = ['en', 'de']
  .flatMap((locale) => TONES.map((tone) => sumSizes(bundle.whole(locale, tone), `whole widget, largest locale and tone (${locale}, ${tone})`)))
  .reduce((largest, next) => (next.gzip > largest.gzip ? next : largest));
const competitors = await measureCompetitors();
out();
out('## 1. Bytes (min + gzip -9 / brotli -11, KB)');
out();
out(row(['bundle', 'raw', 'gzip', 'brotli', 'critical path (en) ÷ this, gzip']));
out(row(['---', '---:', '---:', '---:', '---:']));
const sizeRow = (size: FileSize, ratio = '') => out(row([size.file, kb(size.raw), kb(size.gzip), kb(size.brotli), ratio]));
sizeRow(critical);
sizeRow(criticalDe);
sizeRow(summaryOnly);
for (const step of bundle.stepsInOrder(firstScreen, journeySteps('en'))) sizeRow(sumSizes(step.sizes, `then ${step.name}`));
for (const step of bundle.standaloneSteps(firstScreen)) {
  // An element already on the critical path (the flow) adds nothing when embedded alone.
  if (step.sizes.length > 0) sizeRow(sumSizes(step.sizes, `alone after the first screen: ${step.name}`));
}
sizeRow(whole);
sizeRow(largestWhole);
for (const size of Object.values(competitors)) sizeRow(size, `${(critical.gzip / size.gzip).toFixed(2)}×`);
out();
out(
  'Critical path = everything fetched before the claim summary paints: the entry with its static imports, the first-screen texts of the locale and, on the emailed-link page, the flow element. "then …" rows are what each later step adds in journey order; "alone" rows, an element embedded by itself after the first screen.',
);

// 2. Browser
const runs = quick ? 3 : 10;
const { pages, hostRoundsPerSecond } = await benchClaimPaint(runs);
const painted = spread(pages.map((page) => page.claimPaintedMs));
const ready = spread(pages.map((page) => page.readyMs));
const cls = spread(pages.map((page) => page.cls));
const script = spread(pages.map((page) => page.scriptMs));
const providerRequests = pages.flatMap((page) => page.providerRequests);
out();
out(`## 2. Time in headless Chromium (${runs} cold runs, CPU ${CPU_SLOWDOWN}× slower, ${SLOW_4G.latency} ms RTT, ${(SLOW_4G.downloadThroughput * 8) / 1e6} Mbit/s down, served from loopback)`);
out();
out(row(['metric', 'median', 'min', 'max']));
out(row(['---', '---:', '---:', '---:']));
const ms = (value: number) => `${Math.round(value)} ms`;
out(row(['navigation → claim summary painted', ms(painted.median), ms(painted.min), ms(painted.max)]));
out(row(['navigation → ready (settle-ready)', ms(ready.median), ms(ready.min), ms(ready.max)]));
out(row(['cumulative layout shift', cls.median.toFixed(3), cls.min.toFixed(3), cls.max.toFixed(3)]));
out(row(['main-thread script time', ms(script.median), ms(script.min), ms(script.max)]));
out();
out(`Provider scripts (Stripe, PayPal) requested before checkout: ${providerRequests.length === 0 ? 'none' : providerRequests.join(', ')}.`);
out();
out(
  `The CPU throttle slows this host by ${CPU_SLOWDOWN}×, so these times depend on the host: it ran ${hostRoundsPerSecond} rounds/s of the bench's fixed page workload (\`tests/bench/host-speed.ts\`, unthrottled). Compare paint times only between runs with similar host speed.`,
);

// 3. Server
const seconds = quick ? 4 : 10;
const bare = await benchClaimRead('bare', seconds);
const settle = await benchClaimRead('settle', seconds);
const tokens = await benchTokens(quick ? 2_000 : 5_000);
out();
out(`## 3. Server: claim read at 50 concurrent connections, ${seconds} s each (autocannon, separate processes)`);
out();
out(row(['server', 'requests/s', 'p50', 'p99', 'errors']));
out(row(['---', '---:', '---:', '---:', '---:']));
out(row(['bare node:http, same JSON', Math.round(bare.requestsPerSecond), ms(bare.p50Ms), ms(bare.p99Ms), bare.errors + bare.non2xx]));
out(row(['Settle handle() on node:http', Math.round(settle.requestsPerSecond), ms(settle.p50Ms), ms(settle.p99Ms), settle.errors + settle.non2xx]));
out();
out(
  `Settle ÷ bare: ${((settle.requestsPerSecond / bare.requestsPerSecond) * 100).toFixed(0)} %. ` +
    `Tokens (HS256, one core): ${tokens.signPerSecond}/s signed; claim reads with a never-seen token ${tokens.verifyPerSecond}/s, with a token verified before ${tokens.cachedVerifyPerSecond}/s.`,
);

// 3b. The paying request while the creditor's hook is slow or hangs
const paying = [];
for (const hook of ['instant', 'slow', 'hanging'] as const) paying.push(await benchPaying(hook, { confirms: quick ? 100 : 300 }));
out();
out("### The paying request while the creditor's backend is slow or hangs");
out();
out(
  'POST /payments/:id/confirm with the sandbox over loopback HTTP, 10 in flight, each confirming a payment the sandbox took, so each records a payment.succeeded effect. The effect goes to the outbox and the hook runs in the background.',
);
out();
out(row(['onPaymentSucceeded', 'confirms', 'p50', 'p99', 'max', 'failed']));
out(row(['---', '---:', '---:', '---:', '---:', '---:']));
for (const line of formatPayingRuns(paying)) out(line);

// 4. Scale
const scale = await benchScale(quick ? 10_000 : 100_000, quick ? 1_000 : 10_000, seconds);
out();
out(`## 4. Scale: ${scale.claims.toLocaleString('en')} claims in the demo's embedded Postgres, ${scale.sessions.toLocaleString('en')} concurrent sessions`);
out();
out(row(['seed', 'RSS before load', 'RSS after load', 'JS heap after', 'requests/s', 'p50', 'p99', 'non-2xx']));
out(row(['---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']));
out(row([ms(scale.seedMs), `${scale.rssBeforeMb} MB`, `${scale.rssAfterMb} MB`, `${scale.heapAfterMb} MB`, Math.round(scale.requestsPerSecond), ms(scale.p50Ms), ms(scale.p99Ms), scale.non2xx]));
out();
out('Sessions are stateless signed tokens: the server stores nothing per session (the bounded verified-token cache is the only thing that grows, to at most 10,000 entries).');

// 5. Burst and faults
out();
out('## 5. Webhook burst with faults (two SDK instances on one Redis store)');
out();
out('```');
out(formatBurstReport(await runBurst(quick ? { ...FULL_BURST, payments: 100 } : FULL_BURST)));
out('```');

// 6. Insights
out();
for (const line of await insightsReport()) out(line);

writeFileSync(`${root}/BENCHMARKS.md`, `${lines.join('\n')}\n`);
console.error('wrote BENCHMARKS.md');
