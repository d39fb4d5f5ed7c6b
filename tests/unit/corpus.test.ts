// @vitest-environment node
/**
 * Measures the rule engine against the labelled corpus (tests/corpus/README.md). The tuning part
 * is held to high floors per category; the held-out part, which no phrase was written against,
 * to floors for the whole (its figures are printed by `npm run bench corpus` too). A category
 * counts as predicted for a message when the engine reports a warning or error of it.
 */
import { describe, expect, it } from 'vitest';
import {
  CATEGORIES,
  LANGUAGES,
  falseAlarms,
  misclassified,
  overall,
  percent,
  readCorpus,
  run,
  score,
  scoreTable,
  type CorpusEntry,
  type LabelledCategory,
  type Outcome,
} from '../corpus/score.ts';

/** Tuning part, per category. */
const MIN_PRECISION = 0.95;
const MIN_RECALL = 0.9;
/** Share of compliant messages of the tuning part allowed to get any warning or error. */
const MAX_FALSE_ALARM_RATE = 0.03;
/**
 * Held-out part, over all categories (micro-averaged), per round and group: floors that catch a
 * regression, set a little under what the checker measured when each was first scored.
 * Round 1 (held-out/), in two groups written at different times. The first six languages:
 * precision 91 %, recall 74 %, 5.5 % of compliant messages flagged. The seven added later (nl,
 * sv, pl, tr, pt, ar, zh): precision 88.6 %, recall 91.8 %, 10.4 % flagged at first; 89.7 %,
 * 91.8 %, 9.1 % after their second tuning round.
 * Round 2 (held-out-2/), written for all thirteen languages alike by other hands after the phrase
 * data of every language had been tuned, and scored once before any floor was set: the first six
 * languages 82.5 % precision, 78.3 % recall, 8 of 60 compliant messages flagged (13.3 %); the
 * seven added later 82.8 %, 75.7 %, 10 of 70 (14.3 %). Written the same way for both groups, it
 * is the round that compares them.
 * Rounds 3 (held-out-3/) and 4 (held-out-4/) were written the same way. Round 3 first scored
 * 85.5 %, 88.3 %, 8 of 60 flagged and 82.9 %, 82.9 %, 11 of 70; round 4, written after the tuning
 * that round 3's totals chose and scored once before its floors were set, 93.0 %, 88.3 %, 4 of 60
 * and 92.2 %, 84.3 %, 5 of 70.
 * `npm run bench corpus` prints today's figures.
 */
const HELD_OUT_GROUPS: readonly { name: string; round: number; languages: readonly string[]; precision: number; recall: number; falseAlarms: number }[] = [
  { name: 'en, de, fr, es, it, ja', round: 1, languages: ['en', 'de', 'fr', 'es', 'it', 'ja'], precision: 0.88, recall: 0.7, falseAlarms: 0.06 },
  { name: 'nl, sv, pl, tr, pt, ar, zh', round: 1, languages: ['nl', 'sv', 'pl', 'tr', 'pt', 'ar', 'zh'], precision: 0.87, recall: 0.88, falseAlarms: 0.1 },
  { name: 'en, de, fr, es, it, ja', round: 2, languages: ['en', 'de', 'fr', 'es', 'it', 'ja'], precision: 0.8, recall: 0.75, falseAlarms: 0.15 },
  { name: 'nl, sv, pl, tr, pt, ar, zh', round: 2, languages: ['nl', 'sv', 'pl', 'tr', 'pt', 'ar', 'zh'], precision: 0.8, recall: 0.72, falseAlarms: 0.16 },
  { name: 'en, de, fr, es, it, ja', round: 3, languages: ['en', 'de', 'fr', 'es', 'it', 'ja'], precision: 0.87, recall: 0.86, falseAlarms: 0.1 },
  { name: 'nl, sv, pl, tr, pt, ar, zh', round: 3, languages: ['nl', 'sv', 'pl', 'tr', 'pt', 'ar', 'zh'], precision: 0.89, recall: 0.8, falseAlarms: 0.08 },
  { name: 'en, de, fr, es, it, ja', round: 4, languages: ['en', 'de', 'fr', 'es', 'it', 'ja'], precision: 0.9, recall: 0.85, falseAlarms: 0.09 },
  { name: 'nl, sv, pl, tr, pt, ar, zh', round: 4, languages: ['nl', 'sv', 'pl', 'tr', 'pt', 'ar', 'zh'], precision: 0.89, recall: 0.8, falseAlarms: 0.09 },
];

