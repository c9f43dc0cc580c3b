#!/usr/bin/env node
// `npm test`: lint, typecheck, unit and server suites, real-browser element tests, size budgets
// and end-to-end tests, in that order. Every step runs even when an earlier one fails, so
// one run shows everything that is broken; the exit code is non-zero if any step failed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserStep, buildStep, lintStep, runStep, vitestStep } from './support/test-steps.mjs';

const reports = mkdtempSync(join(tmpdir(), 'settle-test-'));

const steps = [
  // First: it takes seconds and names every file whose format or code breaks a Biome rule.
  lintStep,
  { name: 'typecheck', command: ['npx', 'tsc', '-p', 'tsconfig.json', '--noEmit'] },
  vitestStep('unit', reports),
  browserStep(reports),
  buildStep,
  vitestStep('e2e', reports),
];

const results = [];
for (const step of steps) {
  console.log(`\n=== ${step.name} ===`);
  results.push(await runStep(step));
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
