import type { SettleLogger } from '../logger.js';
import type { SettleStore } from '../store/store.js';
import { EFFECT_HOOKS, type EffectHooks, type NewSettleEvent, type SettleEvent } from './events.js';
import { withTimeout } from './timeout.js';

export interface DispatcherSettings {
  store: SettleStore;
  hooks: EffectHooks;
  logger: SettleLogger;
  now: () => number;
  /** Hook attempts per delivery round before the event waits in the outbox for the next round. Default 4. */
  attempts?: number;
  /** First retry delay within a round; doubles each time, and keeps doubling between rounds. Default 200 ms. */
  backoffMs?: number;
  /** How long one instance owns an event's delivery before another may take over. Default: all attempts with their timeouts and back-off, plus 5 s. */
  leaseMs?: number;
  /** Longest wait for one hook call before it counts as failed. Default 10 s. */
  attemptTimeoutMs?: number;
  /** How long delivered ids are remembered. Default 35 days (past any provider's webhook retries). */
  retentionMs?: number;
  /** How often the background deliverer looks for events due another round; 0 turns it off. Default 2 s. */
  sweepMs?: number;
  /** Told of each event the first time it is recorded (before delivery), e.g. to note an outcome. */
  onRecorded?: (event: SettleEvent) => Promise<void>;
}

/** `recorded`: durably in the outbox, delivered in the background; `duplicate`: recorded before. */
export type DispatchOutcome = 'recorded' | 'duplicate';
type DeliveryOutcome = 'delivered' | 'pending';

interface EffectRecord {
  /** `rejected`: the backend refused it for good (a permanent error); never retried, kept for the operator. */
  status: 'pending' | 'done' | 'rejected';
  event: SettleEvent;
}

/** When an outbox entry is due its next delivery round, and how many rounds failed. */
interface OutboxEntry {
  due: number;
  failures: number;
}

const RECORD = 'effect:';
const LEASE = 'effect-lease:';
/** The outbox: one small key per event not yet delivered, so the sweep never reads delivered ones. */
const OUTBOX = 'effect-due:';
/** Longest wait between two delivery rounds of one event. */
const MAX_ROUND_DELAY_MS = 10 * 60 * 1000;
/** An outbox entry without its record is a dispatch that died in between; dropped after this. */
const ORPHAN_MS = 60_000;

/**
 * A durable outbox for the creditor's backend hooks. `dispatch` records the event in the
 * store and returns: the debtor's request never waits on the creditor. Delivery runs in
 * the background with retries and back-off; the record makes the effect happen once:
 * concurrent duplicates (a webhook racing the browser's confirmation, twenty redeliveries,
 * another server instance) find it and stop, and a lease lets one instance deliver at a
 * time. A delivery that keeps failing stays in the outbox, so nothing is lost when the
 * backend is down or an instance dies mid-delivery.
 */
export class EffectDispatcher {
  private readonly attempts: number;
  private readonly backoffMs: number;
  private readonly leaseMs: number;
  private readonly retentionMs: number;
  private readonly attemptTimeoutMs: number;
  private readonly inFlight = new Set<Promise<unknown>>();
  private timer: ReturnType<typeof setInterval> | undefined;
  private sweeping = false;
  private closed = false;

  constructor(private readonly settings: DispatcherSettings) {
    this.attempts = settings.attempts ?? 4;
    this.backoffMs = settings.backoffMs ?? 200;
    // The lease must outlast every attempt of one delivery (timeouts plus back-off), or
    // another instance's reconcile() could deliver the same event at the same time.
    this.leaseMs = settings.leaseMs ?? this.attempts * (settings.attemptTimeoutMs ?? 10_000) + this.backoffMs * 2 ** this.attempts + 5_000;
    this.retentionMs = settings.retentionMs ?? 35 * 24 * 3600 * 1000;
    this.attemptTimeoutMs = settings.attemptTimeoutMs ?? 10_000;
  }

  /** Starts the background deliverer; its timer never keeps a process alive on its own. */
  start(): void {
    const every = this.settings.sweepMs ?? 2_000;
    if (this.timer || every <= 0 || this.closed) return;
    this.timer = setInterval(() => void this.track(this.sweep()), every);
    this.timer.unref?.();
  }

