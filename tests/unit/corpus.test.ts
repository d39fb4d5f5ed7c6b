// @vitest-environment node
/**
 * Measures the rule engine against the labelled corpus in tests/corpus/messages.jsonl.
 *
 * A category counts as predicted for a message when the engine reports at least one finding of
 * that category at 'error' or 'warning' severity. Info-level findings (the 'context' hints) are
 * never counted. See tests/corpus/README.md for how the labels are decided.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../../lib/rules/index.ts';
import type { Category, Finding, Language, Message } from '../../lib/rules/types.ts';

/** The categories a corpus line may carry in `expected` (everything but 'context'). */
const CATEGORIES = [
  'important-tag',
  'promotion',
  'review-manipulation',
  'external-link',
  'contact-info',
  'opt-out',
  'formatting',
  'not-permitted-type',
  'length',
] as const satisfies readonly Category[];
type LabelledCategory = (typeof CATEGORIES)[number];

const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'ja'] as const satisfies readonly Language[];

const MIN_PRECISION = 0.95;
const MIN_RECALL = 0.95;
/** Share of compliant messages allowed to get any warning or error. */
const MAX_FALSE_ALARM_RATE = 0.02;

const MIN_MESSAGES = 200;
const MIN_COMPLIANT = 70;
/** Below this, one miss moves recall by more than 10 points and the measure means little. */
const MIN_POSITIVES_PER_CATEGORY = 10;

interface CorpusEntry {
  id: string;
  lang: Language;
  subject?: string;
  body: string;
  expected: LabelledCategory[];
  note?: string;
}

const CORPUS_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../corpus/messages.jsonl');
const ALLOWED_KEYS = new Set(['id', 'lang', 'subject', 'body', 'expected', 'note']);
const ID_PATTERN = /^(en|de|fr|es|it|ja)-[a-z]+-\d{3}$/;

function isLabelledCategory(value: unknown): value is LabelledCategory {
  return typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);
}

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Reasons why one parsed line is not a valid corpus entry; empty when it is. */
function problemsWith(value: unknown): string[] {
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
  if (record.note !== undefined && typeof record.note !== 'string') problems.push('note, when present, must be a string');
  return problems;
}

interface ParsedCorpus {
  lines: string[];
  entries: CorpusEntry[];
  /** "line N: reason" for every line that is not a valid entry. */
  errors: string[];
}

function readCorpus(): ParsedCorpus {
  const text = readFileSync(CORPUS_PATH, 'utf8');
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const entries: CorpusEntry[] = [];
  const errors: string[] = [];
  lines.forEach((line, index) => {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      errors.push(`line ${index + 1}: not valid JSON (${(error as Error).message})`);
      return;
    }
    const problems = problemsWith(value);
    if (problems.length > 0) errors.push(`line ${index + 1}: ${problems.join('; ')}`);
    else entries.push(value as CorpusEntry);
  });
  return { lines, entries, errors };
}

const corpus = readCorpus();

interface Outcome {
  entry: CorpusEntry;
  findings: Finding[];
  predicted: Set<Category>;
}

