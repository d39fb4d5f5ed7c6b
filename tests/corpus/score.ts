/**
 * Reading and scoring the labelled corpus (format: tests/corpus/README.md). Shared by the corpus
 * test, which holds the figures to their floors, and by `npm run bench corpus`, which prints them.
 *
 * Two parts: `tuning` (messages.jsonl and tuning/*.jsonl), which the phrase data was tuned on,
 * and `held-out`, which it never was: its figures say how the checker does on wording it has not
 * seen. The held-out part came in four rounds, written apart: held-out/*.jsonl (round 1),
 * held-out-2/*.jsonl (round 2, written by other hands for all thirteen languages alike, after the
 * phrase data of every language had been tuned), held-out-3/*.jsonl (round 3, written the same
 * way after round 2's totals had been read and tuned for) and held-out-4/*.jsonl (round 4, the
 * same way again after round 3's).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTACT_REASONS, lint } from '../../lib/rules/index.ts';
import { LANGUAGES as MARKETPLACE_LANGUAGES } from '../../lib/rules/types.ts';
import type { Category, ContactReason, Finding, Language, LintOptions, Message } from '../../lib/rules/types.ts';

/** The categories a corpus line may carry in `expected` (everything but 'context'). */
export const CATEGORIES = [
  'important-tag',
  'promotion',
  'review-manipulation',
  'external-link',
  'contact-info',
  'opt-out',
  'formatting',
  'not-permitted-type',
  'length',
  'cancellation-request',
  'off-amazon',
  'contact-reason',
  'placeholder',
] as const satisfies readonly Category[];
export type LabelledCategory = (typeof CATEGORIES)[number];

/** A corpus line may be in any language the checker has (the marketplace languages). */
export const LANGUAGES: readonly Language[] = MARKETPLACE_LANGUAGES;

export interface CorpusEntry {
  id: string;
  lang: Language;
  subject?: string;
  body: string;
  expected: LabelledCategory[];
  contactReason?: ContactReason;
  /** A template still to be filled: its placeholders are expected. */
  template?: boolean;
  /** A review request for the order already left on this date. */
  reviewRequestedOn?: string;
  note?: string;
}

export type Part = 'tuning' | 'held-out';

export interface CorpusFile {
  path: string;
  part: Part;
  /** The held-out part's round (1: held-out/, 2: held-out-2/, 3: held-out-3/, 4: held-out-4/); 0 for the tuning part. */
  round: number;
  lines: string[];
  entries: CorpusEntry[];
  /** "file:line: reason" for every line that is not a valid entry. */
  errors: string[];
}

const ROOT = dirname(fileURLToPath(import.meta.url));
const ALLOWED_KEYS = new Set(['id', 'lang', 'subject', 'body', 'expected', 'contactReason', 'template', 'reviewRequestedOn', 'note']);
const ID_PATTERN = new RegExp(`^(?:${LANGUAGES.join('|')})-[a-z]+-\\d{3}$`);

function isLabelledCategory(value: unknown): value is LabelledCategory {
  return typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);
}

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Reasons why one parsed line is not a valid corpus entry; empty when it is. */
export function problemsWith(value: unknown): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return ['not a JSON object'];
  const record = value as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(record)) {
    if (!ALLOWED_KEYS.has(key)) problems.push(`unknown key "${key}"`);
  }
  if (typeof record.id !== 'string' || !ID_PATTERN.test(record.id)) problems.push('id missing or not like "en-promo-003"');
  if (!isLanguage(record.lang)) problems.push(`lang must be one of ${LANGUAGES.join(', ')}`);
  if (typeof record.id === 'string' && isLanguage(record.lang) && !record.id.startsWith(`${record.lang}-`)) {
    problems.push('id does not start with its lang');
  }
  if (record.subject !== undefined && (typeof record.subject !== 'string' || record.subject.trim() === '')) {
    problems.push('subject, when present, must be a non-empty string');
  }
  if (typeof record.body !== 'string' || record.body.trim() === '') problems.push('body must be a non-empty string');
  if (!Array.isArray(record.expected)) {
    problems.push('expected must be an array');
  } else {
    for (const category of record.expected as unknown[]) {
      if (!isLabelledCategory(category)) problems.push(`unknown category ${JSON.stringify(category)}`);
    }
    if (new Set(record.expected).size !== record.expected.length) problems.push('expected lists a category twice');
  }
  if (record.contactReason !== undefined && !(CONTACT_REASONS as readonly string[]).includes(record.contactReason as string)) {
    problems.push(`contactReason must be one of ${CONTACT_REASONS.join(', ')}`);
  }
  if (record.template !== undefined && typeof record.template !== 'boolean') problems.push('template, when present, must be true or false');
  if (record.reviewRequestedOn !== undefined && !(typeof record.reviewRequestedOn === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(record.reviewRequestedOn))) {
    problems.push('reviewRequestedOn must be a date like 2026-11-03');
  }
  if (record.note !== undefined && typeof record.note !== 'string') problems.push('note, when present, must be a string');
  return problems;
}

function readFile(path: string, part: Part, round = 0): CorpusFile {
  const text = readFileSync(path, 'utf8');
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const entries: CorpusEntry[] = [];
  const errors: string[] = [];
  lines.forEach((line, index) => {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      errors.push(`${path}:${index + 1}: not valid JSON (${(error as Error).message})`);
      return;
    }
    const problems = problemsWith(value);
    if (problems.length > 0) errors.push(`${path}:${index + 1}: ${problems.join('; ')}`);
    else entries.push(value as CorpusEntry);
  });
  return { path, part, round, lines, entries, errors };
}

