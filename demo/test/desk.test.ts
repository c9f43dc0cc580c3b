import { Claim } from '@settle/protocol';
import { beforeEach, describe, expect, it } from 'vitest';
import { creditorDesk, DeskError, type CreditorDesk } from '../src/creditor/desk.js';
import { sampleDebtors } from '../src/seed/sample-debtors.js';
import { useSeededLedger } from './seeded-ledger.js';

const debtors = sampleDebtors('2026-11-23');
const forgot = debtors.find((debtor) => debtor.key === 'forgot')!.claim;

const ledger = useSeededLedger(debtors);
let desk: CreditorDesk;

const claimOf = async (id: string) => Claim.parse(await ledger.backend.getClaim(id));

beforeEach(() => {
  desk = creditorDesk(ledger.db);
});

describe('the creditor’s desk', () => {
  it('records a plan agreed by phone: the ledger says plan_active, with the next payment it expects, and a valid claim', async () => {
    await desk.act({ action: 'plan_by_phone', key: 'forgot', nextInstalment: { dueDate: '2026-12-15', amount: 2_500 } });
    const claim = await claimOf(forgot.id);
    expect(claim.status).toBe('plan_active');
    expect(claim.nextInstalment).toEqual({ dueDate: '2026-12-15', amount: { amount: 2_500, currency: forgot.currency } });
    expect(claim.total).toEqual(forgot.total);
  });

  it('books a bank transfer of the whole open amount: a transfer line, nothing open, settled, a new balance version', async () => {
    const before = await claimOf(forgot.id);
    await desk.act({ action: 'bank_transfer', key: 'forgot' });
    const after = await claimOf(forgot.id);
    expect(after).toMatchObject({ status: 'settled', total: { amount: 0 }, balanceVersion: before.balanceVersion + 1 });
    expect(after.lines.at(-1)).toMatchObject({ kind: 'payment', amount: forgot.total, label: expect.stringMatching(/Überweisung|Bank transfer/) });
  });

  it('lets days pass on the clock it gives Settle, and only forward', async () => {
    const start = desk.now();
    await desk.act({ action: 'days_pass', days: 3 });
    expect(desk.now() - start).toBeGreaterThanOrEqual(3 * 86_400_000);
    await expect(desk.act({ action: 'days_pass', days: -1 })).rejects.toBeInstanceOf(DeskError);
  });

  it('refuses what it cannot act on, changing nothing', async () => {
    for (const body of [
      null,
      { action: 'write_off', key: 'forgot' },
      { action: 'bank_transfer', key: 'nobody' },
      { action: 'plan_by_phone', key: 'forgot', nextInstalment: { dueDate: 'soon', amount: 1 } },
    ]) {
      await expect(desk.act(body), JSON.stringify(body)).rejects.toBeInstanceOf(DeskError);
    }
    expect(await claimOf(forgot.id)).toMatchObject({ status: 'open', total: forgot.total });
  });
});
