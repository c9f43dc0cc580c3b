import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { Payment } from '@settle/protocol';
import { RedisStore } from '@settle/server-sdk/redis';
import { SandboxProvider } from '../../packages/server-sdk/src/payments/sandbox.js';
import { findRedisServer, startPrivateRedis } from '../../packages/server-sdk/test/store/redis-server.js';
import { REPO_ROOT } from '../support/repo.js';
import { FAULTS, startCreditor, type Fault } from './burst/creditor.js';
import { BURST_CLAIM_PREFIX, serveInstance, type InstanceConfig } from './burst/instance.js';

/**
 * Burst and faults: webhook deliveries and browser confirmations at 10× a stated peak
 * against TWO Settle instances sharing one Redis store, with the creditor's backend slow,
 * failing, timing out and down; one instance is killed (SIGKILL) mid-burst. Afterwards
 * the outbox delivers what waited, and every payment must have taken effect exactly once.
 *
 * The stated peak: one creditor's reminder campaign at its busiest minute, about 20
 * payment events per second (provider webhooks plus browser confirmations).
 * Everything runs on loopback; counts and time are bounded by the options.
 */

export const STATED_PEAK_PER_SECOND = 20;

/** The full size for `npm run bench`: 400 payments, 2,000 requests at 200/s. */
export const FULL_BURST: BurstOptions = { payments: 400, killAt: 0.4 };

export interface BurstOptions {
  /** Payments in the burst; each gets `webhookCopies` webhooks and `confirmations` browser confirmations. */
  payments: number;
  webhookCopies?: number;
  confirmations?: number;
  /** Multiple of the stated peak to send at. Default 10. */
  factor?: number;
  /** Fraction of the burst after which the second instance is killed; null keeps it alive. */
  killAt?: number | null;
  /** Progress lines (phases), e.g. console.error for `npm run bench`. */
  log?: (line: string) => void;
}

export interface BurstReport {
  payments: number;
  requests: number;
  targetRate: number;
  /** Requests completed per second over the burst (first send to last answer). */
  heldRate: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  /** Requests that never got a 2xx, even after retries against the surviving instance. */
  unanswered: number;
  retried: number;
  /** Why attempts were retried: kind, instance (A in-process, B the child) and status, or "network" when the instance was gone. */
  rejections: Record<string, number>;
  killed: boolean;
  /** Effects still waiting in the outbox when the creditor recovered (delivered in the background after). */
  pendingAtRecovery: number;
  /** Events a final `reconcile()` still had to deliver after the outbox drained (should be 0). */
  reconciled: number;
  /** Payments with no effect at the creditor, and with more than one. */
  lost: number;
  duplicated: number;
  /** Effect records still pending in the store after reconciliation. */
  pendingAfter: number;
  /** Hook deliveries the creditor saw (at least one per payment; retries and takeovers add more). */
  deliveries: number;
  faults: Record<Fault, number>;
  seconds: number;
}

