#!/usr/bin/env node
// `npm test`: typecheck, unit and server suites, real-browser element tests, size budgets
// and end-to-end tests, in that order. Every step runs even when an earlier one fails, so
// one run shows everything that is broken; the exit code is non-zero if any step failed.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const reports = mkdtempSync(join(tmpdir(), 'settle-test-'));
const vitestJson = (name) => join(reports, `${name}.json`);

/** Each step: a command, and how to read its test counts (if it runs tests). */
const steps = [
  { name: 'typecheck', command: ['npx', 'tsc', '-p', 'tsconfig.json', '--noEmit'] },
  {
    name: 'unit',
    command: ['npx', 'vitest', 'run', '--project', 'unit', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson('unit')}`],
    counts: () => vitestCounts(vitestJson('unit')),
  },
  {
    name: 'browser',
    command: ['npx', 'web-test-runner', '--config', 'packages/widget/web-test-runner.config.mjs'],
    env: { SETTLE_WTR_COUNTS: join(reports, 'browser.json') },
    counts: () => JSON.parse(readFileSync(join(reports, 'browser.json'), 'utf8')),
  },
  { name: 'build', command: ['npm', 'run', '--silent', 'build'] },
  {
    name: 'e2e',
    command: ['npx', 'vitest', 'run', '--project', 'e2e', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson('e2e')}`],
    counts: () => vitestCounts(vitestJson('e2e')),
  },
];

function vitestCounts(file) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const failures = report.testResults.flatMap((result) => {
    const where = relative(process.cwd(), result.name);
    const tests = result.assertionResults.filter((test) => test.status === 'failed').map((test) => `${where} > ${test.fullName}`);
    // A file that fails to load fails the run without failing a test: count it once.
    return tests.length === 0 && result.status === 'failed' ? [`${where} (did not load)`] : tests;
  });
  return { passed: report.numPassedTests, failed: failures.length || (report.success ? 0 : 1), failures };
}

function run(step) {
  return new Promise((resolve) => {
    const [command, ...args] = step.command;
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...step.env } });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const results = [];
for (const step of steps) {
  const started = Date.now();
  console.log(`\n=== ${step.name} ===`);
  const code = await run(step);
  let counts = null;
  if (step.counts) {
    try {
      counts = step.counts();
    } catch {
      counts = null;
    }
  }
  results.push({ name: step.name, ok: code === 0, seconds: (Date.now() - started) / 1000, counts });
}
rmSync(reports, { recursive: true, force: true });

let passed = 0;
let failed = 0;
console.log('\n=== summary ===');
for (const result of results) {
  const tally = result.counts ? ` ${result.counts.passed} passed, ${result.counts.failed} failed` : '';
  console.log(`${result.ok ? 'ok  ' : 'FAIL'} ${result.name.padEnd(10)} ${result.seconds.toFixed(1).padStart(6)} s${tally}`);
  if (result.counts) {
    passed += result.counts.passed;
    failed += result.counts.failed;
  }
  // A step that failed without countable tests (typecheck, a crashed runner) counts as one failure.
  if (!result.ok && (!result.counts || result.counts.failed === 0)) failed += 1;
}
// Named last, so a log cut to its tail still says what failed.
for (const failure of results.flatMap((result) => result.counts?.failures ?? [])) console.log(`failed: ${failure}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(results.every((result) => result.ok) ? 0 : 1);
