import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createSettle, type Settle } from '@settle/server-sdk';
import { toNodeHandler } from '@settle/server-sdk/node';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readStatic } from '../../demo/src/server/static-files.js';
import { germanClaim } from '../fixtures/claims.js';
import { launchChromium, watchPage } from '../support/browser.js';
import { REPO_ROOT } from '../support/repo.js';
import { ensureWidgetBuilt } from '../support/widget-build.js';

/**
 * Settle mounted at the root of its own server (basePath ''), the way `toNodeHandler`'s
 * JSDoc shows it, with the built widget pointed at it by every spelling of the root.
 * Only the page and the widget's files are served beside it.
 */

const DIST = join(REPO_ROOT, 'packages/widget/dist');

let server: Server;
let origin = '';
let settle: Settle;
let browser: Browser;

function page(api: string): string {
  const escaped = api.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Root mount</title>
<script type="module" src="/widget/settle.js"></script></head>
<body><settle-claim-summary api="${escaped}" token-from="fragment"></settle-claim-summary></body></html>`;
}

beforeAll(async () => {
  ensureWidgetBuilt();
  settle = await createSettle({
    keys: [{ kid: 'root-1', alg: 'HS256', secret: randomBytes(32).toString('hex') }],
    issuer: 'root-mount',
    audience: 'root-mount',
    backend: { getClaim: async (id) => (id === germanClaim().id ? germanClaim() : null) },
    logger: { warn: () => undefined, error: () => undefined },
  });
  const api = toNodeHandler(settle.handle);
  server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', origin);
      if (url.pathname === '/page.html') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return res.end(page(url.searchParams.get('api') ?? ''));
      }
      if (url.pathname === '/favicon.ico') {
        res.writeHead(204);
        return res.end();
      }
      if (url.pathname.startsWith('/widget/')) {
        const file = await readStatic(DIST, url.pathname.slice('/widget'.length));
        res.writeHead(file ? 200 : 404, { 'content-type': file?.contentType ?? 'text/plain' });
        return res.end(file?.body ?? 'not found');
      }
      return api(req, res);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe('the widget with Settle mounted at the API root', () => {
  for (const api of ['origin', 'origin/', '/']) {
    it(`exchanges the link and shows the claim with api="${api}"`, async () => {
      const base = api.replace('origin', origin);
      const context = await browser.newContext();
      try {
        const tab = await context.newPage();
        const problems = await watchPage(tab);
        const requested: string[] = [];
        tab.on('request', (request) => requested.push(request.url()));
        const link = await settle.createLinkToken({ claimId: germanClaim().id });
        await tab.goto(`${origin}/page.html?api=${encodeURIComponent(base)}#t=${link}`);
        await tab.locator('settle-claim-summary [part~="total"]').waitFor({ state: 'visible', timeout: 30_000 });
        expect(requested).toContain(`${origin}/session`);
        expect(requested.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
        expect(problems.failedRequests).toEqual([]);
        expect(problems.consoleErrors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
