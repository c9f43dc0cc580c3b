import { describe, expect, it } from 'vitest';
import { callbackSettle, submit } from './callback-settle.js';

describe('effect delivery from routes', () => {
  it('keeps the debtor’s dispute when the backend is down, answers the same on retry, and reconcile delivers it once', async () => {
    let up = false;
    const delivered: string[] = [];
    const { settle, logged } = await callbackSettle(
      {
        onDisputeOpened: async (event) => {
          if (!up) throw new Error('ECONNREFUSED password=hunter2');
          delivered.push(event.id);
        },
      },
      // No background rounds: reconcile() alone drives the pending effect here.
      { delivery: { attempts: 2, backoffMs: 1, sweepMs: 0 } },
    );
    const token = await settle.createSessionToken({ claimId: 'clm_de_1001' });
    const first = await settle.handle(submit('/disputes', token, { reason: 'wrong_amount' }));
    expect(first.status).toBe(202);
    await settle.drain();
    const firstText = await first.text();
    expect(firstText).not.toContain('hunter2');
    expect(logged.some((line) => line.includes('onDisputeOpened failed'))).toBe(true);
    const retry = await settle.handle(submit('/disputes', token, { reason: 'wrong_amount' }));
    expect(await retry.text()).toBe(firstText);
    await settle.drain();
    expect(delivered).toHaveLength(0);
    up = true;
    expect(await settle.reconcile()).toBe(1);
    expect(await settle.reconcile()).toBe(0);
    expect(delivered).toHaveLength(1);
  });

  it('retries a hook that fails twice and records the effect once', async () => {
    let calls = 0;
    const delivered: string[] = [];
    const { settle } = await callbackSettle({
      onFeedback: async (event) => {
        calls += 1;
        if (calls <= 2) throw new Error('flaky');
        delivered.push(event.id);
      },
    });
    const token = await settle.createSessionToken({ claimId: 'clm_de_1001' });
    expect((await settle.handle(submit('/feedback', token, { score: 3 }))).status).toBe(202);
    await settle.drain();
    expect((await settle.handle(submit('/feedback', token, { score: 3 }))).status).toBe(202);
    await settle.drain();
    expect(calls).toBe(3);
    expect(delivered).toHaveLength(1);
  });

  it('stops waiting for a hanging hook after the per-attempt timeout and leaves the effect to reconcile', async () => {
    let hang = true;
    const delivered: string[] = [];
    const { settle, logged } = await callbackSettle(
      {
        onContactRequested: async (event) => {
          if (hang) await new Promise(() => {});
          delivered.push(event.id);
        },
      },
      { delivery: { attempts: 2, backoffMs: 1, attemptTimeoutMs: 20, sweepMs: 0 } },
    );
    const token = await settle.createSessionToken({ claimId: 'clm_de_1001' });
    const response = await settle.handle(submit('/contact-requests', token, { channel: 'phone' }, 'contact-hang-1'));
    expect(response.status).toBe(202);
    await settle.drain();
    expect(logged.some((line) => line.includes('did not answer within 20 ms'))).toBe(true);
    hang = false;
    expect(await settle.reconcile()).toBe(1);
    expect(delivered).toHaveLength(1);
  });

  it('never puts the session token into the log', async () => {
    const { settle, logged } = await callbackSettle(
      {
        onFeedback: async () => {
          throw new Error('down');
        },
      },
      { delivery: { attempts: 1 } },
    );
    const token = await settle.createSessionToken({ claimId: 'clm_de_1001' });
    await settle.handle(submit('/feedback', token, { score: 2 }));
    await settle.drain();
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.join('\n')).not.toContain(token);
    expect(logged.join('\n')).not.toContain(token.split('.')[2]);
  });
});
