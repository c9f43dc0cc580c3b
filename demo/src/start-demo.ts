import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Claim, todayIso } from '@settle/protocol';
import { createSettle, MESSAGE_PHASES, MESSAGE_TONES, type SettleLogger } from '@settle/server-sdk';
import { toNodeHandler } from '@settle/server-sdk/node';
import { createDemoBackend, type DemoBackend } from './backend.js';
import { collectorOf } from './creditor/claim-settings.js';
import { creditorDesk } from './creditor/desk.js';
import { creditorSettings } from './creditor/settings.js';
import type { DemoConfig } from './config.js';
import { openDatabase, type Database } from './db/database.js';
import { createSampleLinks, type SampleLink } from './links.js';
import { sampleDebtors, type SampleDebtor } from './seed/sample-debtors.js';
import { seedClaims } from './seed/seed.js';
import { createApp } from './server/app.js';
import { BrowserScripts } from './server/browser-scripts.js';
import { listDebtors } from './server/demo-api.js';
import { readDashboard } from './dashboard/dashboard-data.js';
import { renderEmail } from './emails/render-email.js';
import { debtorMessages, renderSampleMessage } from './messages/sample-messages.js';
import { renderMessagesPage } from './messages/messages-page.js';

export interface RunningDemo {
  /** e.g. http://localhost:5173 */
  origin: string;
  /** Fields of the identity check, when it is on. */
  identityFields: readonly string[];
  debtors: SampleDebtor[];
  links: SampleLink[];
  db: Database;
  backend: DemoBackend;
  close(): Promise<void>;
}

/** Each sample portal's signed-in customer, by sample debtor key. */
const PORTAL_CUSTOMERS: Readonly<Record<string, string>> = { funkwelle: 'payday', lakeside: 'pay-now-us' };

// Hosts printed as localhost: loopback, and the any-address binds that include it.
const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1', '::', '0.0.0.0']);

/** Opens the database, seeds it, and serves pages, widget and Settle's API on one port. */
export async function startDemo(config: DemoConfig, logger: SettleLogger = consoleLogger): Promise<RunningDemo> {
  const db = await openDatabase(config.dbDir);
  const debtors = sampleDebtors(todayIso());
  await seedClaims(db, debtors);
  const backend = createDemoBackend(db);

  // Idle connections stay open longer than clients keep them (node's 5 s default races a
  // client reusing a socket the server is closing: ECONNRESET on a busy machine).
  const server = createServer({ keepAliveTimeout: 65_000 });
  const port = await listen(server, config.port, config.host);
  const origin = `http://${LOOPBACK.has(config.host) ? 'localhost' : config.host}:${port}`;

  const settings = creditorSettings(config.frequencies);
  const desk = config.creditorDesk ? creditorDesk(db) : undefined;
  const settle = await createSettle({
    // With the desk on, Settle's days pass as the desk says.
    ...(desk ? { now: desk.now } : {}),
    keys: [{ kid: 'demo-1', alg: 'HS256', secret: config.secret ?? randomBytes(32).toString('base64url') }],
    issuer: 'settle-demo',
    audience: `${origin}/settle`,
    basePath: '/settle',
    backend,
    logger,
    ...settings,
    ...(config.identityFields.length > 0 ? { identityCheck: true, identity: { fields: config.identityFields } } : {}),
  });
  const links = await createSampleLinks(settle, origin, debtors);

  const scripts = new BrowserScripts(config.browserScriptsDir);
  // Compiling the pages' scripts loads TypeScript, which takes a moment: start it now, in the background.
  void scripts.warm(['index.js', 'dashboard.js', 'portal.js', 'pay.js']).catch((error: unknown) => logger.warn(`demo: could not precompile page scripts: ${String(error)}`));
  server.on(
    'request',
    createApp({
      pagesDir: config.pagesDir,
      widgetDistDir: config.widgetDistDir,
      scripts,
      settle: toNodeHandler(settle.handle),
      demoApi: {
        debtors: async () => ({ debtors: await listDebtors(db, links, config.identityFields.length > 0) }),
        dashboard: () => readDashboard(db, settings.journey?.csat ?? { min: 1, max: 5 }),
      },
      ...(desk ? { desk } : {}),
      portalSession: async (portal) => {
        const customer = PORTAL_CUSTOMERS[portal];
        const debtor = debtors.find((candidate) => candidate.key === customer);
        if (!debtor) return null;
        const sessionToken = await settle.createSessionToken({ claimId: debtor.claim.id, locale: debtor.locale, identityVerified: true });
        return { sessionToken, claimId: debtor.claim.id };
      },
      email: async (key) => {
        const debtor = debtors.find((candidate) => candidate.key === key);
        const link = links.find((candidate) => candidate.key === key);
        if (!debtor || !link) return null;
        // The email shows the claim as it stands now, e.g. after a partial payment.
        const claim = Claim.parse(await backend.getClaim(debtor.claim.id));
        return renderEmail({ locale: debtor.locale, claim, link: link.url, colors: collectorOf(claim)?.brand }).html;
      },
      // The messages show each claim as it stands now, like the sample email.
      messages: async () => renderMessagesPage(await Promise.all(debtors.map(async (debtor) => debtorMessages(settle, origin, debtor, Claim.parse(await backend.getClaim(debtor.claim.id)))))),
      messageEmail: async (key, phase, tone) => {
        const debtor = debtors.find((candidate) => candidate.key === key);
        const knownPhase = MESSAGE_PHASES.find((candidate) => candidate === phase);
        const knownTone = MESSAGE_TONES.find((candidate) => candidate === tone);
        if (!debtor || !knownPhase || !knownTone) return null;
        const claim = Claim.parse(await backend.getClaim(debtor.claim.id));
        const email = await renderSampleMessage(settle, origin, debtor, claim, { channel: 'email', phase: knownPhase, tone: knownTone });
        return email.channel === 'email' ? email.html : null;
      },
      logger,
    }),
  );

  return {
    origin,
    identityFields: config.identityFields,
    debtors,
    links,
    db,
    backend,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      // Deliveries still running write to the database: let them finish first.
      await settle.close();
      await db.close();
    },
  };
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

const consoleLogger: SettleLogger = {
  warn: (message) => console.warn(`[settle] ${message}`),
  error: (message) => console.error(`[settle] ${message}`),
};
