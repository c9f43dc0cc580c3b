import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toNodeHandler } from '../src/node.js';
import { SANDBOX_SIGNATURE_HEADER } from '../src/payments/sandbox.js';
import { signTimestamped } from '../src/payments/signature.js';
import { sessionFor, testSettle } from './support.js';

const PORTAL = 'https://portal.acme.example';
const WEBHOOK_SECRET = 'sbx_whsec_for_the_adapter_test';

interface Exchange {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** A request `new Request()` cannot even express; node gets it, and both ways must fail alike. */
  malformed?: true;
}

/** Sends a raw HTTP/1.1 request and returns every byte of the answer, Date line removed. */
function rawExchange(port: number, { method, path, headers = {}, body = '' }: Exchange): Promise<string> {
  const all = { host: `127.0.0.1:${port}`, connection: 'close', ...headers };
  const lines = [`${method} ${path} HTTP/1.1`, ...Object.entries(all).map(([name, value]) => `${name}: ${value}`)];
  if (body) lines.push(`content-length: ${Buffer.byteLength(body)}`);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    // Not ended from this side: the server closes the connection once it has answered.
    const socket = connect(port, '127.0.0.1', () => socket.write(`${lines.join('\r\n')}\r\n\r\n${body}`));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () =>
      resolve(
        Buffer.concat(chunks)
          .toString('utf8')
          .replace(/\r\ndate: [^\r]*/i, ''),
      ),
    );
  });
}

/** Status, headers the handler set (not node's framing ones) and body of a raw answer. */
function parseRaw(raw: string): { status: number; headers: [string, string][]; body: string } {
  const [head = '', payload = ''] = raw.split(/\r\n\r\n(.*)/s);
  const [statusLine = '', ...headerLines] = head.split('\r\n');
  const all = headerLines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()] as [string, string]);
  const chunked = all.some(([name, value]) => name === 'transfer-encoding' && value === 'chunked');
  const framing = new Set(['connection', 'keep-alive', 'content-length', 'transfer-encoding']);
  return { status: Number(statusLine.split(' ')[1]), headers: all.filter(([name]) => !framing.has(name)), body: chunked ? unchunk(payload) : payload };
}

