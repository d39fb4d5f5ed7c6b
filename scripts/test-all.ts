/**
 * `npm test`: every check, in order: type check, lint, unit and component tests, the production
 * build, web-ext lint, then the real-browser tests in Chromium and Firefox ESR.
 * Keeps going after a failure where later stages can still say something, and ends with one line
 * summing every suite: "N passed, N failed" (", N skipped" when any were skipped).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}
const total: Tally = { passed: 0, failed: 0, skipped: 0 };
const rows: string[] = [];

function run(command: string, args: string[]): number {
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  console.log(`  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return result.status ?? 1;
}

/** A stage that is one check: it passes or fails as a whole. */
function check(name: string, command: string, args: string[]): boolean {
  console.log(`\n== ${name}`);
  const ok = run(command, args) === 0;
  total[ok ? 'passed' : 'failed']++;
  rows.push(`${ok ? 'ok  ' : 'FAIL'}  ${name}`);
  return ok;
}

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  success: boolean;
}

/** A Vitest suite: its tests are counted one by one. */
function suite(name: string, configArgs: string[], skippedIsFailure: boolean): void {
  console.log(`\n== ${name}`);
  mkdirSync('.tmp', { recursive: true });
  const file = `.tmp/${name.replace(/\W+/g, '-')}.json`;
  rmSync(file, { force: true });
  const status = run(process.execPath, [
    'node_modules/vitest/vitest.mjs',
    'run',
    ...configArgs,
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${file}`,
  ]);
  let report: VitestReport | undefined;
  try {
    report = JSON.parse(readFileSync(file, 'utf8')) as VitestReport;
  } catch {
    report = undefined;
  }
  if (!report) {
    total.failed++;
    rows.push(`FAIL  ${name}: no report (exit ${status})`);
    return;
  }
  const skipped = report.numPendingTests + report.numTodoTests;
  // A suite that fails outside any test (an import error, a crashed hook) counts as one failure.
  const outside = status !== 0 && report.numFailedTests === 0 ? 1 : 0;
  const failed = report.numFailedTests + outside + (skippedIsFailure ? skipped : 0);
  total.passed += report.numPassedTests;
  total.failed += failed;
  total.skipped += skippedIsFailure ? 0 : skipped;
  rows.push(
    `${failed ? 'FAIL' : 'ok  '}  ${name}: ${report.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`,
  );
}

const node = process.execPath;
check('type check', node, ['node_modules/typescript/bin/tsc', '--noEmit']);
check('lint', node, ['node_modules/eslint/bin/eslint.js', '.']);
suite('unit and component tests', [], false);
const built = check('production build', 'npm', ['run', '--silent', 'build']);
if (built) {
  check('web-ext lint', node, ['scripts/web-ext-lint.ts']);
  // Browser tests must run in both browsers: a skipped browser test is a failure.
  suite('real-browser tests', ['--config', 'tests/browsers/vitest.config.ts'], true);
} else {
  total.failed += 2;
  rows.push('FAIL  web-ext lint: not run, the build failed', 'FAIL  real-browser tests: not run, the build failed');
}

console.log('\n== summary');
for (const row of rows) console.log(`  ${row}`);
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(total.failed === 0 ? 0 : 1);
