/**
 * Renders every scene in de and en, light and dark, at 360 px and 1280 px into
 * screenshots/ (PNG, not committed), straight from the widget's TypeScript sources;
 * then every step of every sample debtor's journey through the demo into
 * screenshots/journeys/ with an index.html to page through (see journeys.ts).
 *   npm run screenshots [-- name-filter]      scenes matching the filter, then journeys
 *   npm run screenshots -- journeys [debtor]  only the journeys
 */
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from '../support/chromium.mjs';
import { renderJourneys } from './journeys.js';
import { scenes } from './scenes/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = fileURLToPath(new URL('../../screenshots/', import.meta.url));
const locales = ['de', 'en'] as const;
const schemes = ['light', 'dark'] as const;
const widths = [360, 1280] as const;

function page(body: string, locale: string): string {
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body { margin: 0; color-scheme: light dark; background: Canvas; }</style>
<script type="module" src="/packages/widget/src/settle.ts"></script></head>
<body>${body.replaceAll('{{locale}}', locale)}</body></html>`;
}

const onlyJourneys = process.argv[2] === 'journeys';
const filter = onlyJourneys ? undefined : process.argv[2];
const chosen = onlyJourneys ? [] : scenes.filter((scene) => !filter || scene.name.includes(filter));
await mkdir(outDir, { recursive: true });
const server = await createServer({
  configFile: false,
  root,
  logLevel: 'warn',
  resolve: { conditions: ['settle-source', 'browser', 'module', 'import', 'default'] },
  server: { port: 0, host: '127.0.0.1', hmr: false },
});
await server.listen();
const origin = server.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? '';
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: [...CHROMIUM_ARGS],
});
let count = 0;
try {
  for (const scene of chosen) {
    for (const locale of locales) {
      for (const colorScheme of schemes) {
        for (const width of widths) {
          const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme, locale });
          const tab = await context.newPage();
          await tab.route(`${origin}/scene.html`, (route) => route.fulfill({ contentType: 'text/html', body: page(scene.html, locale) }));
          await tab.route(`${origin}/api/**`, (route) => {
            const url = new URL(route.request().url());
            const answer = scene.api[`${route.request().method()} ${url.pathname}`];
            return route.fulfill({
              status: answer?.status ?? (answer ? 200 : 404),
              contentType: 'application/json',
              body: JSON.stringify(answer?.body ?? { error: { code: 'not_found', message: 'no scene answer' } }),
            });
          });
          await tab.goto(`${origin}/scene.html`);
          await scene.ready(tab);
          await tab.evaluate(() => document.fonts.ready);
          const file = `${outDir}${scene.name}-${locale}-${colorScheme}-${width}.png`;
          await tab.screenshot({ path: file, fullPage: true, animations: 'disabled' });
          count += 1;
          await context.close();
        }
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`${count} screenshots in screenshots/`);
const journeys = await renderJourneys(onlyJourneys ? process.argv[3] : undefined);
console.log(`${journeys} journey steps in screenshots/journeys/ (open index.html)`);
