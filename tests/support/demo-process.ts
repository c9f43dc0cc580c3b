import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './repo.js';

export interface DemoLink {
  key: string;
  /** The line describing the debtor, as printed. */
  description: string;
  url: string;
}

export interface DemoProcess {
  origin: string;
  links: DemoLink[];
  /** The link printed for a sample debtor's key; throws when there is none. */
  link(key: string): string;
  /** Everything the process wrote so far, for failure messages. */
  output(): string;
  stop(): Promise<number | null>;
}

const ORIGIN_LINE = /^Settle demo running at (http:\/\/\S+)$/;
const DEBTOR_LINE = /^ {2}\[([\w-]+)\] (.+)$/;
const LINK_LINE = /^ {4}(http:\/\/\S+\/pay\S*#t=\S+)$/;
const READY_LINE = /^Press Ctrl\+C to stop\.$/;

/** Parses the demo's start-up output: its origin and one link per sample debtor. */
export function parseDemoOutput(text: string): { origin: string | null; links: DemoLink[]; ready: boolean } {
  let origin: string | null = null;
  let ready = false;
  const links: DemoLink[] = [];
  let pending: { key: string; description: string } | null = null;
  for (const line of text.split('\n')) {
    const originMatch = ORIGIN_LINE.exec(line);
    if (originMatch?.[1]) origin = originMatch[1];
    const debtorMatch = DEBTOR_LINE.exec(line);
    if (debtorMatch?.[1] && debtorMatch[2]) pending = { key: debtorMatch[1], description: debtorMatch[2] };
    const linkMatch = LINK_LINE.exec(line);
    if (linkMatch?.[1] && pending) {
      links.push({ ...pending, url: linkMatch[1] });
      pending = null;
    }
    if (READY_LINE.test(line)) ready = true;
  }
  return { origin, links, ready };
}

/**
 * Starts `node demo/src/main.ts` as `npm run demo` does (without the widget build) on a
 * free port, waits until it printed its links and answers /healthz, and stops it with
 * SIGTERM. Extra environment variables (e.g. DEMO_DB_DIR) pass through `env`.
 */
export async function startDemoProcess(env: Record<string, string> = {}, timeoutMs = 240_000): Promise<DemoProcess> {
  const child = spawn(process.execPath, ['--conditions=settle-source', '--import', 'tsx', join(REPO_ROOT, 'demo/src/main.ts')], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const output = () => `--- stdout\n${stdout}\n--- stderr\n${stderr}`;

  try {
    const parsed = await waitForReady(child, () => parseDemoOutput(stdout), output, timeoutMs);
    await waitForHealth(parsed.origin);
    const demo: DemoProcess = {
      origin: parsed.origin,
      links: parsed.links,
      link(key) {
        const found = parsed.links.find((link) => link.key === key);
        if (!found) throw new Error(`the demo printed no link for "${key}"\n${output()}`);
        return found.url;
      },
      output,
      stop: () => stopProcess(child),
    };
    return demo;
  } catch (error) {
    await stopProcess(child);
    throw error;
  }
}

function waitForReady(child: ChildProcess, parse: () => ReturnType<typeof parseDemoOutput>, output: () => string, timeoutMs: number): Promise<{ origin: string; links: DemoLink[] }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error(`the demo did not start within ${timeoutMs} ms\n${output()}`)), timeoutMs);
    const onData = () => {
      const parsed = parse();
      if (parsed.ready && parsed.origin) finish(null, { origin: parsed.origin, links: parsed.links });
    };
    const onExit = (code: number | null) => finish(new Error(`the demo exited with code ${code} before it was ready\n${output()}`));
    function finish(error: Error | null, value?: { origin: string; links: DemoLink[] }) {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve(value!);
    }
    child.stdout?.on('data', onData);
    child.once('exit', onExit);
  });
}

async function waitForHealth(origin: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    try {
      if ((await fetch(`${origin}/healthz`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${origin}/healthz never answered`);
}

function stopProcess(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', (code) => {
      clearTimeout(force);
      resolve(code);
    });
    child.kill('SIGTERM');
  });
}
