import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';

export interface ScaleRun {
  claims: number;
  sessions: number;
  seedMs: number;
  /** Resident memory after seeding and signing the session tokens. */
  rssBeforeMb: number;
  /** Resident memory after every session read its claim under load. */
  rssAfterMb: number;
  heapAfterMb: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
}

const MB = 1024 * 1024;

/** Claim reads spread over `sessions` different debtors' tokens against `claims` stored claims. */
export async function benchScale(claims = 100_000, sessions = 10_000, seconds = 10): Promise<ScaleRun> {
  const child = spawn(process.execPath, ['--expose-gc', '--conditions=settle-source', '--import', 'tsx', new URL('./scale-target.ts', import.meta.url).pathname], {
    env: { ...process.env, CLAIMS: String(claims), SESSIONS: String(sessions) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const line = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout }).once('line', resolve);
      child.once('exit', (code) => reject(new Error(`scale target exited with ${code}`)));
    });
    const target = JSON.parse(line) as { port: number; seedMs: number; sessions: { claimId: string; token: string }[]; memory: NodeJS.MemoryUsage };
    let next = 0;
    const result = await autocannon({
      url: `http://127.0.0.1:${target.port}`,
      connections: 50,
      duration: seconds,
      requests: [
        {
          setupRequest: (request: Record<string, unknown>) => {
            const session = target.sessions[next++ % target.sessions.length] as { claimId: string; token: string };
            return { ...request, method: 'GET', path: `/settle/claims/${session.claimId}`, headers: { authorization: `Bearer ${session.token}` } };
          },
        },
      ],
    });
    const after = (await (await fetch(`http://127.0.0.1:${target.port}/__bench/memory`)).json()) as NodeJS.MemoryUsage;
    return {
      claims,
      sessions,
      seedMs: Math.round(target.seedMs),
      rssBeforeMb: Math.round(target.memory.rss / MB),
      rssAfterMb: Math.round(after.rss / MB),
      heapAfterMb: Math.round(after.heapUsed / MB),
      requestsPerSecond: result.requests.average,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      non2xx: result.non2xx,
    };
  } finally {
    child.kill('SIGTERM');
  }
}
