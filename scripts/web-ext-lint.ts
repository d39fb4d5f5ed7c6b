/**
 * Lints the Firefox build with Mozilla's add-on linter (web-ext lint). Fails on any error, and on
 * any warning that the README's "web-ext lint" section does not explain.
 */
import { spawnSync } from 'node:child_process';

/** Warnings that are understood and explained in the README (section "web-ext lint"). */
const EXPLAINED: Record<string, string> = {
  // Preact's renderer supports dangerouslySetInnerHTML; Clearsend never uses it (an ESLint rule
  // forbids it), so the assignment is never reached with any value.
  UNSAFE_VAR_ASSIGNMENT: 'innerHTML inside Preact, unused by Clearsend',
};

interface LinterMessage {
  code: string;
  message: string;
  file?: string;
}
interface LinterReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LinterMessage[];
  warnings: LinterMessage[];
}

const result = spawnSync(
  process.execPath,
  ['node_modules/web-ext/bin/web-ext.js', 'lint', '--source-dir', '.output/firefox-mv2', '--output', 'json', '--no-input'],
  { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 },
);
let report: LinterReport;
try {
  report = JSON.parse(result.stdout) as LinterReport;
} catch {
  console.error(`web-ext lint did not produce a report (exit ${result.status}):\n${result.stderr}`);
  process.exit(2);
}

const unexplained = report.warnings.filter((w) => !(w.code in EXPLAINED));
for (const e of report.errors) console.log(`  error    ${e.code}  ${e.file ?? ''}  ${e.message}`);
for (const w of report.warnings) {
  const note = EXPLAINED[w.code];
  console.log(`  warning  ${w.code}  ${w.file ?? ''}  ${note ? `(explained: ${note})` : w.message}`);
}
console.log(
  `web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings (${unexplained.length} unexplained), ${report.summary.notices} notices`,
);
process.exit(report.errors.length > 0 || unexplained.length > 0 ? 1 : 0);
