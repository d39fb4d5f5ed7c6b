/**
 * lint() on realistic ~2,000-character seller messages: many timed runs after a warm-up, over
 * copies that differ in the order number, as the message changes while the seller types. The
 * engine searches phrases a paragraph at a time and reuses the paragraphs it met before
 * (lib/rules/phrase-rules.ts), so these rows are what a re-check after an edit costs. The rows
 * "nothing reused" forget every paragraph before each run: what the first check of a message
 * never seen costs (printed beside them; the target is the re-check's).
 * write-good on the same text is printed beside it for scale (no target).
 */
import writeGood from 'write-good';
import { lint } from '../lib/rules/index.ts';
import { forgetParagraphs } from '../lib/rules/phrase-rules.ts';
import { compliantMessage, variants, violatingMessage } from './messages.ts';
import { count, mean, ms, percentile, timeRuns } from './stats.ts';
import type { Row, Section, Table } from './types.ts';

const WARMUP_RUNS = 500;
const RUNS = 5_000;
/** write-good is slower; give it a time budget rather than a fixed count. */
const PEER_BUDGET_MS = 2_000;
const TARGET_P50_MS = 0.1;
const SUBJECT = 'About your bamboo cutting board set';

const CASES = [
  { name: 'with link, email, promotion', make: violatingMessage },
  { name: 'compliant', make: compliantMessage },
];

function figures(name: string, chars: number, findings: string, times: readonly number[]): string[] {
  const average = mean(times);
  return [
    name,
    count(chars),
    findings,
    count(times.length),
    ms(percentile(times, 50)),
    ms(percentile(times, 95)),
    ms(average),
    count(1000 / average),
  ];
}

function lintRows(): { rows: Row[]; p50s: number[] } {
  const rows: Row[] = [];
  const p50s: number[] = [];
  for (const { name, make } of CASES) {
    const texts = variants(make);
    const message = (run: number) => ({ subject: SUBJECT, body: texts[run % texts.length]! });
    const fresh = (run: number) => {
      forgetParagraphs();
      return lint(message(run));
    };
    timeRuns(fresh, WARMUP_RUNS);
    const times = timeRuns(fresh, RUNS);
    const findings = lint(message(0));
    const errors = findings.filter((finding) => finding.severity === 'error').length;
    rows.push({ cells: figures(`lint, nothing reused: ${name}`, texts[0]!.length, `${findings.length} (${errors} err)`, times) });
  }
  for (const { name, make } of CASES) {
    const texts = variants(make);
    const message = (run: number) => ({ subject: SUBJECT, body: texts[run % texts.length]! });
    timeRuns((run) => lint(message(run)), WARMUP_RUNS);
    const times = timeRuns((run) => lint(message(run)), RUNS);
    const findings = lint(message(0));
    const errors = findings.filter((finding) => finding.severity === 'error').length;
    const p50 = percentile(times, 50);
    p50s.push(p50);
    rows.push({
      cells: figures(`lint: ${name}`, texts[0]!.length, `${findings.length} (${errors} err)`, times),
      target: `p50 <= ${TARGET_P50_MS} ms`,
      pass: p50 <= TARGET_P50_MS,
    });
  }
  return { rows, p50s };
}

function peerRows(): { rows: Row[]; p50s: number[] } {
  const rows: Row[] = [];
  const p50s: number[] = [];
  for (const { name, make } of CASES) {
    const texts = variants(make);
    const text = (run: number) => `${SUBJECT}\n\n${texts[run % texts.length]!}`;
    timeRuns((run) => writeGood(text(run)), 50);
    const times: number[] = [];
    const started = performance.now();
    while (times.length < RUNS && performance.now() - started < PEER_BUDGET_MS) {
      const offset = times.length;
      times.push(...timeRuns((run) => writeGood(text(offset + run)), 50));
    }
    p50s.push(percentile(times, 50));
    rows.push({ cells: figures(`write-good (peer): ${name}`, text(0).length, String(writeGood(text(0)).length), times) });
  }
  return { rows, p50s };
}

export const lintSection: Section = {
  name: 'lint',
  run() {
    const ours = lintRows();
    const peer = peerRows();
    const ratios = ours.p50s.map((p50, index) => (peer.p50s[index] ?? NaN) / p50);
    const table: Table = {
      title: 'lint() on a ~2,000-character seller message (subject + body)',
      columns: ['case', 'chars', 'findings', 'runs', 'p50 ms', 'p95 ms', 'mean ms', 'runs/s'],
      rows: [...ours.rows, ...peer.rows],
      notes: [
        `${WARMUP_RUNS} warm-up runs, then ${RUNS} timed runs over ${variants(violatingMessage).length} copies that differ in the order number.`,
        'lint: a re-check, paragraphs met before reused (the target). lint, nothing reused: every paragraph searched (the first check of a message).',
        `write-good is a general English prose linter, shown for scale only; its p50 is ${ratios.map((ratio) => `${ratio.toFixed(1)}x`).join(' and ')} lint's.`,
      ],
    };
    return Promise.resolve([table]);
  },
};
