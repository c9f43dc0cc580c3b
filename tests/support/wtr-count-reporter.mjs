import { writeFileSync } from 'node:fs';

/**
 * A web-test-runner reporter that writes how many browser tests passed and failed to
 * the file named by SETTLE_WTR_COUNTS, so `npm test` can print one total for all suites.
 */
export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const file = process.env.SETTLE_WTR_COUNTS;
      if (!file) return;
      let passed = 0;
      let failed = 0;
      const walk = (suite) => {
        for (const test of suite?.tests ?? []) test.passed ? (passed += 1) : (failed += 1);
        for (const child of suite?.suites ?? []) walk(child);
      };
      for (const session of sessions) {
        walk(session.testResults);
        // A file that failed to load has errors but no tests.
        if (!session.passed && (session.errors?.length ?? 0) > 0) failed += 1;
      }
      writeFileSync(file, JSON.stringify({ passed, failed }));
    },
  };
}
