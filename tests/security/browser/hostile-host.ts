import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Claim } from '@settle/protocol';
import { createSettle, type Settle } from '@settle/server-sdk';
import { toNodeHandler } from '@settle/server-sdk/node';
import { readStatic } from '../../../demo/src/server/static-files.js';
import { germanClaim } from '../../fixtures/claims.js';
import { REPO_ROOT } from '../../support/repo.js';

/**
 * A creditor page written the way a careful (or paranoid) creditor writes it: a strict
 * CSP with a per-response nonce and 'strict-dynamic', no 'unsafe-inline', no
 * 'unsafe-eval', Trusted Types required, settle.js pinned with SRI. And a claim whose
 * creditor strings carry markup. A second loopback origin plays the foreign frame.
 */

export const MARKUP = {
  creditor: '<img src=x onerror="window.__settlePwned=1">Evil & Co <b>GmbH</b>',
  line: '<script>window.__settlePwned=2</script>Mahngebühr',
  subject: '"><svg onload="window.__settlePwned=3">Vertrag',
} as const;

/** Every page gets its own claim (paying one must not change the next test's page). */
const HOSTILE_PREFIX = 'clm_hostile_';

export function hostileClaim(id = `${HOSTILE_PREFIX}0`): Claim {
  const claim = germanClaim();
  return {
    ...claim,
    id,
    creditor: { ...claim.creditor, name: MARKUP.creditor },
    reason: { ...claim.reason, subject: MARKUP.subject },
    lines: claim.lines.map((line, index) => (index === 0 ? { ...line, label: MARKUP.line } : line)),
  };
}

const DIST = join(REPO_ROOT, 'packages/widget/dist');

export interface HostileHost {
  origin: string;
  /** Another origin (other port) that can be framed by the host page. */
  foreignOrigin: string;
  settle: Settle;
  /** The host page for an emailed link to a fresh claim: `/host.html?script=...&elements=...#t=<link token>`. */
  pageUrl(options: { script?: 'original' | 'tampered'; elements?: string; forgedReturn?: boolean }): Promise<string>;
  /** The status the server holds for a payment (what the provider reported), or null. */
  paymentStatus(paymentId: string): Promise<string | null>;
  /** The payment created for the last page opened with `forgedReturn`. */
  readonly lastPaymentId: string | undefined;
  /** The integrity value of the genuine settle.js (what a creditor pins). */
  integrity: string;
  close(): Promise<void>;
}

function cspFor(nonce: string, foreignOrigin: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    `frame-src ${foreignOrigin}`,
    "base-uri 'none'",
    "object-src 'none'",
    "form-action 'self'",
    "require-trusted-types-for 'script'",
  ].join('; ');
}

