import { ROUTES } from '@settle/protocol';
import { toNodeHandler } from '@settle/server-sdk/node';
import { createServer, request as httpRequest, type Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, VICTIM, bearer, expectClientError, expectTypedError, fillRoute, harness, methodsOf, post, sessionFor, type Harness } from './support.js';

/** HTTP-level abuse: bodies too big, of the wrong type, broken; odd paths and headers. */

const MAX = 16 * 1024;
let h: Harness;
let session: string;

beforeAll(async () => {
  h = await harness();
  session = await sessionFor(h.settle, VICTIM.id);
});

/** Every (method, path) the API answers with a body, discovered from ROUTES. */
async function postRoutes(): Promise<{ name: string; method: string; path: string }[]> {
  const found: { name: string; method: string; path: string }[] = [];
  for (const [name, pattern] of Object.entries(ROUTES)) {
    const path = fillRoute(pattern, VICTIM.id);
    for (const method of await methodsOf(h.settle, path)) if (method !== 'GET' && method !== 'HEAD') found.push({ name, method, path });
  }
  return found;
}

function streamOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    pull(controller) {
      const next = chunks.shift();
      if (next) controller.enqueue(next);
      else controller.close();
    },
  });
}

describe('oversized bodies', () => {
  it('refuses a body whose truthful content-length is over the limit with 413', async () => {
    const body = JSON.stringify({ token: 'x'.repeat(MAX) });
    const request = new Request(`${BASE}/session`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(body.length) }, body });
    await expectTypedError(await h.settle.handle(request), ['payload_too_large']);
  });

  it('refuses a streamed body that lies about its content-length with 413', async () => {
    const chunks = Array.from({ length: 40 }, () => new TextEncoder().encode('x'.repeat(1024)));
    const request = new Request(`${BASE}/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': '12' },
      body: streamOf(chunks),
      duplex: 'half',
    } as RequestInit);
    await expectTypedError(await h.settle.handle(request), ['payload_too_large']);
  });

  it('refuses an oversized body without content-length and stops reading it', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(4096).fill(0x61));
      },
    });
    const request = new Request(`${BASE}/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: endless, duplex: 'half' } as RequestInit);
    await expectTypedError(await h.settle.handle(request), ['payload_too_large']);
    // An endless body ends after the limit, not when memory runs out.
    expect(pulled).toBeLessThan(MAX / 4096 + 4);
  });

  it('reads no more than the limit of an oversized body on any route that takes one', async () => {
    const routes = await postRoutes();
    expect(routes.length).toBeGreaterThan(0);
    for (const { name, method, path } of routes) {
      let pulledBytes = 0;
      const chunk = new TextEncoder().encode(`{"padding":"${'x'.repeat(1000)}`);
      const oversized = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (pulledBytes > 4 * MAX) return controller.close();
          pulledBytes += chunk.byteLength;
          controller.enqueue(chunk);
        },
      });
      const request = new Request(`${BASE}${path}`, {
        method,
        headers: { 'content-type': 'application/json', 'idempotency-key': 'idem-oversized-1', ...bearer(session) },
        body: oversized,
        duplex: 'half',
      } as RequestInit);
      await expectClientError(await h.settle.handle(request), `${method} ${name}`);
      expect(pulledBytes, `${method} ${name} read ${pulledBytes} bytes`).toBeLessThanOrEqual(MAX + 2 * chunk.byteLength);
    }
  });
});

describe('over real loopback HTTP', () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    server = createServer(toNodeHandler(h.settle.handle));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** Sends a raw request, writing `chunks` as they come; resolves with status and body. */
  function send(headers: Record<string, string>, chunks: AsyncIterable<string> | string[]): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: '/settle/session', headers, agent: false }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      // The server may answer and close before the client finishes writing an oversized body.
      req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
      void (async () => {
        for await (const chunk of chunks) if (!req.destroyed) req.write(chunk);
        if (!req.destroyed) req.end();
      })();
    });
  }

  it('refuses an oversized chunked body with 413', async () => {
    const chunks = Array.from({ length: 64 }, () => 'x'.repeat(1024));
    const { status, body } = await send({ 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, ['{"token":"', ...chunks, '"}']);
    expect(status).toBe(413);
    expect(JSON.parse(body)).toMatchObject({ error: { code: 'payload_too_large' } });
  });

  it('answers a chunked body within the limit normally', async () => {
    const { status, body } = await send({ 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, ['{"tok', 'en":"not', '-a-token"}']);
    expect(status).toBe(401);
    expect(JSON.parse(body)).toMatchObject({ error: { code: 'token_invalid' } });
  });
});

