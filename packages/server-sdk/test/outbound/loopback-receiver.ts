import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/**
 * An HTTP receiver on 127.0.0.1 that records every delivery and answers with the next
 * status from `statuses` (the last one repeats); 'hang' never answers.
 */
export async function startReceiver(statuses: (number | 'hang')[] = [204]) {
  const received: Received[] = [];
  const hanging: (() => void)[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks) });
      const status = statuses[Math.min(received.length - 1, statuses.length - 1)] ?? 204;
      if (status === 'hang') {
        hanging.push(() => res.destroy());
        return;
      }
      res.statusCode = status;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/settle-events`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        for (const end of hanging) end();
        server.close(() => resolve());
        // fetch keeps idle connections open; without this, close waits for their timeout.
        server.closeAllConnections();
      }),
  };
}
