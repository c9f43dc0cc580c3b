// Where Chromium is and how it starts, for every tool that drives it (web-test-runner,
// the end-to-end tests, benchmarks and screenshots). Plain JS, so configs can import it.
import { execFileSync } from 'node:child_process';

/** Headless and quiet on the network, for containers and CI. */
export const CHROMIUM_ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Chromium from CHROME_PATH, else whatever `chromium` the PATH holds. */
export function chromiumPath() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  try {
    return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('No Chromium found: install it (Debian: apt-get install chromium) or set CHROME_PATH.');
  }
}
