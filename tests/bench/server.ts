import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';

export interface ServerRun {
  target: 'settle' | 'bare';
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
}

/** Starts the target in its own process so the load generator doesn't share its event loop. */
async function startTarget(mode: 'settle' | 'bare') {
  const child = spawn(process.execPath, ['--conditions=settle-source', '--import', 'tsx', new URL('./server-target.ts', import.meta.url).pathname, mode], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout });
  const first = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`benchmark target exited with ${code}`)));
  });
  return { child, ...(JSON.parse(first) as { port: number; token: string; path: string }) };
}

/** Claim reads at 50 concurrent connections for `seconds`, against Settle's handler or a bare server. */
export async function benchClaimRead(mode: 'settle' | 'bare', seconds = 10): Promise<ServerRun> {
  const target = await startTarget(mode);
  try {
    const result = await autocannon({
      url: `http://127.0.0.1:${target.port}${target.path}`,
      connections: 50,
      duration: seconds,
      headers: { authorization: `Bearer ${target.token}` },
    });
    return {
      target: mode,
      requestsPerSecond: result.requests.average,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      errors: result.errors,
      non2xx: result.non2xx,
    };
  } finally {
    target.child.kill('SIGTERM');
  }
}