function unchunk(payload: string): string {
  const bytes = Buffer.from(payload, 'utf8');
  const parts: Buffer[] = [];
  let offset = 0;
  for (;;) {
    const lineEnd = bytes.indexOf('\r\n', offset);
    const size = parseInt(bytes.subarray(offset, lineEnd).toString('latin1'), 16);
    if (!size) return Buffer.concat(parts).toString('utf8');
    parts.push(bytes.subarray(lineEnd + 2, lineEnd + 2 + size));
    offset = lineEnd + 2 + size + 2;
  }
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

describe('node:http adapter answering directly', () => {
  let settle: Awaited<ReturnType<typeof testSettle>>['settle'];
  let direct: Server;
  let throughResponse: Server;
  let directPort: number;
  let responsePort: number;
  let session: string;
  let otherSession: string;

  beforeAll(async () => {
    ({ settle } = await testSettle({ allowedOrigins: [PORTAL], providers: { sandbox: { webhookSecret: WEBHOOK_SECRET } } }));
    session = await sessionFor(settle, 'clm_de_1001');
    otherSession = await sessionFor(settle, 'clm_us_2002');
    // `settle.handle` itself takes the direct path; a wrapper around it goes through a Response.
    direct = createServer(toNodeHandler(settle.handle));
    throughResponse = createServer(toNodeHandler((request) => settle.handle(request)));
    directPort = await listen(direct);
    responsePort = await listen(throughResponse);
  });
  afterAll(async () => {
    await new Promise((resolve) => direct.close(resolve));
    await new Promise((resolve) => throughResponse.close(resolve));
  });

  const exchanges = async (): Promise<[string, Exchange][]> => [
    ['claim read', { method: 'GET', path: '/settle/claims/clm_de_1001', headers: { authorization: `Bearer ${session}` } }],
    ['claim read from a listed origin', { method: 'GET', path: '/settle/claims/clm_de_1001', headers: { authorization: `Bearer ${session}`, origin: PORTAL } }],
    ['claim read with a query and dot segments', { method: 'GET', path: '/settle/x/../claims/clm_de_1001?fresh=1', headers: { authorization: `Bearer ${session}` } }],
    ["another claim's session", { method: 'GET', path: '/settle/claims/clm_de_1001', headers: { authorization: `Bearer ${otherSession}` } }],
    ['no token', { method: 'GET', path: '/settle/claims/clm_de_1001' }],
    ['journey', { method: 'GET', path: '/settle/journey', headers: { authorization: `Bearer ${session}` } }],
    ['invalid link token', { method: 'POST', path: '/settle/session', headers: { 'content-type': 'application/json' }, body: '{"token":"not-a-token"}' }],
    ['wrong media type', { method: 'POST', path: '/settle/session', headers: { 'content-type': 'text/plain' }, body: 'token' }],
    ['oversized body', { method: 'POST', path: '/settle/session', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: 'y'.repeat(100_000) }) }],
    ['wrong method', { method: 'DELETE', path: '/settle/claims/clm_de_1001' }],
    ['HEAD', { method: 'HEAD', path: '/settle/claims/clm_de_1001', headers: { authorization: `Bearer ${session}` } }],
    ['outside the mount path', { method: 'GET', path: '/elsewhere' }],
    ['unknown route', { method: 'GET', path: '/settle/nothing-here', headers: { origin: PORTAL } }],
    ['malformed percent-encoding', { method: 'GET', path: '/settle/claims/%E0%A4%A', headers: { authorization: `Bearer ${session}` } }],
    ['preflight from a listed origin', { method: 'OPTIONS', path: '/settle/session', headers: { origin: PORTAL } }],
    ['preflight from another origin', { method: 'OPTIONS', path: '/settle/session', headers: { origin: 'https://evil.example' } }],
    ['absolute-form request target', { method: 'GET', path: 'http://pay.acme.example/settle/claims/clm_de_1001', headers: { authorization: `Bearer ${session}` } }],
    ['signed provider webhook', await webhook(await signTimestamped(EVENT, WEBHOOK_SECRET, Math.floor(Date.now() / 1000)))],
    ['provider webhook with a wrong signature', await webhook(await signTimestamped(EVENT, 'another-secret', Math.floor(Date.now() / 1000)))],
    ['a method Request refuses', { method: 'TRACE', path: '/settle/claims/clm_de_1001', malformed: true }],
    ['credentials in the Host', { method: 'GET', path: '/settle/claims/clm_de_1001', headers: { host: 'user:secret@127.0.0.1', authorization: `Bearer ${session}` }, malformed: true }],
    ['a Host that is no URL', { method: 'GET', path: '/settle/claims/clm_de_1001', headers: { host: 'not a host', authorization: `Bearer ${session}` }, malformed: true }],
  ];

  const EVENT = JSON.stringify({ id: 'evt_adapter_1', type: 'payment.created' });
  const webhook = (signature: string): Exchange => ({
    method: 'POST',
    path: '/settle/webhooks/sandbox',
    headers: { 'content-type': 'application/json', [SANDBOX_SIGNATURE_HEADER]: signature },
    body: EVENT,
  });

  it('writes the same bytes as when it reads a Response, for every kind of answer', async () => {
    for (const [name, exchange] of await exchanges()) {
      const viaResponse = await rawExchange(responsePort, exchange);
      const answered = await rawExchange(directPort, exchange);
      expect(answered, name).toBe(viaResponse);
      // Input no Web request can carry is the client's fault: a typed 4xx, never a 500.
      if (exchange.malformed) expect([400, 405], name).toContain(parseRaw(answered).status);
    }
  });

  it('refuses a header value Headers would refuse, as the Request path does, when node lets it through', async () => {
    const lenient = { insecureHTTPParser: true };
    const pair = [
      createServer(lenient, toNodeHandler(settle.handle)),
      createServer(
        lenient,
        toNodeHandler((request) => settle.handle(request)),
      ),
    ];
    try {
      const [directLenient = 0, viaResponseLenient = 0] = await Promise.all(pair.map(listen));
      const exchange: Exchange = { method: 'GET', path: '/settle/claims/clm_de_1001', headers: { authorization: `Bearer ${session}`, 'x-note': 'a\0b' } };
      const answered = await rawExchange(directLenient, exchange);
      expect(answered).toBe(await rawExchange(viaResponseLenient, exchange));
      expect(parseRaw(answered).status).toBe(400);
      const harmless = { ...exchange, headers: { ...exchange.headers, 'x-note': 'a\u0001b' } };
      expect(parseRaw(await rawExchange(directLenient, harmless)).status).toBe(200);
    } finally {
      await Promise.all(pair.map((server) => new Promise((resolve) => server.close(resolve))));
    }
  });

  it('writes what handle() answers: status, headers and body', async () => {
    for (const [name, exchange] of await exchanges()) {
      if (exchange.malformed) continue;
      const { method, path, headers = {}, body } = exchange;
      const response = await settle.handle(new Request(new URL(path, `http://127.0.0.1:${directPort}`), { method, headers, ...(body ? { body } : {}) }));
      const served = parseRaw(await rawExchange(directPort, exchange));
      expect(served.status, name).toBe(response.status);
      expect(served.headers, name).toEqual([...response.headers]);
      expect(served.body, name).toBe(method === 'HEAD' ? '' : await response.text());
    }
  });
});
