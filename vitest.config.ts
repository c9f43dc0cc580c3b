import { defineConfig } from 'vitest/config';

/** Workspace packages resolve to their TypeScript sources, so tests never run stale builds. */
// No 'import' here: vitest hands these to Node as --conditions, and Node would then load a
// package's ESM file for require() (Express's router gets a module namespace, not a function).
const conditions = ['settle-source', 'module', 'node'];
const resolve = { conditions };
const ssr = { resolve: { conditions, externalConditions: ['settle-source'] } };

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        ssr,
        test: {
          name: 'unit',
          include: ['packages/{protocol,server-sdk,widget}/test/**/*.test.ts', 'demo/test/**/*.test.ts', 'tests/security/**/*.test.ts', 'tests/architecture/**/*.test.ts'],
          environment: 'node',
          // An upper bound for a busy machine (npm run test:stress), not a speed target.
          testTimeout: 30_000,
        },
      },
      {
        resolve,
        ssr,
        test: {
          name: 'e2e',
          include: ['tests/budgets/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          environment: 'node',
          // Upper bounds, not waits: a journey ends as soon as its last state shows. On a loaded
          // machine (npm run test:stress) one journey, or tsc on the type fixtures, passes 60 s.
          testTimeout: 180_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
