import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configFromEnv } from '../src/config.js';
import { CLIENT_BRANDS } from '../src/creditor/brands.js';
import { startDemo, type RunningDemo } from '../src/start-demo.js';

let demo: RunningDemo;
let widgetDir: string;
const quiet = { warn: () => {}, error: () => {} };

function linkToken(key: string): string {
  const url = demo.links.find((link) => link.key === key)?.url ?? '';
  return new URL(url).hash.replace('#t=', '');
}

async function exchange(token: string): Promise<Response> {
  return fetch(`${demo.origin}/settle/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token }) });
}

beforeAll(async () => {
  widgetDir = await mkdtemp(join(tmpdir(), 'settle-widget-'));
  demo = await startDemo({ ...configFromEnv({ PORT: '0' }), widgetDistDir: widgetDir }, quiet);
}, 60_000); // the embedded Postgres takes a few seconds to start on a busy machine

afterAll(async () => {
  await demo?.close();
  await rm(widgetDir, { recursive: true, force: true });
});

describe('demo server', () => {
  it('prints a link per sample debtor with the token in the fragment, the page language and the brand hint in the query', () => {
    expect(demo.links).toHaveLength(demo.debtors.length);
    for (const link of demo.links) expect(link.url).toMatch(new RegExp(`^${demo.origin}/pay\\?lang=(de|en|en-US)&brand=[a-z-]+(/[a-z-]+)?#t=[\\w-]+\\.[\\w-]+\\.[\\w-]+$`));
    // An agency's link names its client too; a creditor collecting directly only itself.
    expect(demo.links.find((link) => link.key === 'payday')?.url).toContain('&brand=fair-inkasso/funkwelle#');
    expect(demo.links.find((link) => link.key === 'forgot')?.url).toContain('&brand=stadtwerke#');
  });

  it('serves each brand’s colour for the link page and its logo, and nothing for an unknown brand', async () => {
    const css = await fetch(`${demo.origin}/brands/stadtwerke.css`);
    expect(css.headers.get('content-type')).toContain('text/css');
    expect(await css.text()).toContain('--pay-brand: #a4410e');
    expect((await fetch(`${demo.origin}/brands/kind-recovery.svg`)).headers.get('content-type')).toBe('image/svg+xml');
    for (const client of Object.values(CLIENT_BRANDS)) expect((await fetch(`${demo.origin}${client.logoUrl}`)).headers.get('content-type'), client.slug).toBe('image/svg+xml');
    expect((await fetch(`${demo.origin}/brands/nobody.css`)).status).toBe(404);
  });

  it('explains how to build the widget, with a 503, while it is missing', async () => {
    for (const path of ['/pay', '/widget/settle.js']) {
      const response = await fetch(`${demo.origin}${path}`);
      expect(response.status).toBe(503);
      expect(await response.text()).toContain('npm run build:widget');
    }
  });

  it('serves the payment page under a strict CSP with no referrer and no caching once the widget is built', async () => {
    await writeFile(join(widgetDir, 'settle.js'), 'export {};\n');
    const response = await fetch(`${demo.origin}/pay`);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("require-trusted-types-for 'script'");
    expect(csp).not.toContain('unsafe');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await response.text();
    expect(html).toContain('<script type="module" src="/widget/settle.js"></script>');
    expect(html).toContain('<settle-flow api="/settle" token-from="fragment"></settle-flow>');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>|\sstyle=|\son[a-z]+=/i);
    const widget = await fetch(`${demo.origin}/widget/settle.js`);
    expect(widget.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it('serves the payment page in German for ?lang=de', async () => {
    await writeFile(join(widgetDir, 'settle.js'), 'export {};\n');
    expect(await (await fetch(`${demo.origin}/pay?lang=de`)).text()).toContain('<html lang="de">');
    expect(await (await fetch(`${demo.origin}/pay?lang=xx`)).text()).toContain('<html lang="en">');
  });

  it('serves the English payment page in US English for ?lang=en-US, and a US claim’s link asks for it', async () => {
    await writeFile(join(widgetDir, 'settle.js'), 'export {};\n');
    expect(await (await fetch(`${demo.origin}/pay?lang=en-US`)).text()).toContain('<html lang="en-US">');
    for (const debtor of demo.debtors) {
      const usEnglish = debtor.locale === 'en' && debtor.claim.jurisdiction === 'US';
      expect(demo.links.find((link) => link.key === debtor.key)?.url.includes('/pay?lang=en-US&'), debtor.key).toBe(usEnglish);
    }
    expect(demo.links.some((link) => link.url.includes('lang=en-US'))).toBe(true);
  });

  it('exchanges a printed link for a session and reads only that claim through /settle', async () => {
    const session = await exchange(linkToken('payday'));
    expect(session.status).toBe(200);
    const { sessionToken, claimId } = (await session.json()) as { sessionToken: string; claimId: string };
    const auth = { authorization: `Bearer ${sessionToken}` };
    const own = await fetch(`${demo.origin}/settle/claims/${claimId}`, { headers: auth });
    expect(own.status).toBe(200);
    expect(((await own.json()) as { claim: { total: unknown } }).claim.total).toEqual(demo.debtors.find((d) => d.key === 'payday')?.claim.total);
    const other = await fetch(`${demo.origin}/settle/claims/clm_forgot_1001`, { headers: auth });
    expect(other.status).toBe(403);
    expect(await other.json()).toMatchObject({ error: { code: 'token_wrong_claim' } });
  });

  it('refuses a tampered link token with a typed error', async () => {
    const token = linkToken('forgot');
    const response = await exchange(`${token.slice(0, -2)}xx`);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: 'token_invalid' } });
  });

  it('lists the sample debtors with their links for the index page', async () => {
    const response = await fetch(`${demo.origin}/demo-api/debtors`);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { debtors } = (await response.json()) as { debtors: Array<{ key: string; total: string; link: string }> };
    expect(debtors.map((debtor) => debtor.key)).toEqual(demo.debtors.map((debtor) => debtor.key));
    expect(debtors[0]).toMatchObject({ key: 'forgot', total: '87.00', link: demo.links[0]?.url, email: '/emails/forgot', identity: null });
  });

  it("serves the pages' scripts transpiled from TypeScript", async () => {
    const response = await fetch(`${demo.origin}/scripts/index.js`);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    const code = await response.text();
    expect(code).toContain("from './money.js'");
    expect(code).not.toMatch(/interface DebtorSummary/);
  }, 30_000); // the first compile loads TypeScript

  it('never serves files outside its folders', async () => {
    for (const path of ['/styles/%2e%2e/%2e%2e/src/main.ts', '/widget/..%2f..%2fpackage.json', '/scripts/..%2fmain.js', '/styles/.hidden.css']) {
      expect((await fetch(`${demo.origin}${path}`)).status, path).toBe(404);
    }
  });

  it('serves each sample email with its link under a policy that allows no script', async () => {
    const response = await fetch(`${demo.origin}/emails/hardship`);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('script-src');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.text()).toContain(demo.links.find((link) => link.key === 'hardship')?.url.replaceAll('&', '&amp;'));
    expect((await fetch(`${demo.origin}/emails/nobody`)).status).toBe(404);
  });

  it('mints a portal session for the signed-in sample customer that reads only that claim', async () => {
    const response = await fetch(`${demo.origin}/portal/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ portal: 'lakeside' }) });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { sessionToken, claimId } = (await response.json()) as { sessionToken: string; claimId: string };
    expect(claimId).toBe('clm_us_2002');
    const claim = await fetch(`${demo.origin}/settle/claims/${claimId}`, { headers: { authorization: `Bearer ${sessionToken}` } });
    expect(claim.status).toBe(200);
  });

  it('refuses portal sessions for unknown portals and for non-JSON posts', async () => {
    const post = (body: string, type: string) => fetch(`${demo.origin}/portal/session`, { method: 'POST', headers: { 'content-type': type }, body });
    expect((await post(JSON.stringify({ portal: 'elsewhere' }), 'application/json')).status).toBe(404);
    expect((await post(JSON.stringify({ portal: '__proto__' }), 'application/json')).status).toBe(404);
    expect((await post('portal=funkwelle', 'application/x-www-form-urlencoded')).status).toBe(415);
    expect((await fetch(`${demo.origin}/portal/session`)).status).toBe(404);
  });

  it('compresses text as the browser accepts it (brotli, then gzip), and sends it as is otherwise', async () => {
    const code = `export const texts = ${JSON.stringify(Array.from({ length: 200 }, (_, index) => `text ${index}`))};\n`;
    await writeFile(join(widgetDir, 'settle.js'), code);
    const fetchRaw = (acceptEncoding: string) =>
      new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
        get(`${demo.origin}/widget/settle.js`, { headers: { 'accept-encoding': acceptEncoding } }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
        }).on('error', reject);
      });
    const brotli = await fetchRaw('gzip, deflate, br');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.body.byteLength).toBeLessThan(code.length / 2);
    expect(brotliDecompressSync(brotli.body).toString()).toBe(code);
    const gzip = await fetchRaw('gzip;q=1.0, br;q=0');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(code);
    const plain = await fetchRaw('identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(code);
    for (const answer of [brotli, gzip, plain]) expect(answer.headers.vary).toBe('Accept-Encoding');
  });

  it('answers 405 to a POST on a page', async () => {
    expect((await fetch(`${demo.origin}/pay`, { method: 'POST' })).status).toBe(405);
  });
});
