import { describe, expect, it } from 'vitest';
import { EffectDispatcher } from '../src/effects/dispatcher.js';
import type { SettleEvent } from '../src/index.js';
import { MemoryStore } from '../src/index.js';
import { paymentData } from '../../../tests/fixtures/events.js';

const quiet = { warn: () => {}, error: () => {} };
const event = { id: 'payment.succeeded:pi_1', type: 'payment.succeeded' as const, claimId: 'clm_1', data: paymentData() };

/** Resolves once `check` holds, polling on the event loop (no fixed sleep decides the outcome). */
async function until(check: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 2));
}

describe('EffectDispatcher', () => {
  it('delivers the same event dispatched 20 times concurrently exactly once', async () => {
    const calls: SettleEvent[] = [];
    const dispatcher = new EffectDispatcher({
      store: new MemoryStore(),
      hooks: {
        onPaymentSucceeded: async (e) => {
          calls.push(e);
        },
      },
      logger: quiet,
      now: Date.now,
    });
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => dispatcher.dispatch(event)));
    await dispatcher.drain();
    expect(calls).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === 'recorded')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === 'duplicate')).toHaveLength(19);
  });

  it('returns once the event is recorded, while the hook is still running', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const calls: string[] = [];
    const dispatcher = new EffectDispatcher({
      store: new MemoryStore(),
      hooks: {
        onPaymentSucceeded: async (e) => {
          await gate;
          calls.push(e.id);
        },
      },
      logger: quiet,
      now: Date.now,
    });
    expect(await dispatcher.dispatch(event)).toBe('recorded');
    expect(await dispatcher.recorded(event.id)).not.toBeNull();
    expect(await dispatcher.isDelivered(event.id)).toBe(false);
    expect(calls).toEqual([]);
    release();
    await dispatcher.drain();
    expect(calls).toEqual([event.id]);
    expect(await dispatcher.isDelivered(event.id)).toBe(true);
  });

  it('retries a hook that fails twice, then records the effect once', async () => {
    let attempts = 0;
    const effects: string[] = [];
    const dispatcher = new EffectDispatcher({
      store: new MemoryStore(),
      hooks: {
        onPaymentSucceeded: async (e) => {
          attempts += 1;
          if (attempts <= 2) throw new Error('backend down');
          effects.push(e.id);
        },
      },
      logger: quiet,
      now: Date.now,
      backoffMs: 1,
    });
    expect(await dispatcher.dispatch(event)).toBe('recorded');
    await dispatcher.drain();
    expect(await dispatcher.dispatch(event)).toBe('duplicate');
    await dispatcher.drain();
    expect(attempts).toBe(3);
    expect(effects).toEqual([event.id]);
  });

  it('keeps an event in the outbox when the backend keeps failing, and reconcile delivers it later', async () => {
    let up = false;
    const effects: string[] = [];
    const dispatcher = new EffectDispatcher({
      store: new MemoryStore(),
      hooks: {
        onPaymentSucceeded: async (e) => {
          if (!up) throw new Error('down');
          effects.push(e.id);
        },
      },
      logger: quiet,
      now: () => 0,
      attempts: 2,
      backoffMs: 1,
    });
    expect(await dispatcher.dispatch(event)).toBe('recorded');
    await dispatcher.drain();
    expect(await dispatcher.isDelivered(event.id)).toBe(false);
    up = true;
    expect(await dispatcher.reconcile()).toBe(1);
    expect(await dispatcher.reconcile()).toBe(0);
    expect(effects).toEqual([event.id]);
    expect(await dispatcher.isDelivered(event.id)).toBe(true);
  });

  it('delivers in the background once the backend recovers, each event exactly once, and close() stops it', async () => {
    let up = false;
    const delivered: string[] = [];
    const store = new MemoryStore();
    const dispatcher = new EffectDispatcher({
      store,
      hooks: {
        onPaymentSucceeded: async (e) => {
          if (!up) throw new Error('connect ECONNREFUSED');
          delivered.push(e.id);
        },
      },
      logger: quiet,
      now: Date.now,
      attempts: 1,
      backoffMs: 1,
      sweepMs: 5,
    });
    dispatcher.start();
    const ids = Array.from({ length: 5 }, (_, index) => `payment.succeeded:pi_${index}`);
    for (const id of ids) expect(await dispatcher.dispatch({ ...event, id })).toBe('recorded');
    await dispatcher.drain();
    expect(delivered).toEqual([]);
    up = true;
    await until(async () => (await Promise.all(ids.map((id) => dispatcher.isDelivered(id)))).every(Boolean));
    await dispatcher.close();
    expect([...delivered].sort()).toEqual([...ids].sort());
    expect(await store.keys('effect-due:')).toEqual([]);
  });
});

describe('EffectDispatcher with a slow or stateful backend', () => {
  it('gives up on a hanging hook after the per-attempt timeout, says why in the log, and leaves the event for reconcile', async () => {
    let hang = true;
    const effects: string[] = [];
    const warnings: string[] = [];
    const dispatcher = new EffectDispatcher({
      store: new MemoryStore(),
      hooks: {
        onPaymentSucceeded: async (e) => {
          if (hang) await new Promise(() => {});
          effects.push(e.id);
        },
      },
      logger: { warn: (message) => warnings.push(message), error: () => {} },
      now: () => 0,
      attempts: 2,
      backoffMs: 1,
      attemptTimeoutMs: 10,
    });
    expect(await dispatcher.dispatch(event)).toBe('recorded');
    await dispatcher.drain();
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('did not answer within 10 ms');
    hang = false;
    expect(await dispatcher.reconcile()).toBe(1);
    expect(effects).toEqual([event.id]);
  });

  it('logs a failing hook’s error and its cause', async () => {
    const warnings: string[] = [];
    const dispatcher = new EffectDispatcher({
      store: new MemoryStore(),
      hooks: {
        onPaymentSucceeded: async () => {
          throw new Error('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:9') });
        },
      },
      logger: { warn: (message) => warnings.push(message), error: () => {} },
      now: () => 0,
      attempts: 1,
    });
    await dispatcher.dispatch(event);
    await dispatcher.drain();
    expect(warnings[0]).toContain('fetch failed');
    expect(warnings[0]).toContain('ECONNREFUSED 127.0.0.1:9');
  });

  it('calls a hook as a method of the backend object, so class-based backends keep `this`', async () => {
    class Backend {
      readonly seen: string[] = [];
      async onPaymentSucceeded(e: SettleEvent): Promise<void> {
        this.seen.push(e.id);
      }
    }
    const backend = new Backend();
    const dispatcher = new EffectDispatcher({ store: new MemoryStore(), hooks: backend, logger: quiet, now: Date.now });
    expect(await dispatcher.dispatch(event)).toBe('recorded');
    await dispatcher.drain();
    expect(backend.seen).toEqual([event.id]);
    expect((await dispatcher.recorded(event.id))?.data).toEqual(event.data);
  });
});