  /** Stops the background deliverer and waits for deliveries already running (each bounded by its timeouts). */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    this.timer = undefined;
    await this.drain();
  }

  /** Resolves once no delivery of this instance is running (for tests and graceful shutdown). */
  async drain(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  async dispatch(event: NewSettleEvent): Promise<DispatchOutcome> {
    const { store, now } = this.settings;
    // A spread loses the link between `type` and `data` that `NewSettleEvent` checked.
    const full = { ...event, createdAt: new Date(now()).toISOString() } as SettleEvent;
    const pending = JSON.stringify({ status: 'pending', event: full } satisfies EffectRecord);
    // The outbox entry first: a crash between the two leaves an entry the sweep drops, never a record nobody delivers.
    await store.setIfAbsent(OUTBOX + event.id, JSON.stringify({ due: now(), failures: 0 } satisfies OutboxEntry), this.retentionMs);
    const recorded = await store.setIfAbsent(RECORD + event.id, pending, this.retentionMs);
    if (!recorded) return 'duplicate';
    await this.settings.onRecorded?.(full).catch((error: unknown) => this.settings.logger.error('noting a recorded event failed', { eventId: event.id, error: describeError(error) }));
    if (!this.closed) void this.track(this.deliver(full, pending));
    return 'recorded';
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

  /**
   * Re-drives every pending event now, due or not, whose owner is gone (a full scan of
   * the records, so also events recorded before the outbox existed). Returns how many were delivered.
   */
  async reconcile(): Promise<number> {
    let delivered = 0;
    for (const key of await this.settings.store.keys(RECORD)) {
      const raw = await this.settings.store.get(key);
      if (!raw) continue;
      const record = JSON.parse(raw) as EffectRecord;
      if (record.status !== 'pending') continue;
      if ((await this.track(this.deliver(record.event, raw))) === 'delivered') delivered += 1;
    }
    return delivered;
  }

  /** One background round: every outbox entry that is due gets another delivery round. */
  private async sweep(): Promise<void> {
    if (this.sweeping || this.closed) return;
    this.sweeping = true;
    const { store, now, logger } = this.settings;
    try {
      for (const key of await store.keys(OUTBOX)) {
        if (this.closed) return;
        const entry = await store.get(key);
        if (!entry || (JSON.parse(entry) as OutboxEntry).due > now()) continue;
        const raw = await store.get(RECORD + key.slice(OUTBOX.length));
        if (raw === null) {
          if ((JSON.parse(entry) as OutboxEntry).due < now() - ORPHAN_MS) await store.delete(key);
          continue;
        }
        const record = JSON.parse(raw) as EffectRecord;
        if (record.status === 'done') await store.delete(key);
        else await this.deliver(record.event, raw);
      }
    } catch (error) {
      logger.error('effect outbox sweep failed; the next sweep tries again', { error: describeError(error) });
    } finally {
      this.sweeping = false;
    }
  }

  private track<T>(work: Promise<T>): Promise<T> {
    this.inFlight.add(work);
    void work.then(
      () => this.inFlight.delete(work),
      () => this.inFlight.delete(work),
    );
    return work;
  }

  private async deliver(event: SettleEvent, pendingRaw: string): Promise<DeliveryOutcome> {
    const { store, hooks, logger } = this.settings;
    const lease = LEASE + event.id;
    if (!(await store.setIfAbsent(lease, 'held', this.leaseMs))) return 'pending';
    const name = EFFECT_HOOKS[event.type];
    try {
      // EFFECT_HOOKS names the hook that takes exactly this event's type.
      const hook = hooks[name] as ((event: SettleEvent) => Promise<void>) | undefined;
      for (let attempt = 1; attempt <= this.attempts; attempt += 1) {
        try {
          if (hook) await withTimeout(() => hook.call(hooks, event), this.attemptTimeoutMs, `backend hook ${name}`);
          const done = JSON.stringify({ status: 'done', event } satisfies EffectRecord);
          await store.compareAndSet(RECORD + event.id, pendingRaw, done, this.retentionMs);
          await store.delete(OUTBOX + event.id);
          return 'delivered';
        } catch (error) {
          if (isPermanent(error)) {
            logger.error(`backend hook ${name} refused the event for good; not retried: ${describeError(error)}`, { eventId: event.id, error: describeError(error), ...statusOf(error) });
            await store.compareAndSet(RECORD + event.id, pendingRaw, JSON.stringify({ status: 'rejected', event } satisfies EffectRecord), this.retentionMs);
            await store.delete(OUTBOX + event.id);
            return 'pending';
          }
          logger.warn(`backend hook ${name} failed (attempt ${attempt}/${this.attempts}): ${describeError(error)}`, { eventId: event.id, error: describeError(error) });
          if (attempt < this.attempts && !this.closed) await sleep(this.backoffMs * 2 ** (attempt - 1));
          else break;
        }
      }
      const failures = await this.postpone(event.id);
      logger.error(`backend hook ${name} kept failing; kept in the outbox for round ${failures + 1} in ${this.roundDelay(failures)} ms`, { eventId: event.id });
      return 'pending';
    } catch (error) {
      // The store itself failed: the event stays pending, and reconcile() or the next sweep takes it.
      logger.error(`backend hook ${name}: delivery interrupted; left pending`, { eventId: event.id, error: describeError(error) });
      return 'pending';
    } finally {
      await store.delete(lease).catch(() => undefined);
    }
  }

  /** Moves an event's next round later, doubling the wait each failed round. Returns the failed rounds so far. */
  private async postpone(id: string): Promise<number> {
    const { store, now } = this.settings;
    const raw = await store.get(OUTBOX + id);
    const failures = (raw ? (JSON.parse(raw) as OutboxEntry).failures : 0) + 1;
    await store.set(OUTBOX + id, JSON.stringify({ due: now() + this.roundDelay(failures), failures } satisfies OutboxEntry), this.retentionMs);
    return failures;
  }

  private roundDelay(failures: number): number {
    return Math.min(this.backoffMs * 2 ** (this.attempts + failures - 1), MAX_ROUND_DELAY_MS);
  }
}

/** A hook error that says retrying cannot help (e.g. the webhook receiver answered 4xx). */
function isPermanent(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { permanent?: unknown }).permanent === true;
}

function statusOf(error: unknown): { status?: number } {
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' ? { status } : {};
}

/** The error's message and its cause's, so the log says why a hook failed. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause === undefined ? '' : ` (cause: ${describeError(error.cause)})`;
  return `${error.name}: ${error.message}${cause}`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref?.());
}
