import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDemoBackend } from '../src/backend.js';
import { openDatabase } from '../src/db/database.js';
import { sampleDebtors } from '../src/seed/sample-debtors.js';
import { seedClaims } from '../src/seed/seed.js';
import { paymentData } from '../../tests/fixtures/events.js';

const debtors = sampleDebtors('2026-11-23');
const forgot = debtors[0]!.claim;
let dir: string | undefined;

afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('demo database in DEMO_DB_DIR', () => {
  it('keeps claims and bookings across a restart', async () => {
    dir = await mkdtemp(join(tmpdir(), 'settle-demo-db-'));
    const first = await openDatabase(dir);
    await seedClaims(first, debtors);
    await createDemoBackend(first).record({
      id: 'payment.succeeded:sandbox:1',
      type: 'payment.succeeded',
      claimId: forgot.id,
      createdAt: '2026-11-23T10:00:00.000Z',
      data: paymentData({ amount: forgot.total }),
    });
    await first.close();

    const second = await openDatabase(dir);
    await seedClaims(second, debtors);
    const claim = (await createDemoBackend(second).getClaim(forgot.id)) as { status: string; balanceVersion: number } | null;
    expect(claim).toMatchObject({ status: 'settled', balanceVersion: forgot.balanceVersion + 1 });
    expect((await second.query('select id from events')).rows).toEqual([{ id: 'payment.succeeded:sandbox:1' }]);
    await second.close();
  }, 120_000);

  it('refuses a database made by another version of the demo, naming DEMO_DB_DIR', async () => {
    dir = await mkdtemp(join(tmpdir(), 'settle-demo-db-'));
    const db = await openDatabase(dir);
    await db.query('update demo_schema set version = version + 100');
    await db.close();
    await expect(openDatabase(dir)).rejects.toThrow(/DEMO_DB_DIR/);
  }, 120_000);
});