/** Escapes a value for an HTML attribute; the page itself is trusted, its inputs are not. */
function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function hostPage(input: { nonce: string; script: string; integrity: string; api: string; foreignOrigin: string; elements: string }): string {
  const tags = input.elements
    .split(',')
    .filter((tag) => /^settle-[a-z-]+$/.test(tag))
    .map((tag) => `<${tag} api="${attribute(input.api)}" token-from="fragment"></${tag}>`)
    .join('\n    ');
  return `<!doctype html>
<html lang="de">
  <head>
    <meta charset="utf-8">
    <title>Hostile host</title>
    <script type="module" nonce="${input.nonce}" src="${attribute(input.script)}" integrity="${input.integrity}" crossorigin="anonymous"></script>
  </head>
  <body>
    ${tags}
    <iframe id="foreign" title="foreign frame" src="${attribute(input.foreignOrigin)}/frame.html"></iframe>
  </body>
</html>`;
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

export async function startHostileHost(): Promise<HostileHost> {
  const original = readFileSync(join(DIST, 'settle.js'));
  // One byte changed, as an attacker who got into the CDN would: a space becomes a tab.
  const tampered = Buffer.from(original);
  const index = tampered.indexOf(0x20);
  tampered[index] = 0x09;
  const integrity = `sha384-${createHash('sha384').update(original).digest('base64')}`;

  let pages = 0;
  const settle = await createSettle({
    keys: [{ kid: 'host-1', alg: 'HS256', secret: randomBytes(32).toString('hex') }],
    issuer: 'hostile-host',
    audience: 'hostile-host/settle',
    basePath: '/settle',
    backend: { getClaim: async (id) => (id.startsWith(HOSTILE_PREFIX) ? hostileClaim(id) : null) },
    providers: { sandbox: true },
    logger: { warn: () => undefined, error: () => undefined },
  });
  const api = toNodeHandler(settle.handle);

  const foreign = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>foreign</title><p>foreign origin</p>');
  });
  const foreignOrigin = await listen(foreign);

  let origin = '';
  const host = createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const url = new URL(req.url ?? '/', origin);
      if (url.pathname.startsWith('/settle/') || url.pathname === '/settle') return api(req, res);
      if (url.pathname === '/host.html') {
        const nonce = randomBytes(16).toString('base64');
        const script = url.searchParams.get('script') === 'tampered' ? '/tampered/settle.js' : '/settle.js';
        res.writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy': cspFor(nonce, foreignOrigin),
          'cache-control': 'no-store',
          'referrer-policy': 'no-referrer',
        });
        return res.end(hostPage({ nonce, script, integrity, api: `${origin}/settle`, foreignOrigin, elements: url.searchParams.get('elements') ?? 'settle-claim-summary' }));
      }
      if (url.pathname === '/favicon.ico') {
        res.writeHead(204);
        return res.end();
      }
      if (url.pathname === '/tampered/settle.js') {
        res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
        return res.end(tampered);
      }
      const file = await readStatic(DIST, url.pathname);
      if (!file) {
        res.writeHead(404, { 'content-type': 'text/plain' });
        return res.end('not found');
      }
      res.writeHead(200, { 'content-type': file.contentType });
      res.end(file.body);
    })();
  });
  origin = await listen(host);

  const paymentClaims = new Map<string, string>();
  let lastPaymentId: string | undefined;
  async function createPayment(claimId: string): Promise<string> {
    const token = await settle.createSessionToken({ claimId });
    const response = await settle.handle(
      new Request(`${origin}/settle/payments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': `hostile-${claimId}` },
        body: JSON.stringify({ option: 'full', provider: 'sandbox' }),
      }),
    );
    const { payment } = (await response.json()) as { payment: { id: string } };
    paymentClaims.set(payment.id, claimId);
    return payment.id;
  }

  return {
    origin,
    foreignOrigin,
    settle,
    integrity,
    get lastPaymentId() {
      return lastPaymentId;
    },
    async pageUrl({ script = 'original', elements = 'settle-claim-summary', forgedReturn = false }) {
      pages += 1;
      const claimId = `${HOSTILE_PREFIX}${pages}`;
      const link = await settle.createLinkToken({ claimId });
      let query = `script=${script}&elements=${encodeURIComponent(elements)}`;
      if (forgedReturn) {
        // An unpaid payment, and a return URL that claims a provider redirect succeeded for it.
        const paymentId = await createPayment(claimId);
        lastPaymentId = paymentId;
        query += `&settle_payment=${paymentId}&redirect_status=succeeded&payment_intent=pi_forged`;
      }
      return `${origin}/host.html?${query}#t=${link}`;
    },
    async paymentStatus(paymentId) {
      const claimId = paymentClaims.get(paymentId);
      if (!claimId) return null;
      const token = await settle.createSessionToken({ claimId });
      const response = await settle.handle(new Request(`${origin}/settle/payments/${paymentId}`, { headers: { authorization: `Bearer ${token}` } }));
      return response.ok ? ((await response.json()) as { payment: { status: string } }).payment.status : null;
    },
    async close() {
      host.closeAllConnections();
      foreign.closeAllConnections();
      await Promise.all([new Promise((resolve) => host.close(resolve)), new Promise((resolve) => foreign.close(resolve))]);
    },
  };
}
