// Element tests in real headless Chromium. Run from the repository root:
//   web-test-runner --config packages/widget/web-test-runner.config.mjs
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { countReporter } from '../../tests/support/wtr-count-reporter.mjs';

const require = createRequire(import.meta.url);
const rootDir = fileURLToPath(new URL('../..', import.meta.url));

/** CHROME_PATH wins; otherwise whatever `chromium` the PATH resolves to. */
function chromiumPath() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  try {
    return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('Chromium not found: install it (Debian: apt-get install chromium) or set CHROME_PATH.');
  }
}

const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * msw's worker must be served from `/` so its scope covers the test pages. Served by a
 * middleware straight from the package, so it never lands in a public dir or a build.
 */
const mockServiceWorker = require.resolve('msw/mockServiceWorker.js');
function serveMockServiceWorker() {
  return async (context, next) => {
    if (context.path !== '/mockServiceWorker.js') return next();
    context.type = 'application/javascript';
    context.body = await readFile(mockServiceWorker, 'utf8');
  };
}

export default {
  rootDir,
  files: ['packages/widget/src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['settle-source', 'browser', 'development'] },
  // Two cores: one browser page per core keeps runs steady.
  concurrency: 2,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 10_000 } },
  middleware: [serveMockServiceWorker()],
  // The count reporter hands `npm test` this suite's totals.
  reporters: [defaultReporter(), countReporter()],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url)) }),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: chromiumPath(), headless: true, args: chromiumArgs },
    }),
  ],
};
