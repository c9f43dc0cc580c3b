// A child process for the server benchmark: serves the claim read either through
// Settle's handler (token verification, backend call, schema validation) or through a
// bare node:http server answering the same JSON, and prints its port and a session token.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSettle } from '@settle/server-sdk';
import { toNodeHandler } from '@settle/server-sdk/node';
import { germanClaim } from '../fixtures/claims.js';

const mode = process.argv[2] === 'bare' ? 'bare' : 'settle';
const claim = germanClaim();

const settle = await createSettle({
  keys: [{ kid: 'bench', alg: 'HS256', secret: 'benchmark-secret-with-at-least-32-bytes' }],
  issuer: 'bench',
  audience: 'http://127.0.0.1/settle',
  basePath: '/settle',
  backend: { getClaim: async () => structuredClone(claim) },
  logger: { warn: () => {}, error: () => {} },
});
const token = await settle.createSessionToken({ claimId: claim.id });

const bareBody = JSON.stringify({ claim });
const server =
  mode === 'settle'
    ? createServer(toNodeHandler(settle.handle))
    : createServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' });
        res.end(JSON.stringify(JSON.parse(bareBody)));
      });
server.keepAliveTimeout = 30_000;
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`${JSON.stringify({ port, token, path: `/settle/claims/${claim.id}` })}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
