// Element tests in real headless Chromium. Run from the repository root:
//   web-test-runner --config packages/widget/web-test-runner.config.mjs
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/support/chromium.mjs';
import { countReporter } from '../../tests/support/wtr-count-reporter.mjs';

const require = createRequire(import.meta.url);
const rootDir = fileURLToPath(new URL('../..', import.meta.url));

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

/**
 * Element tests import `@open-wc/testing`; they get test/support/testing.ts, the same
 * helpers with a `waitUntil` bound wide enough for a loaded machine (see that file).
 */
const TESTING = '/packages/widget/test/support/testing.ts';
function loadTolerantTesting() {
  return {
    name: 'settle-load-tolerant-testing',
    resolveImport({ source, context }) {
      if (source === '@open-wc/testing' && context.path !== TESTING) return TESTING;
      return undefined;
    },
  };
}

export default {
  rootDir,
  files: ['packages/widget/src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['settle-source', 'browser', 'development'] },
  // Two cores: one browser page per core keeps runs steady.
  concurrency: 2,
  concurrentBrowsers: 1,
  // Upper bounds, not waits: tests wait for the state they assert and end as soon as it shows.
  // They are wide because on a loaded machine (npm run test:stress) one test can take 10 s.
  testFramework: { config: { timeout: 30_000 } },
  testsFinishTimeout: 600_000,
  middleware: [serveMockServiceWorker()],
  // The count reporter hands `npm test` this suite's totals.
  reporters: [defaultReporter(), countReporter()],
  plugins: [loadTolerantTesting(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url)) })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_ARGS] },
    }),
  ],
};