interface Score {
  category: LabelledCategory;
  positives: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

function score(outcomes: readonly Outcome[], category: LabelledCategory): Score {
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
  const predictedCount = truePositives + falsePositives;
  const positives = truePositives + falseNegatives;
  return {
    category,
    positives,
    truePositives,
    falsePositives,
    falseNegatives,
    // Nothing predicted: precision is vacuously perfect; recall then shows the problem.
    precision: predictedCount === 0 ? 1 : truePositives / predictedCount,
    recall: positives === 0 ? 1 : truePositives / positives,
  };
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

function scoreTable(scores: readonly Score[]): string {
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

function misclassified(outcomes: readonly Outcome[], only?: LabelledCategory): string {
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

describe('corpus file', () => {
  it('has only well-formed lines', () => {
    expect(corpus.errors, `Malformed lines in ${CORPUS_PATH}:\n${corpus.errors.join('\n')}`).toEqual([]);
    expect(corpus.entries.length).toBe(corpus.lines.length);
  });

  it('has unique ids', () => {
    const seen = new Set<string>();
    const duplicates = corpus.entries.map((e) => e.id).filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
    expect(duplicates, `Duplicate ids: ${duplicates.join(', ')}`).toEqual([]);
  });

  it('is large and varied enough for the measures to mean something', () => {
    const { entries } = corpus;
    const compliant = entries.filter((e) => e.expected.length === 0).length;
    const languages = new Set(entries.map((e) => e.lang));
    const positives = Object.fromEntries(
      CATEGORIES.map((c) => [c, entries.filter((e) => e.expected.includes(c)).length]),
    ) as Record<LabelledCategory, number>;
    const summary = `messages ${entries.length}, compliant ${compliant}, languages ${[...languages].join(' ')}, positives ${JSON.stringify(positives)}`;

    expect(entries.length, summary).toBeGreaterThanOrEqual(MIN_MESSAGES);
    expect(compliant, summary).toBeGreaterThanOrEqual(MIN_COMPLIANT);
    expect([...languages].sort(), summary).toEqual([...LANGUAGES].sort());
    for (const category of CATEGORIES) {
      expect(positives[category], `${category}: ${summary}`).toBeGreaterThanOrEqual(MIN_POSITIVES_PER_CATEGORY);
    }
  });
});

describe('rule engine against the corpus', () => {
  let outcomes: Outcome[] = [];
  let scores: Score[] = [];

  beforeAll(() => {
    outcomes = corpus.entries.map((entry) => {
      const message: Message = entry.subject === undefined ? { body: entry.body } : { subject: entry.subject, body: entry.body };
      const findings: Finding[] = lint(message);
      const predicted = new Set<Category>(
        findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => f.category),
      );
      return { entry, findings, predicted };
    });
    scores = CATEGORIES.map((category) => score(outcomes, category));
  });

  it.each(CATEGORIES)(`reaches ${percent(MIN_PRECISION)} precision and ${percent(MIN_RECALL)} recall for %s`, (category) => {
    const s = scores.find((candidate) => candidate.category === category);
    expect(s).toBeDefined();
    if (s === undefined) return;
    const report = [
      `Category "${category}": precision ${percent(s.precision)} (min ${percent(MIN_PRECISION)}), recall ${percent(s.recall)} (min ${percent(MIN_RECALL)})`,
      '',
      scoreTable(scores),
      '',
      `Misclassified for "${category}":`,
      misclassified(outcomes, category),
    ].join('\n');
    expect(s.precision, report).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(s.recall, report).toBeGreaterThanOrEqual(MIN_RECALL);
  });

  it(`raises a warning or error on at most ${percent(MAX_FALSE_ALARM_RATE)} of compliant messages`, () => {
    const compliant = outcomes.filter((o) => o.entry.expected.length === 0);
    const alarmed = compliant.filter((o) => o.findings.some((f) => f.severity === 'error' || f.severity === 'warning'));
    const rate = compliant.length === 0 ? 0 : alarmed.length / compliant.length;
    const report = [
      `${alarmed.length} of ${compliant.length} compliant messages (${percent(rate)}) got a warning or error; at most ${percent(MAX_FALSE_ALARM_RATE)} allowed:`,
      ...alarmed.map((o) => `  ${o.entry.id}${o.entry.note ? ` (${o.entry.note})` : ''}\n${describeFindings(o.findings)}`),
    ].join('\n');
    expect(rate, report).toBeLessThanOrEqual(MAX_FALSE_ALARM_RATE);
  });

  it('classifies the whole corpus (overview of every mistake)', () => {
    // Redundant with the tests above; it gives one place that lists every misclassified id.
    const wrong = outcomes.filter(({ entry, predicted }) =>
      CATEGORIES.some((c) => entry.expected.includes(c) !== predicted.has(c)),
    );
    const report = [
      `${wrong.length} of ${outcomes.length} messages misclassified.`,
      '',
      scoreTable(scores),
      '',
      'Misclassified:',
      misclassified(outcomes),
    ].join('\n');
    const failing = scores.filter((s) => s.precision < MIN_PRECISION || s.recall < MIN_RECALL).map((s) => s.category);
    expect(failing, report).toEqual([]);
  });
});
