/**
 * Detection figures: precision and recall per category on both parts of the labelled corpus,
 * and the share of compliant messages flagged. The held-out part was never tuned on: its
 * figures are the ones to quote. The corpus test holds them to their floors.
 */
import { CATEGORIES, falseAlarms, overall, percent, readCorpus, run, score, type Part } from '../tests/corpus/score.ts';
import type { Row, Section, Table } from './types.ts';

function partTable(part: Part): Table {
  const entries = readCorpus()
    .filter((file) => file.part === part)
    .flatMap((file) => file.entries);
  const outcomes = run(entries);
  const rows: Row[] = [...CATEGORIES.map((category) => score(outcomes, category)), overall(outcomes)].map((s) => ({
    cells: [s.category, String(s.positives), String(s.truePositives), String(s.falsePositives), String(s.falseNegatives), percent(s.precision), percent(s.recall)],
  }));
  const { alarmed, compliant } = falseAlarms(outcomes);
  return {
    title: `corpus, ${part} part: ${entries.length} messages, ${compliant} compliant`,
    columns: ['category', 'positives', 'TP', 'FP', 'FN', 'precision', 'recall'],
    rows,
    notes: [`compliant messages with a warning or error: ${alarmed.length} of ${compliant} (${percent(compliant === 0 ? 0 : alarmed.length / compliant)})`],
  };
}

export const corpusSection: Section = {
  name: 'corpus',
  run: async () => [partTable('tuning'), partTable('held-out')],
};