const MIN_MESSAGES = 800;
const MIN_COMPLIANT_SHARE = 0.4;
const MIN_HELD_OUT = 150;
/** Below this, one miss moves recall by more than 10 points and the measure means little. */
const MIN_POSITIVES_PER_CATEGORY = 10;

const files = readCorpus();
const entries: CorpusEntry[] = files.flatMap((file) => file.entries);
const tuning = files.filter((file) => file.part === 'tuning').flatMap((file) => file.entries);
const heldOutFiles = files.filter((file) => file.part === 'held-out');
const heldOut = heldOutFiles.flatMap((file) => file.entries);

describe('corpus files', () => {
  it('have only well-formed lines', () => {
    const errors = files.flatMap((file) => file.errors);
    expect(errors, `Malformed lines:\n${errors.join('\n')}`).toEqual([]);
  });

  it('have unique ids across both parts', () => {
    const seen = new Set<string>();
    const duplicates = entries.map((e) => e.id).filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
    expect(duplicates, `Duplicate ids: ${duplicates.join(', ')}`).toEqual([]);
  });

  it('are large and varied enough for the measures to mean something', () => {
    const compliant = entries.filter((e) => e.expected.length === 0).length;
    const positives = Object.fromEntries(CATEGORIES.map((c) => [c, entries.filter((e) => e.expected.includes(c)).length])) as Record<LabelledCategory, number>;
    const summary = `messages ${entries.length} (held out ${heldOut.length}), compliant ${compliant}, positives ${JSON.stringify(positives)}`;
    expect(entries.length, summary).toBeGreaterThanOrEqual(MIN_MESSAGES);
    expect(heldOut.length, summary).toBeGreaterThanOrEqual(MIN_HELD_OUT);
    expect(compliant / entries.length, summary).toBeGreaterThanOrEqual(MIN_COMPLIANT_SHARE);
    for (const part of [tuning, heldOut]) {
      expect([...new Set(part.map((e) => e.lang))].sort(), summary).toEqual([...LANGUAGES].sort());
    }
    for (const category of CATEGORIES) {
      expect(positives[category], `${category}: ${summary}`).toBeGreaterThanOrEqual(MIN_POSITIVES_PER_CATEGORY);
    }
  });
});

describe('rule engine against the tuning part of the corpus', () => {
  const outcomes: Outcome[] = run(tuning);
  const scores = CATEGORIES.map((category) => score(outcomes, category));

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
    const { alarmed, compliant } = falseAlarms(outcomes);
    const rate = compliant === 0 ? 0 : alarmed.length / compliant;
    const report = `${alarmed.length} of ${compliant} compliant messages got a warning or error:\n${misclassified(alarmed)}`;
    expect(rate, report).toBeLessThanOrEqual(MAX_FALSE_ALARM_RATE);
  });
});

/**
 * The held-out part is judged as a whole per group and its misclassified messages are
 * deliberately not listed: reading them would be tuning on them.
 */
describe.each(HELD_OUT_GROUPS)('rule engine against round $round of the held-out part of the corpus in $name', (group) => {
  const outcomes: Outcome[] = run(
    heldOutFiles
      .filter((file) => file.round === group.round)
      .flatMap((file) => file.entries)
      .filter((entry) => group.languages.includes(entry.lang)),
  );
  const all = overall(outcomes);
  const table = scoreTable([...CATEGORIES.map((category) => score(outcomes, category)), all]);

  it(`reaches ${percent(group.precision)} precision and ${percent(group.recall)} recall over all categories`, () => {
    expect(outcomes.length).toBeGreaterThan(100);
    expect(all.precision, table).toBeGreaterThanOrEqual(group.precision);
    expect(all.recall, table).toBeGreaterThanOrEqual(group.recall);
  });

  it(`raises a warning or error on at most ${percent(group.falseAlarms)} of compliant messages`, () => {
    const { alarmed, compliant } = falseAlarms(outcomes);
    expect(compliant).toBeGreaterThan(0);
    expect(alarmed.length / compliant, `${alarmed.length} of ${compliant} compliant held-out messages alarmed\n${table}`).toBeLessThanOrEqual(group.falseAlarms);
  });
});
