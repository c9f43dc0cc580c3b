import * as protocol from '@settle/protocol';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { nearMiss, shaped, type Schema } from './fuzz/arbitrary.js';
import { BASE, VICTIM, bearer, expectTypedError, fillRoute, harness, methodsOf, sessionFor, type Harness } from './support.js';

/**
 * Input fuzzing of every route in ROUTES, driven by its request schema in the contract
 * where it takes a JSON body: valid-shaped bodies, near misses, arbitrary JSON and raw bytes. Every
 * answer is a success or a typed 4xx envelope; never a 5xx, never a crash.
 */

/**
 * Route name -> the contract's schema for its JSON body. Webhooks are left out: their body
 * is the provider's, checked by signature on the raw bytes, and is fuzzed as raw bytes below.
 */
const REQUEST_SCHEMAS: Record<string, Schema> = Object.fromEntries(
  protocol.ROUTE_NAMES.flatMap((name) => {
    const schema = protocol.ROUTE_CONTRACTS[name].request;
    return schema && protocol.ROUTE_CONTRACTS[name].auth !== 'signature' ? [[name, schema as unknown as Schema]] : [];
  }),
);

/** Runs per property and route: enough to find shallow crashes, small enough for `npm test`. */
const RUNS = 40;

function schemaFor(route: string): Schema | undefined {
  return REQUEST_SCHEMAS[route];
}

interface Target {
  name: string;
  method: string;
  path: string;
  pattern: string;
}

let h: Harness;
let session: string;
let targets: Target[];

beforeAll(async () => {
  // The identity route's uniform answer time would only slow the fuzzing down.
  h = await harness({ identity: { minResponseMs: 0 } });
  session = await sessionFor(h.settle, VICTIM.id);
  targets = [];
  for (const [name, pattern] of Object.entries(protocol.ROUTES)) {
    const path = fillRoute(pattern, VICTIM.id);
    for (const method of await methodsOf(h.settle, path)) targets.push({ name, method, path, pattern });
  }
});

async function send(target: Target, body: string | Uint8Array<ArrayBuffer> | undefined, path = target.path): Promise<Response> {
  const hasBody = target.method !== 'GET' && target.method !== 'HEAD';
  return h.settle.handle(
    new Request(`${BASE}${path}`, {
      method: target.method,
      headers: { ...bearer(session), 'content-type': 'application/json', 'idempotency-key': `fuzz-${crypto.randomUUID()}` },
      ...(hasBody && body !== undefined ? { body } : {}),
    }),
  );
}

/** A success, or a typed 4xx. Anything else (5xx, a throw, an untyped body) fails the property. */
async function expectHandled(response: Response, label: string): Promise<void> {
  if (response.status < 400) {
    await response.body?.cancel();
    return;
  }
  expect(response.status, `${label}: answered ${response.status}`).toBeLessThan(500);
  await expectTypedError(response, undefined, label);
}

describe('fuzzing every route', { timeout: 30_000 }, () => {
  it('found the routes to fuzz, and a request schema for every route the server parses a JSON body of', () => {
    expect(targets.length).toBeGreaterThanOrEqual(2);
    expect(Object.keys(REQUEST_SCHEMAS).length).toBeGreaterThanOrEqual(10);
    for (const route of Object.keys(REQUEST_SCHEMAS))
      expect(
        targets.some((target) => target.name === route && target.method === 'POST'),
        route,
      ).toBe(true);
  });

  it('answers schema-shaped bodies on every body route with a success or a typed 4xx', async () => {
    for (const target of targets.filter((t) => t.method === 'POST' && schemaFor(t.name))) {
      await fc.assert(
        fc.asyncProperty(shaped(schemaFor(target.name) as Schema), async (body) => {
          await expectHandled(await send(target, JSON.stringify(body)), `${target.method} ${target.name} ${JSON.stringify(body).slice(0, 120)}`);
        }),
        { numRuns: RUNS },
      );
    }
  });

  it('answers near-miss bodies (one field removed, retyped or added) with a typed 4xx, never a 5xx', async () => {
    for (const target of targets.filter((t) => t.method === 'POST' && schemaFor(t.name))) {
      await fc.assert(
        fc.asyncProperty(nearMiss(schemaFor(target.name) as Schema), async (body) => {
          await expectHandled(await send(target, JSON.stringify(body)), `${target.method} ${target.name} ${JSON.stringify(body)?.slice(0, 120)}`);
        }),
        { numRuns: RUNS },
      );
    }
  });

  it('answers arbitrary JSON on every route and method with a success or a typed 4xx', async () => {
    for (const target of targets) {
      await fc.assert(
        fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (body) => {
          await expectHandled(await send(target, JSON.stringify(body)), `${target.method} ${target.name} ${JSON.stringify(body).slice(0, 120)}`);
        }),
        { numRuns: RUNS },
      );
    }
  });

  it('answers arbitrary bytes as a body on every route with a success or a typed 4xx', async () => {
    for (const target of targets.filter((t) => t.method !== 'GET')) {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 512 }), async (bytes) => {
          await expectHandled(await send(target, new Uint8Array(bytes)), `${target.method} ${target.name} (${bytes.length} bytes)`);
        }),
        { numRuns: RUNS },
      );
    }
  });

  it('answers arbitrary path parameters on every parameterised route with a success or a typed 4xx', async () => {
    for (const target of targets.filter((t) => t.pattern.includes(':'))) {
      await fc.assert(
        fc.asyncProperty(fc.string({ minLength: 1, maxLength: 300, unit: 'binary' }), async (value) => {
          const path = target.pattern.replace(/:([A-Za-z]+)/g, () => encodeURIComponent(value));
          await expectHandled(await send(target, '{}', path), `${target.method} ${target.name} ${path.slice(0, 120)}`);
        }),
        { numRuns: RUNS },
      );
    }
  });

  it('logged no unexpected error while fuzzing', () => {
    expect(h.logged.filter((line) => line.includes('unexpected'))).toEqual([]);
  });
});
