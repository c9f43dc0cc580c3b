import type { Payment } from '@settle/protocol';
import { MemoryStore, type SettleEvent, type SettleStore } from '@settle/server-sdk';
import { describe, expect, it } from 'vitest';
import { SandboxProvider } from '../../packages/server-sdk/src/payments/sandbox.js';
import { paymentData } from '../fixtures/events.js';
import { BASE, VICTIM, bearer, harness, post, sessionFor, type Harness } from './support.js';

/**
 * Crashes at the worst moments of a payment's settlement, made deterministic: the store
 * fails right after the payment was marked succeeded, or an instance dies holding an
 * event's delivery lease. The provider's retry or `reconcile()` must still bring the
 * effect to the backend, exactly once.
 */

const SANDBOX_SECRET = 'sandbox-secret-for-the-crash-tests';

/** A store that can be told to fail one operation on keys with a prefix, like a process dying there. */
class CrashingStore extends MemoryStore {
  crashOn: { method: 'setIfAbsent' | 'compareAndSet'; prefix: string } | undefined;

  constructor(now: () => number) {
    super(now);
  }

  private crash(method: string, key: string): void {
    if (this.crashOn?.method === method && key.startsWith(this.crashOn.prefix)) {
      this.crashOn = undefined;
      throw new Error('instance died here');
    }
  }

  override async setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean> {
    this.crash('setIfAbsent', key);
    return super.setIfAbsent(key, value, ttlMs);
  }

  override async compareAndSet(key: string, expected: string, value: string, ttlMs?: number): Promise<boolean> {
    this.crash('compareAndSet', key);
    return super.compareAndSet(key, expected, value, ttlMs);
  }
}

async function paidSandboxPayment(h: Harness, store: SettleStore): Promise<{ payment: Payment; webhook: { body: string; headers: Record<string, string> } }> {
  const session = await sessionFor(h.settle, VICTIM.id);
  const created = await h.settle.handle(post('/payments', { option: 'full', provider: 'sandbox' }, { ...bearer(session), 'idempotency-key': `crash-${crypto.randomUUID()}` }));
  const { payment } = (await created.json()) as { payment: Payment };
  const { reference, clientSecret } = payment.client as { reference: string; clientSecret: string };
  await h.settle.handle(post(`/sandbox/payments/${reference}/authorize`, { clientSecret, scenario: 'success' }));
  const bank = new SandboxProvider({ webhookSecret: SANDBOX_SECRET }, { store, now: () => h.clock.now });
  return { payment, webhook: await bank.webhookFor(reference) };
}

function deliver(h: Harness, webhook: { body: string; headers: Record<string, string> }): Promise<Response> {
  return h.settle.handle(new Request(`${BASE}/webhooks/sandbox`, { method: 'POST', headers: webhook.headers, body: webhook.body }));
}

async function setUp() {
  const clock = { now: Date.now() };
  const store = new CrashingStore(() => clock.now);
  const succeeded: SettleEvent<'payment.succeeded'>[] = [];
  const h = await harness(
    { store, now: () => clock.now, providers: { sandbox: { webhookSecret: SANDBOX_SECRET } }, delivery: { backoffMs: 1, leaseMs: 30_000 } },
    { onPaymentSucceeded: async (event) => void succeeded.push(event) },
  );
  h.clock = clock;
  return { h, store, succeeded, clock };
}

describe('crashes during settlement', () => {
  it('delivers the effect once when the instance dies between marking the payment paid and recording the effect', async () => {
    const { h, store, succeeded } = await setUp();
    const { webhook } = await paidSandboxPayment(h, store);
    store.crashOn = { method: 'setIfAbsent', prefix: 'effect:' };
    const first = await deliver(h, webhook);
    // The provider sees a failure and retries, as Stripe and PayPal do.
    expect(first.status).toBe(500);
    expect(succeeded).toHaveLength(0);
    expect((await deliver(h, webhook)).status).toBe(200);
    await h.settle.drain();
    await h.settle.reconcile();
    expect(succeeded).toHaveLength(1);
  });

  it('delivers the effect once when the instance dies after the hook ran but before recording it done', async () => {
    const { h, store, succeeded, clock } = await setUp();
    const { webhook } = await paidSandboxPayment(h, store);
    store.crashOn = { method: 'compareAndSet', prefix: 'effect:' };
    await deliver(h, webhook);
    await h.settle.drain();
    // At least once: the hook ran; the record still says pending, so reconcile delivers again with the same id.
    clock.now += 31_000;
    await h.settle.reconcile();
    await deliver(h, webhook);
    await h.settle.reconcile();
    expect(succeeded.length).toBeGreaterThanOrEqual(1);
    expect(new Set(succeeded.map((event) => event.id)).size).toBe(1);
  });

  it('lets reconcile take over an event whose delivering instance died holding the lease, once the lease runs out', async () => {
    const { h, store, succeeded, clock } = await setUp();
    const { payment, webhook } = await paidSandboxPayment(h, store);
    // Another instance recorded the event and took the lease, then died before calling the hook.
    const eventId = `payment.succeeded:sandbox:${(payment.client as { reference: string }).reference}`;
    const event: SettleEvent = { id: eventId, type: 'payment.succeeded', claimId: VICTIM.id, createdAt: new Date(clock.now).toISOString(), data: paymentData({ paymentId: payment.id }) };
    await store.setIfAbsent(`effect:${eventId}`, JSON.stringify({ status: 'pending', event }), 3_600_000);
    await store.setIfAbsent(`effect-lease:${eventId}`, 'held', 30_000);
    expect(await h.settle.reconcile()).toBe(0);
    expect((await deliver(h, webhook)).status).toBe(200);
    expect(succeeded).toHaveLength(0);
    clock.now += 31_000;
    expect(await h.settle.reconcile()).toBe(1);
    expect(await h.settle.reconcile()).toBe(0);
    expect(succeeded.map((delivered) => delivered.id)).toEqual([eventId]);
  });
});