function jsonlIn(folder: string): string[] {
  try {
    return readdirSync(folder)
      .filter((name) => name.endsWith('.jsonl'))
      .sort()
      .map((name) => join(folder, name));
  } catch {
    return [];
  }
}

/** Every corpus file, tuning part first. */
export function readCorpus(root: string = ROOT): CorpusFile[] {
  return [
    readFile(resolve(root, 'messages.jsonl'), 'tuning'),
    ...jsonlIn(resolve(root, 'tuning')).map((path) => readFile(path, 'tuning')),
    ...jsonlIn(resolve(root, 'held-out')).map((path) => readFile(path, 'held-out', 1)),
    ...jsonlIn(resolve(root, 'held-out-2')).map((path) => readFile(path, 'held-out', 2)),
    ...jsonlIn(resolve(root, 'held-out-3')).map((path) => readFile(path, 'held-out', 3)),
    ...jsonlIn(resolve(root, 'held-out-4')).map((path) => readFile(path, 'held-out', 4)),
  ];
}

export interface Outcome {
  entry: CorpusEntry;
  findings: Finding[];
  predicted: Set<Category>;
}

/** The options a corpus line stands for: a message about to be sent, unless it is a template. */
export function optionsFor(entry: CorpusEntry): LintOptions {
  const options: LintOptions = { asSent: entry.template !== true };
  if (entry.contactReason) options.contactReason = entry.contactReason;
  if (entry.reviewRequestedOn) options.reviewRequestedOn = entry.reviewRequestedOn;
  return options;
}

/** A category counts as predicted when some finding of it is a warning or an error. */
export function run(entries: readonly CorpusEntry[]): Outcome[] {
  return entries.map((entry) => {
    const message: Message = entry.subject === undefined ? { body: entry.body } : { subject: entry.subject, body: entry.body };
    const findings = lint(message, optionsFor(entry));
    const predicted = new Set<Category>(findings.filter((f) => f.severity !== 'info').map((f) => f.category));
    return { entry, findings, predicted };
  });
}

export interface Score {
  category: LabelledCategory | 'all';
  positives: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

function ratio(part: number, whole: number): number {
  // Nothing predicted: precision is vacuously perfect; recall then shows the problem.
  return whole === 0 ? 1 : part / whole;
}

export function score(outcomes: readonly Outcome[], category: LabelledCategory): Score {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  for (const { entry, predicted } of outcomes) {
    const expected = entry.expected.includes(category);
    const got = predicted.has(category);
    if (expected && got) truePositives++;
    else if (got) falsePositives++;
    else if (expected) falseNegatives++;
  }
  return {
    category,
    positives: truePositives + falseNegatives,
    truePositives,
    falsePositives,
    falseNegatives,
    precision: ratio(truePositives, truePositives + falsePositives),
    recall: ratio(truePositives, truePositives + falseNegatives),
  };
}

/** Micro-averaged over every (message, category) pair. */
export function overall(outcomes: readonly Outcome[]): Score {
  const parts = CATEGORIES.map((category) => score(outcomes, category));
  const sum = (key: 'truePositives' | 'falsePositives' | 'falseNegatives') => parts.reduce((n, s) => n + s[key], 0);
  const tp = sum('truePositives');
  const fp = sum('falsePositives');
  const fn = sum('falseNegatives');
  return { category: 'all', positives: tp + fn, truePositives: tp, falsePositives: fp, falseNegatives: fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) };
}

/** Compliant messages that got any warning or error. */
export function falseAlarms(outcomes: readonly Outcome[]): { alarmed: Outcome[]; compliant: number } {
  const compliant = outcomes.filter((o) => o.entry.expected.length === 0);
  return { alarmed: compliant.filter((o) => o.predicted.size > 0), compliant: compliant.length };
}

export function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

export function scoreTable(scores: readonly Score[]): string {
  const header = ['category', 'positives', 'TP', 'FP', 'FN', 'precision', 'recall'];
  const rows = scores.map((s) => [
    s.category,
    String(s.positives),
    String(s.truePositives),
    String(s.falsePositives),
    String(s.falseNegatives),
    percent(s.precision),
    percent(s.recall),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const format = (cells: readonly string[]) =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');
  return [format(header), format(widths.map((width) => '-'.repeat(width))), ...rows.map(format)].join('\n');
}

function describeFindings(findings: readonly Finding[]): string {
  const counted = findings.filter((f) => f.severity !== 'info');
  if (counted.length === 0) return '      (no warnings or errors)';
  return counted
    .map((f) => `      ${f.severity} ${f.category} [${f.ruleId}] ${f.field} ${JSON.stringify(f.actual.slice(0, 60))}`)
    .join('\n');
}

/** Every misclassified message of the outcomes, with its findings (for the tuning part's reports). */
export function misclassified(outcomes: readonly Outcome[], only?: LabelledCategory): string {
  const lines: string[] = [];
  for (const { entry, findings, predicted } of outcomes) {
    const expected = new Set<Category>(entry.expected);
    const categories = only === undefined ? CATEGORIES : [only];
    const missed = categories.filter((c) => expected.has(c) && !predicted.has(c));
    const extra = categories.filter((c) => !expected.has(c) && predicted.has(c));
    if (missed.length === 0 && extra.length === 0) continue;
    const parts = [
      missed.length > 0 ? `missed: ${missed.join(', ')}` : '',
      extra.length > 0 ? `false alarm: ${extra.join(', ')}` : '',
    ].filter(Boolean);
    lines.push(`  ${entry.id} (expected: ${entry.expected.join(', ') || 'none'}) ${parts.join('; ')}`);
    if (entry.note) lines.push(`      note: ${entry.note}`);
    lines.push(describeFindings(findings));
  }
  return lines.length === 0 ? '  (none)' : lines.join('\n');
}
