import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createDemoBackend, type DemoBackend } from '../src/backend.js';
import { openDatabase, type Database } from '../src/db/database.js';
import type { SampleDebtor } from '../src/seed/sample-debtors.js';
import { seedClaims } from '../src/seed/seed.js';

export interface SeededLedger {
  readonly db: Database;
  readonly backend: DemoBackend;
}

/**
 * One embedded database for the file, emptied and seeded with `debtors` before each test,
 * and the demo backend on it. Call at the top of a test file.
 */
export function useSeededLedger(debtors: readonly SampleDebtor[]): SeededLedger {
  let db: Database | undefined;
  let backend: DemoBackend | undefined;
  beforeAll(async () => {
    db = await openDatabase();
    backend = createDemoBackend(db);
  }, 60_000); // the embedded Postgres takes a few seconds to start on a busy machine
  beforeEach(async () => {
    await db!.exec('truncate events, payments, plans, promises, disputes, contact_requests, feedback, quiz_results, autopay_revocations, reactions, claims');
    await seedClaims(db!, debtors);
  });
  afterAll(async () => {
    await db?.close();
  });
  return {
    get db() {
      return db!;
    },
    get backend() {
      return backend!;
    },
  };
}