interface Job {
  kind: 'webhook' | 'confirm';
  paymentId: string;
  send(origin: string): Promise<Response>;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Starts the second instance as a child process; resolves with its origin once it listens. */
function startChild(config: InstanceConfig, redisUrl: string, prefix: string): Promise<{ child: ChildProcess; origin: string }> {
  const child = spawn(process.execPath, ['--conditions=settle-source', '--import', 'tsx', join(REPO_ROOT, 'tests/bench/burst/child.ts')], {
    cwd: REPO_ROOT,
    env: { ...process.env, BURST_CONFIG: JSON.stringify(config), REDIS_URL: redisUrl, REDIS_PREFIX: prefix },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`burst instance did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /ready (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, origin: match[1] });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`burst instance exited with ${code}:\n${output}`));
    });
  });
}

export async function runBurst(options: BurstOptions): Promise<BurstReport> {
  const { payments: count, webhookCopies = 3, confirmations = 2, factor = 10, killAt = 0.4, log = () => undefined } = options;
  const started = Date.now();
  const redisBinary = findRedisServer();
  if (!redisBinary) throw new Error('The burst needs redis-server on PATH (apt-get install -y redis-server): two instances share a real store.');
  const redis = await startPrivateRedis(redisBinary);
  const prefix = `burst-${randomBytes(4).toString('hex')}:`;
  const faultByPayment = new Map<string, Fault>();
  const creditor = await startCreditor((paymentId) => faultByPayment.get(paymentId) ?? 'ok', { holdMs: 2_500, slowMs: 1_000 });
  const config: InstanceConfig = {
    secret: randomBytes(32).toString('hex'),
    sandboxSecret: randomBytes(24).toString('hex'),
    creditorUrl: creditor.url,
    hookTimeoutMs: 1_500,
    leaseMs: 6_000,
  };
  const storeA = new RedisStore(redis.url, { prefix });
  const a = await serveInstance(config, storeA);
  let b: { child: ChildProcess; origin: string } | undefined;
  try {
    b = await startChild(config, redis.url, prefix);
    const bank = new SandboxProvider({ webhookSecret: config.sandboxSecret }, { store: storeA, now: Date.now });

    // Set-up (not timed): one authorized sandbox payment per claim, and its signed webhook.
    const jobs: Job[] = [];
    const faults = Object.fromEntries(FAULTS.map((fault) => [fault, 0])) as Record<Fault, number>;
    for (let index = 0; index < count; index += 1) {
      const claimId = `${BURST_CLAIM_PREFIX}${index}`;
      const token = await a.settle.createSessionToken({ claimId });
      const created = await a.settle.handle(
        new Request(`${a.origin}/settle/payments`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': `burst-${index}-${prefix}` },
          body: JSON.stringify({ option: 'full', provider: 'sandbox' }),
        }),
      );
      if (created.status !== 201) throw new Error(`burst set-up: payment ${index} answered ${created.status} ${await created.text()}`);
      const { payment } = (await created.json()) as { payment: Payment };
      const { reference, clientSecret } = payment.client as { reference: string; clientSecret: string };
      const authorized = await a.settle.handle(
        new Request(`${a.origin}/settle/sandbox/payments/${reference}/authorize`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ clientSecret, scenario: 'success' }),
        }),
      );
      if (authorized.status !== 200) throw new Error(`burst set-up: authorize ${index} answered ${authorized.status}`);
      const fault = FAULTS[index % FAULTS.length] as Fault;
      faultByPayment.set(payment.id, fault);
      faults[fault] += 1;
      const webhook = await bank.webhookFor(reference);
      for (let copy = 0; copy < webhookCopies; copy += 1) {
        jobs.push({ kind: 'webhook', paymentId: payment.id, send: (origin) => fetch(`${origin}/settle/webhooks/sandbox`, { method: 'POST', headers: webhook.headers, body: webhook.body }) });
      }
      for (let confirm = 0; confirm < confirmations; confirm += 1) {
        jobs.push({
          kind: 'confirm',
          paymentId: payment.id,
          send: (origin) => fetch(`${origin}/settle/payments/${payment.id}/confirm`, { method: 'POST', headers: { authorization: `Bearer ${token}` } }),
        });
      }
    }
    log(`burst: set up ${count} payments`);
    // Copies of one payment's events spread across the burst and both instances, as real retries are.
    const order = new Map(jobs.map((job, index) => [job, hash(`${job.paymentId}:${job.kind}:${index}`)]));
    jobs.sort((left, right) => (order.get(left) ?? 0) - (order.get(right) ?? 0));

    // The burst: open-loop at the target rate; a request that fails goes to the surviving instance.
    const rate = STATED_PEAK_PER_SECOND * factor;
    const latencies: number[] = [];
    let unanswered = 0;
    let retried = 0;
    const rejections: Record<string, number> = {};
    const reject = (why: string) => (rejections[why] = (rejections[why] ?? 0) + 1);
    const instance = (origin: string) => (origin === a.origin ? 'A' : 'B');
    let killed = false;
    const killIndex = killAt === null ? -1 : Math.floor(jobs.length * killAt);
    const burstStart = performance.now();
    const running = jobs.map(async (job, index) => {
      await sleep(Math.max(0, burstStart + (index * 1000) / rate - performance.now()));
      if (index === killIndex && b) {
        b.child.kill('SIGKILL');
        killed = true;
      }
      const sent = performance.now();
      let origin = index % 2 === 0 ? a.origin : (b?.origin ?? a.origin);
      for (let attempt = 1; attempt <= 6; attempt += 1) {
        try {
          const response = await job.send(origin);
          await response.body?.cancel();
          if (response.ok) {
            latencies.push(performance.now() - sent);
            return;
          }
          reject(`${job.kind} ${instance(origin)} ${response.status}`);
        } catch {
          // Connection refused or reset: the instance is gone.
          reject(`${job.kind} ${instance(origin)} network`);
        }
        retried += 1;
        origin = a.origin;
        await sleep(100 * attempt);
      }
      unanswered += 1;
    });
    await Promise.all(running);
    log(`burst: ${jobs.length} requests answered`);
    const burstSeconds = (performance.now() - burstStart) / 1000;

    // The creditor is back: the outbox delivers what waited (the killed instance's leases
    // run out first); a last reconcile() must find nothing left.
    const pendingAtRecovery = await pendingEffects(storeA);
    creditor.recover();
    const deadline = Date.now() + config.leaseMs + 30_000;
    while ((await pendingEffects(storeA)) > 0 && Date.now() < deadline) await sleep(100);
    const reconciled = await a.settle.reconcile();
    log(`burst: ${pendingAtRecovery} effects waited for the creditor; reconcile found ${reconciled} more`);

    const effectsPerPayment = new Map<string, number>();
    for (const paymentId of creditor.effects.values()) effectsPerPayment.set(paymentId, (effectsPerPayment.get(paymentId) ?? 0) + 1);
    const pendingAfter = await pendingEffects(storeA);
    const sorted = [...latencies].sort((x, y) => x - y);
    return {
      payments: count,
      requests: jobs.length,
      targetRate: rate,
      heldRate: Math.round(jobs.length / burstSeconds),
      latencyMs: { p50: Math.round(percentile(sorted, 50)), p95: Math.round(percentile(sorted, 95)), p99: Math.round(percentile(sorted, 99)), max: Math.round(sorted.at(-1) ?? 0) },
      unanswered,
      retried,
      rejections,
      killed,
      pendingAtRecovery,
      reconciled,
      lost: [...faultByPayment.keys()].filter((id) => !effectsPerPayment.has(id)).length,
      duplicated: [...effectsPerPayment.values()].filter((n) => n > 1).length,
      pendingAfter,
      deliveries: [...creditor.deliveries.values()].reduce((sum, n) => sum + n, 0),
      faults,
      seconds: Math.round((Date.now() - started) / 100) / 10,
    };
  } finally {
    if (b && b.child.exitCode === null && b.child.signalCode === null) b.child.kill('SIGKILL');
    a.server.closeAllConnections();
    await new Promise((resolve) => a.server.close(resolve));
    await a.settle.close();
    await storeA.close?.();
    await creditor.close();
    await redis.stop();
  }
}

/** Effect records not yet delivered. */
async function pendingEffects(store: RedisStore): Promise<number> {
  let pending = 0;
  for (const key of await store.keys('effect:')) {
    const raw = await store.get(key);
    if (raw && (JSON.parse(raw) as { status: string }).status === 'pending') pending += 1;
  }
  return pending;
}

function hash(text: string): number {
  let value = 2166136261;
  for (let index = 0; index < text.length; index += 1) value = Math.imul(value ^ text.charCodeAt(index), 16777619);
  return value >>> 0;
}

/** One line per figure, for `npm run bench` and the closing note. */
export function formatBurstReport(report: BurstReport): string {
  return [
    `burst: ${report.payments} payments, ${report.requests} requests at ${report.targetRate}/s target (10× a peak of ${STATED_PEAK_PER_SECOND}/s), two instances on one Redis store`,
    `  held ${report.heldRate} req/s; latency p50 ${report.latencyMs.p50} ms, p95 ${report.latencyMs.p95} ms, p99 ${report.latencyMs.p99} ms, max ${report.latencyMs.max} ms`,
    `  faults per payment: ${Object.entries(report.faults)
      .map(([fault, n]) => `${fault} ${n}`)
      .join(', ')}; instance killed mid-burst: ${report.killed ? 'yes' : 'no'}`,
    `  retried ${report.retried} (${Object.entries(report.rejections)
      .map(([why, n]) => `${why}: ${n}`)
      .join(', ')}), unanswered ${report.unanswered}; ${report.pendingAtRecovery} effects waited for the creditor, reconcile found ${report.reconciled} more; pending after ${report.pendingAfter}`,
    `  lost ${report.lost}, duplicated ${report.duplicated}; creditor saw ${report.deliveries} deliveries; ${report.seconds} s in all`,
  ].join('\n');
}
