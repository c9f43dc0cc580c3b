// The suites `npm test` and `npm run test:stress` run, and how to read their test counts.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Vitest's JSON report as counts, with every failed test named `file > test`. */
export function vitestCounts(file) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const failures = report.testResults.flatMap((result) => {
    const where = relative(process.cwd(), result.name);
    const tests = result.assertionResults.filter((test) => test.status === 'failed').map((test) => `${where} > ${test.fullName}`);
    // A file that fails to load fails the run without failing a test: count it once.
    return tests.length === 0 && result.status === 'failed' ? [`${where} (did not load)`] : tests;
  });
  return { passed: report.numPassedTests, failed: failures.length || (report.success ? 0 : 1), failures };
}

/** A vitest project as a step, its JSON report written into `reports`. */
export function vitestStep(project, reports) {
  const json = join(reports, `${project}.json`);
  return {
    name: project,
    command: ['npx', 'vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${json}`],
    counts: () => vitestCounts(json),
  };
}

/** The element tests in headless Chromium; tests/support/wtr-count-reporter.mjs writes their counts. */
export function browserStep(reports) {
  const json = join(reports, 'browser.json');
  return {
    name: 'browser',
    command: ['npx', 'web-test-runner', '--config', 'packages/widget/web-test-runner.config.mjs'],
    env: { SETTLE_WTR_COUNTS: json },
    counts: () => JSON.parse(readFileSync(json, 'utf8')),
  };
}

/** Biome's format and lint check; warnings fail it too (see the `lint` script). */
export const lintStep = { name: 'lint', command: ['npm', 'run', '--silent', 'lint'] };

export const buildStep = { name: 'build', command: ['npm', 'run', '--silent', 'build'] };

/**
 * Runs a step with its output on this terminal: `{ name, ok, seconds, counts }`, where
 * counts is null when the step counts no tests or its report is missing (a crashed runner).
 */
export async function runStep(step) {
  const started = Date.now();
  const code = await new Promise((resolve) => {
    const [command, ...args] = step.command;
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...step.env } });
    child.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
  });
  let counts = null;
  if (step.counts) {
    try {
      counts = step.counts();
    } catch {
      counts = null;
    }
  }
  return { name: step.name, ok: code === 0, seconds: (Date.now() - started) / 1000, counts };
}

/** Failures a result counts; a step that failed without countable tests counts as one. */
export function failuresOf(result) {
  const named = result.counts?.failures ?? [];
  if (!result.ok && named.length === 0) return [`${result.name} (failed without a named test)`];
  return named;
}
