#!/usr/bin/env node
// `npm run test:stress [-- --runs N]`: the browser and end-to-end suites, N times (default 3),
// while every core is kept busy, to catch tests that race the product under load (a read
// before the state it asserts, a click before the control exists). Builds once first, as the
// end-to-end suite tests the built widget. Prints every run's counts and each failed test
// with the run it failed in; exits non-zero if any run failed.
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { browserStep, buildStep, failuresOf, runStep, vitestStep } from '../support/test-steps.mjs';

function readRuns(args) {
  const at = args.indexOf('--runs');
  if (at === -1) return 3;
  const runs = Number(args[at + 1]);
  if (!Number.isInteger(runs) || runs < 1) {
    console.error('usage: npm run test:stress -- [--runs N]   (N a whole number, at least 1)');
    process.exit(2);
  }
  return runs;
}

/** One endless loop per core, in threads of this process, so they end when it does. */
function burnEveryCore() {
  const cores = availableParallelism();
  const burners = Array.from({ length: cores }, () => new Worker('for (;;) {}', { eval: true }));
  for (const burner of burners) burner.unref();
  return { cores, stop: () => Promise.all(burners.map((burner) => burner.terminate())) };
}

const runs = readRuns(process.argv.slice(2));
const started = Date.now();
console.log('\n=== build ===');
const build = await runStep(buildStep);
if (!build.ok) {
  console.error('stress: the build failed, so the end-to-end suite cannot run');
  process.exit(1);
}

const load = burnEveryCore();
console.log(`\nstress: ${load.cores} busy loops keep every core loaded for ${runs} run(s)`);
const results = [];
const STEPS_PER_RUN = 2;
const tally = (step) => (step.counts ? `${step.counts.passed} passed, ${step.counts.failed} failed` : 'no counts');
const runLine = ({ run, steps }) =>
  `run ${run}  ${steps.every((step) => step.ok) ? 'ok  ' : 'FAIL'}  ${steps.map((step) => `${step.name} ${step.seconds.toFixed(1)} s: ${tally(step)}`).join('  |  ')}`;

/** The runs finished so far; also on Ctrl-C, so a stopped stress run still says what it saw. */
function summarize(planned) {
  console.log(`\n=== stress summary (${load.cores} cores kept busy) ===`);
  for (const result of results) console.log(runLine(result));
  // Named last, so a log cut to its tail still says what failed and when.
  const failures = results.flatMap(({ run, steps }) => steps.flatMap((step) => failuresOf(step).map((failure) => ({ run, step: step.name, failure }))));
  for (const { run, step, failure } of failures) console.log(`failed in run ${run} (${step}): ${failure}`);
  const failedRuns = new Set(failures.map((failure) => failure.run)).size;
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  const done = results.filter((result) => result.steps.length === STEPS_PER_RUN).length;
  const stopped = done < planned ? ` (stopped after ${done} of ${planned})` : '';
  console.log(`runs: ${done}${stopped}, failed runs: ${failedRuns}, failures: ${failures.length}, ${minutes} min`);
  return failures.length === 0 && done === planned;
}
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(summarize(runs) ? 0 : 1));

for (let run = 1; run <= runs; run += 1) {
  const reports = mkdtempSync(join(tmpdir(), 'settle-stress-'));
  // In the results from its first step on, so a stop midway still reports what failed.
  const current = { run, steps: [] };
  results.push(current);
  for (const step of [browserStep(reports), vitestStep('e2e', reports)]) {
    console.log(`\n=== run ${run} of ${runs}: ${step.name} ===`);
    current.steps.push(await runStep(step));
  }
  rmSync(reports, { recursive: true, force: true });
  console.log(`\nstress: ${runLine(current)}`);
}
await load.stop();
process.exit(summarize(runs) ? 0 : 1);
