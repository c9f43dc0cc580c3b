import { describe, expect, it } from 'vitest';
import { EffectDispatcher } from '../src/effects/dispatcher.js';
import type { SettleEvent } from '../src/index.js';
import { MemoryStore } from '../src/index.js';

const quiet = { warn: () => {}, error: () => {} };
const event = { id: 'payment.succeeded:pi_1', type: 'payment.succeeded' as const, claimId: 'clm_1', data: { amount: 100 } };

describe('EffectDispatcher', () => {
  it('delivers the same event dispatched 20 times concurrently exactly once', async () => {
    const calls: SettleEvent[] = [];
    const dispatcher = new EffectDispatcher({ store: new MemoryStore(), hooks: { onPaymentSucceeded: async (e) => { calls.push(e); } }, logger: quiet, now: Date.now });
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => dispatcher.dispatch(event)));
    expect(calls).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === 'delivered')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === 'duplicate')).toHaveLength(19);
  });

  it('retries a hook that fails twice, then records the effect once', async () => {
    let attempts = 0;
    const effects: string[] = [];
    const dispatcher = new EffectDispatcher({
      store: new MemoryStore(),
      hooks: { onPaymentSucceeded: async (e) => { attempts += 1; if (attempts <= 2) throw new Error('backend down'); effects.push(e.id); } },
      logger: quiet, now: Date.now, backoffMs: 1,
    });
    expect(await dispatcher.dispatch(event)).toBe('delivered');
    expect(await dispatcher.dispatch(event)).toBe('duplicate');
    expect(attempts).toBe(3);
    expect(effects).toEqual([event.id]);
  });

  it('leaves an event pending when the backend keeps failing, and reconcile delivers it later', async () => {
    let up = false;
    const effects: string[] = [];
    const dispatcher = new EffectDispatcher({
      store: new MemoryStore(),
      hooks: { onPaymentSucceeded: async (e) => { if (!up) throw new Error('down'); effects.push(e.id); } },
      logger: quiet, now: Date.now, attempts: 2, backoffMs: 1,
    });
    expect(await dispatcher.dispatch(event)).toBe('pending');
    expect(await dispatcher.isDelivered(event.id)).toBe(false);
    up = true;
    expect(await dispatcher.reconcile()).toBe(1);
    expect(await dispatcher.reconcile()).toBe(0);
    expect(effects).toEqual([event.id]);
    expect(await dispatcher.isDelivered(event.id)).toBe(true);
  });
});

describe('EffectDispatcher with a slow or stateful backend', () => {
  it('gives up on a hanging hook after the per-attempt timeout and leaves the event for reconcile', async () => {
    let hang = true;
    const effects: string[] = [];
    const warnings: string[] = [];
    const dispatcher = new EffectDispatcher({
      store: new MemoryStore(),
      hooks: { onPaymentSucceeded: async (e) => { if (hang) await new Promise(() => {}); effects.push(e.id); } },
      logger: { warn: (message) => warnings.push(message), error: () => {} },
      now: Date.now, attempts: 2, backoffMs: 1, attemptTimeoutMs: 10,
    });
    expect(await dispatcher.dispatch(event)).toBe('pending');
    expect(warnings).toHaveLength(2);
    hang = false;
    expect(await dispatcher.reconcile()).toBe(1);
    expect(effects).toEqual([event.id]);
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
    expect(await dispatcher.dispatch(event)).toBe('delivered');
    expect(backend.seen).toEqual([event.id]);
    expect((await dispatcher.recorded(event.id))?.data).toEqual(event.data);
  });
});
