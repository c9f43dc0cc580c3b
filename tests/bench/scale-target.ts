// Child process for the scale benchmark: the demo's real backend over an embedded
// Postgres holding `CLAIMS` claims, Settle's handler on node:http, and a list of session
// tokens for `SESSIONS` different debtors. Prints one JSON line: port, tokens, timings.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSettle } from '@settle/server-sdk';
import { toNodeHandler } from '@settle/server-sdk/node';
import { createDemoBackend } from '../../demo/src/backend.js';
import { openDatabase } from '../../demo/src/db/database.js';
import { germanClaim } from '../fixtures/claims.js';

const claimCount = Number(process.env.CLAIMS ?? 100_000);
const sessionCount = Number(process.env.SESSIONS ?? 10_000);

const seedStarted = performance.now();
const db = await openDatabase();
const { status, balanceVersion, ...template } = germanClaim();
// One statement: Postgres generates the rows, each claim a copy of the template with its own id.
await db.query(
  `insert into claims (id, sample_key, position, situation, story_en, story_de, locale, date_of_birth, postal_code, status, balance_version, claim)
   select 'clm_' || i, 'bench-' || i, i, 'forgot', 'bench', 'bench', 'de', '1980-01-01', null, $2, $3,
          jsonb_set($1::jsonb, '{id}', to_jsonb('clm_' || i))
   from generate_series(1, $4::int) as i`,
  [JSON.stringify(template), status, balanceVersion, claimCount],
);
const seedMs = performance.now() - seedStarted;

const settle = await createSettle({
  keys: [{ kid: 'bench', alg: 'HS256', secret: 'benchmark-secret-with-at-least-32-bytes' }],
  issuer: 'bench',
  audience: 'bench',
  basePath: '/settle',
  backend: createDemoBackend(db),
  logger: { warn: () => {}, error: () => {} },
});
const sessions: { claimId: string; token: string }[] = [];
for (let index = 1; index <= sessionCount; index += 1) {
  const claimId = `clm_${1 + Math.floor(((index - 1) * claimCount) / sessionCount)}`;
  sessions.push({ claimId, token: await settle.createSessionToken({ claimId }) });
}

const server = createServer((req, res) => {
  if (req.url === '/__bench/memory') {
    global.gc?.();
    res.end(JSON.stringify(process.memoryUsage()));
    return;
  }
  void toNodeHandler(settle.handle)(req, res);
});
server.keepAliveTimeout = 30_000;
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`${JSON.stringify({ port, seedMs, sessions, memory: process.memoryUsage() })}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
