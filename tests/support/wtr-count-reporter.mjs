import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';

/**
 * A web-test-runner reporter that writes how many browser tests passed and failed, and
 * the names of the failed ones, to the file named by SETTLE_WTR_COUNTS, so `npm test`
 * can print one total for all suites and list every failure at its end.
 */
export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const file = process.env.SETTLE_WTR_COUNTS;
      if (!file) return;
      let passed = 0;
      const failures = [];
      const walk = (suite, path, testFile) => {
        for (const test of suite?.tests ?? []) {
          if (test.passed) passed += 1;
          else failures.push(`${testFile} > ${[...path, test.name].join(' > ')}`);
        }
        for (const child of suite?.suites ?? []) walk(child, [...path, child.name], testFile);
      };
      for (const session of sessions) {
        walk(session.testResults, [], relative(process.cwd(), session.testFile));
        // A file that failed to load has errors but no tests.
        if (!session.passed && (session.errors?.length ?? 0) > 0) failures.push(`${relative(process.cwd(), session.testFile)} (did not load)`);
      }
      writeFileSync(file, JSON.stringify({ passed, failed: failures.length, failures }));
    },
  };
}