describe('wrong content types', () => {
  const wrong = [
    undefined,
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'text/json',
    'application/jsonp',
    'application/json-patch+json',
    'application/xml',
    'json',
  ];

  it('refuses the session exchange in any content type but application/json with 415', async () => {
    for (const type of wrong) {
      const request = new Request(`${BASE}/session`, { method: 'POST', headers: type ? { 'content-type': type } : {}, body: '{"token":"x"}' });
      await expectTypedError(await h.settle.handle(request), ['unsupported_media_type'], String(type));
    }
  });

  it('answers a wrong content type on every route with a typed 4xx', async () => {
    for (const { name, method, path } of await postRoutes()) {
      for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
        const request = new Request(`${BASE}${path}`, { method, headers: { 'content-type': type, ...bearer(session) }, body: 'a=1' });
        await expectClientError(await h.settle.handle(request), `${method} ${name} ${type}`);
      }
    }
  });
});

describe('broken bodies', () => {
  const bodies: Record<string, string | Uint8Array<ArrayBuffer>> = {
    'invalid UTF-8': new Uint8Array([0x7b, 0x22, 0x74, 0x6f, 0x6b, 0x65, 0x6e, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d]),
    'overlong UTF-8 slash': new Uint8Array([0x7b, 0x22, 0x74, 0x6f, 0x6b, 0x65, 0x6e, 0x22, 0x3a, 0x22, 0xc0, 0xaf, 0x22, 0x7d]),
    'lone surrogate escape': '{"token":"\\ud800"}',
    'UTF-8 BOM': '\ufeff{"token":"x"}',
    'truncated JSON': '{"token":',
    empty: '',
    'JSON null': 'null',
    'JSON array': '[]',
    'JSON string': '"token"',
    'JSON number': '1e309',
    'token not a string': '{"token":{"$ne":null}}',
    'deep nesting': `${'['.repeat(8000)}${']'.repeat(8000)}`,
    'duplicate keys': '{"token":"a","token":{"x":1}}',
    'NUL bytes': '{"token":"\u0000\u0000"}',
    'trailing garbage': '{"token":"x"} {"token":"y"}',
  };

  for (const [name, body] of Object.entries(bodies)) {
    it(`answers ${name} with a typed 4xx`, async () => {
      const request = new Request(`${BASE}/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      await expectClientError(await h.settle.handle(request), name);
    });
  }

  it('does not let __proto__ or constructor keys pollute the prototype', async () => {
    const body = '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"token":"x"}';
    await expectClientError(await h.settle.handle(new Request(`${BASE}/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('odd paths, methods and headers', () => {
  it('answers unknown paths, traversal and broken percent-encoding with a typed 404', async () => {
    const paths = ['/settle/nope', '/settle/claims', '/settle/claims/%E0%A4%A', '/settle/claims/a/b/c', '/other/session', '/settle/%2e%2e/session', '/settle/claims/..%2F..%2Fetc%2Fpasswd'];
    for (const path of paths) {
      const response = await h.settle.handle(new Request(`https://pay.acme.example${path}`, { headers: bearer(session) }));
      const body = await expectClientError(response, path);
      expect(['not_found', 'token_wrong_claim', 'method_not_allowed'], path).toContain(body.error.code);
    }
  });

  it('ignores method-override headers (a GET cannot become a POST)', async () => {
    const request = new Request(`${BASE}/session`, { headers: { 'x-http-method-override': 'POST', 'x-method-override': 'POST' } });
    await expectTypedError(await h.settle.handle(request), ['method_not_allowed']);
  });

  it('refuses an oversized or malformed Authorization header as a missing token', async () => {
    for (const value of [`Bearer ${'a'.repeat(5000)}`, `Basic ${btoa('a:b')}`, 'Bearer', `Bearer ${session} extra`, `bearer\t${session}`]) {
      const response = await h.settle.handle(new Request(`${BASE}/claims/${VICTIM.id}`, { headers: { authorization: value } }));
      await expectTypedError(response, ['token_missing', 'token_invalid'], value.slice(0, 20));
    }
  });

  it('sends no-store, nosniff and no-referrer on errors as on successes', async () => {
    const answers = [
      await h.settle.handle(post('/session', { token: 'forged' })),
      await h.settle.handle(new Request(`${BASE}/claims/${VICTIM.id}`, { headers: bearer(session) })),
      await h.settle.handle(new Request(`${BASE}/nope`)),
    ];
    for (const response of answers) {
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('grants CORS to no origin unless configured, and never with credentials', async () => {
    const hostile = 'https://evil.example';
    const preflight = await h.settle.handle(new Request(`${BASE}/session`, { method: 'OPTIONS', headers: { origin: hostile, 'access-control-request-method': 'POST' } }));
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const answered = await h.settle.handle(post('/session', { token: 'x' }, { origin: hostile }));
    expect(answered.headers.get('access-control-allow-origin')).toBeNull();
    const portal = await harness({ allowedOrigins: ['https://portal.acme.example'] });
    const allowed = await portal.settle.handle(post('/session', { token: 'x' }, { origin: 'https://portal.acme.example' }));
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://portal.acme.example');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    const lookalike = await portal.settle.handle(post('/session', { token: 'x' }, { origin: 'https://portal.acme.example.evil.example' }));
    expect(lookalike.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('malformed HTTP: a 4xx and a log line, never a 5xx', () => {
  let server: Server;
  let port: number;
  let local: Harness;
  beforeAll(async () => {
    local = await harness();
    server = createServer(toNodeHandler(local.settle.handle));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** Writes the request head byte for byte (no client library tidies it) and reads the status and body. */
  function raw(head: string): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.write(`${head}\r\nConnection: close\r\n\r\n`));
      let text = '';
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => (text += chunk));
      socket.on('error', reject);
      socket.on('end', () => resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), body: text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1) }));
    });
  }

  const cases: [string, string, number, string][] = [
    ['TRACE', 'TRACE /settle/session HTTP/1.1\r\nHost: pay.acme.example', 405, 'method_not_allowed'],
    ['an empty Host', 'GET /settle/journey HTTP/1.1\r\nHost: ', 400, 'bad_request'],
    ['a Host with a space', 'GET /settle/journey HTTP/1.1\r\nHost: pay acme.example', 400, 'bad_request'],
    ['a Host with a path', 'GET /settle/journey HTTP/1.1\r\nHost: pay.acme.example/evil', 400, 'bad_request'],
    ['credentials in Host', 'GET /settle/journey HTTP/1.1\r\nHost: user:secret@pay.acme.example', 400, 'bad_request'],
    ['a Host with a bad port', 'GET /settle/journey HTTP/1.1\r\nHost: pay.acme.example:port', 400, 'bad_request'],
  ];
  for (const [name, head, status, code] of cases) {
    it(`answers ${name} through the node adapter with a typed ${status}, and logs it`, async () => {
      const before = local.logged.length;
      const answer = await raw(head);
      expect(answer.status, name).toBe(status);
      expect(JSON.parse(answer.body)).toMatchObject({ error: { code } });
      expect(local.logged.slice(before).some((line) => line.startsWith('refused a malformed HTTP request'))).toBe(true);
    });
  }

  it('still answers a normal Host, an IP literal with a port and an IPv6 literal', async () => {
    for (const host of ['pay.acme.example', '127.0.0.1:8080', '[::1]:3000', 'settle_api.internal']) {
      expect((await raw(`GET /settle/nope HTTP/1.1\r\nHost: ${host}`)).status, host).toBe(404);
    }
  });

  it('answers TRACE on a Request-like object passed to settle.handle with a typed 405, and logs it', async () => {
    // `new Request()` refuses TRACE, but a framework's own request object can carry it.
    const traced = { method: 'TRACE', url: `${BASE}/session`, headers: new Headers(), body: null } as unknown as Request;
    const before = local.logged.length;
    await expectTypedError(await local.settle.handle(traced), ['method_not_allowed']);
    expect(local.logged.slice(before).some((line) => line.startsWith('refused a malformed HTTP request'))).toBe(true);
  });

  it('answers a Request-like object with an unparsable URL with a typed 400, and a junk Host header on a Request with no 5xx', async () => {
    const broken = { method: 'GET', url: 'http://', headers: new Headers(), body: null } as unknown as Request;
    await expectTypedError(await local.settle.handle(broken), ['bad_request']);
    for (const host of ['', 'user:secret@pay.acme.example', 'a b']) {
      const response = await local.settle.handle(new Request(`${BASE}/journey`, { headers: { host } }));
      expect(response.status, host).toBeLessThan(500);
    }
  });
});
