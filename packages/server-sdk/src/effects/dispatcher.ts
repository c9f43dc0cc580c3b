import type { SettleLogger } from '../logger.js';
import type { SettleStore } from '../store/store.js';
import { EFFECT_HOOKS, type EffectHooks, type SettleEvent } from './events.js';
import { withTimeout } from './timeout.js';

export interface DispatcherSettings {
  store: SettleStore;
  hooks: EffectHooks;
  logger: SettleLogger;
  now: () => number;
  /** Hook attempts per dispatch before the event is left for `reconcile`. Default 4. */
  attempts?: number;
  /** First retry delay; doubles each time. Default 200 ms. */
  backoffMs?: number;
  /** How long one instance owns an event's delivery before another may take over. Default: all attempts with their timeouts and back-off, plus 5 s. */
  leaseMs?: number;
  /** Longest wait for one hook call before it counts as failed. Default 10 s. */
  attemptTimeoutMs?: number;
  /** How long delivered ids are remembered. Default 35 days (past any provider's webhook retries). */
  retentionMs?: number;
}

export type DispatchOutcome = 'delivered' | 'duplicate' | 'pending';

interface EffectRecord {
  status: 'pending' | 'done';
  event: SettleEvent;
}

const RECORD = 'effect:';
const LEASE = 'effect-lease:';

/**
 * Delivers each event to its backend hook at least once and records it so the effect
 * happens once: concurrent duplicates (a webhook racing the browser's confirmation,
 * twenty redeliveries, another server instance) find the record and stop. A delivery
 * that keeps failing stays pending, and `reconcile` drives it later, so nothing is lost
 * when an instance dies mid-delivery.
 */
export class EffectDispatcher {
  private readonly attempts: number;
  private readonly backoffMs: number;
  private readonly leaseMs: number;
  private readonly retentionMs: number;
  private readonly attemptTimeoutMs: number;

  constructor(private readonly settings: DispatcherSettings) {
    this.attempts = settings.attempts ?? 4;
    this.backoffMs = settings.backoffMs ?? 200;
    // The lease must outlast every attempt of one delivery (timeouts plus back-off), or
    // another instance's reconcile() could deliver the same event at the same time.
    this.leaseMs = settings.leaseMs ?? this.attempts * (settings.attemptTimeoutMs ?? 10_000) + this.backoffMs * 2 ** this.attempts + 5_000;
    this.retentionMs = settings.retentionMs ?? 35 * 24 * 3600 * 1000;
    this.attemptTimeoutMs = settings.attemptTimeoutMs ?? 10_000;
  }

  async dispatch(event: Omit<SettleEvent, 'createdAt'>): Promise<DispatchOutcome> {
    const full: SettleEvent = { ...event, createdAt: new Date(this.settings.now()).toISOString() };
    const pending = JSON.stringify({ status: 'pending', event: full } satisfies EffectRecord);
    const recorded = await this.settings.store.setIfAbsent(RECORD + event.id, pending, this.retentionMs);
    if (!recorded) return 'duplicate';
    return this.deliver(full, pending);
  }

  /** Whether an event id has already been delivered. */
  async isDelivered(id: string): Promise<boolean> {
    const raw = await this.settings.store.get(RECORD + id);
    return raw !== null && (JSON.parse(raw) as EffectRecord).status === 'done';
  }

  /** The event as first recorded under `id` (pending or delivered), or null. */
  async recorded(id: string): Promise<SettleEvent | null> {
    const raw = await this.settings.store.get(RECORD + id);
    return raw === null ? null : (JSON.parse(raw) as EffectRecord).event;
  }

  /** Re-drives every pending event whose owner is gone. Returns how many were delivered. */
  async reconcile(): Promise<number> {
    let delivered = 0;
    for (const key of await this.settings.store.keys(RECORD)) {
      const raw = await this.settings.store.get(key);
      if (!raw) continue;
      const record = JSON.parse(raw) as EffectRecord;
      if (record.status !== 'pending') continue;
      if ((await this.deliver(record.event, raw)) === 'delivered') delivered += 1;
    }
    return delivered;
  }

  private async deliver(event: SettleEvent, pendingRaw: string): Promise<DispatchOutcome> {
    const { store, hooks, logger } = this.settings;
    const lease = LEASE + event.id;
    if (!(await store.setIfAbsent(lease, 'held', this.leaseMs))) return 'pending';
    try {
      const name = EFFECT_HOOKS[event.type];
      const hook = hooks[name];
      for (let attempt = 1; attempt <= this.attempts; attempt += 1) {
        try {
          if (hook) await withTimeout(() => hook.call(hooks, event), this.attemptTimeoutMs, `backend hook ${name}`);
          const done = JSON.stringify({ status: 'done', event } satisfies EffectRecord);
          await store.compareAndSet(RECORD + event.id, pendingRaw, done, this.retentionMs);
          return 'delivered';
        } catch (error) {
          logger.warn(`backend hook ${EFFECT_HOOKS[event.type]} failed (attempt ${attempt}/${this.attempts})`, {
            eventId: event.id,
            error: error instanceof Error ? error.message : String(error),
          });
          if (attempt < this.attempts) await sleep(this.backoffMs * 2 ** (attempt - 1));
        }
      }
      logger.error(`backend hook ${EFFECT_HOOKS[event.type]} kept failing; left pending for reconcile()`, { eventId: event.id });
      return 'pending';
    } finally {
      await store.delete(lease);
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
