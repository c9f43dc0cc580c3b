import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The creditor's backend as Settle's hooks reach it: a loopback HTTP endpoint with faults
 * injected per payment. It applies each event once by event id, as Settle's docs ask of
 * creditors, and records every delivery so the burst can count lost and duplicated effects.
 */

export type Fault = 'ok' | 'slow' | 'failing' | 'timeout' | 'down';

/** How each fault behaves: slow answers after 1 s, failing answers 500 twice, timeout holds the first call past the hook's deadline, down answers 500 until recovered. */
export const FAULTS: readonly Fault[] = ['ok', 'slow', 'failing', 'timeout', 'down'];

export interface CreditorBackend {
  url: string;
  /** Applied effects: event id -> payment id. */
  effects: Map<string, string>;
  /** Every delivery attempt per event id (answered or not). */
  deliveries: Map<string, number>;
  /** The backend comes back after an outage. */
  recover(): void;
  close(): Promise<void>;
}

interface Delivery {
  id: string;
  type: string;
  data: { paymentId?: string };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

/** Starts the creditor; `faultOf(paymentId)` picks the fault for a payment's events. */
export async function startCreditor(faultOf: (paymentId: string) => Fault, options: { holdMs: number; slowMs: number }): Promise<CreditorBackend> {
  const effects = new Map<string, string>();
  const deliveries = new Map<string, number>();
  let recovered = false;
  const server: Server = createServer((req, res) => {
    void (async () => {
      const event = JSON.parse(await readBody(req)) as Delivery;
      const attempt = (deliveries.get(event.id) ?? 0) + 1;
      deliveries.set(event.id, attempt);
      const paymentId = event.data.paymentId ?? '';
      const fault = faultOf(paymentId);
      const fail = () => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end('{"error":"creditor backend failed"}');
      };
      if (fault === 'failing' && attempt <= 2) return fail();
      if (fault === 'down' && !recovered) return fail();
      if (fault === 'timeout' && attempt === 1) {
        // Held past the hook's deadline, then dropped without applying anything.
        await new Promise((resolve) => setTimeout(resolve, options.holdMs));
        return res.destroy();
      }
      if (fault === 'slow') await new Promise((resolve) => setTimeout(resolve, options.slowMs));
      if (!effects.has(event.id)) effects.set(event.id, paymentId);
      res.writeHead(204);
      res.end();
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    effects,
    deliveries,
    recover: () => {
      recovered = true;
    },
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
