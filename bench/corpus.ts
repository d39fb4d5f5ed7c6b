/**
 * Detection figures: precision and recall per category on both parts of the labelled corpus,
 * and the share of compliant messages flagged. The held-out part was never tuned on: its
 * figures are the ones to quote. The corpus test holds them to their floors.
 */
import { CATEGORIES, falseAlarms, overall, percent, readCorpus, run, score, type Part } from '../tests/corpus/score.ts';
import type { Row, Section, Table } from './types.ts';

/** The languages of the first corpus, and the seven added later (scored apart as well). */
const FIRST_SIX = ['en', 'de', 'fr', 'es', 'it', 'ja'];

const NEWER_SEVEN = 'nl, sv, pl, tr, pt, ar, zh';

interface Selection {
  name: string;
  keep: (language: string) => boolean;
}

const firstSix: Selection = { name: FIRST_SIX.join(', '), keep: (language) => FIRST_SIX.includes(language) };
const newerSeven: Selection = { name: NEWER_SEVEN, keep: (language) => !FIRST_SIX.includes(language) };

/** One part's figures; `round`: only that round of the held-out part (1: held-out/, 2: held-out-2/, 3: held-out-3/, 4: held-out-4/). */
function partTable(part: Part, languages?: Selection, round?: number): Table {
  const entries = readCorpus()
    .filter((file) => file.part === part && (round === undefined || file.round === round))
    .flatMap((file) => file.entries)
    .filter((entry) => !languages || languages.keep(entry.lang));
  const outcomes = run(entries);
  const rows: Row[] = [...CATEGORIES.map((category) => score(outcomes, category)), overall(outcomes)].map((s) => ({
    cells: [s.category, String(s.positives), String(s.truePositives), String(s.falsePositives), String(s.falseNegatives), percent(s.precision), percent(s.recall)],
  }));
  const { alarmed, compliant } = falseAlarms(outcomes);
  return {
    title: `corpus, ${part} part${round === undefined ? '' : `, round ${round}`}${languages ? ` in ${languages.name}` : ''}: ${entries.length} messages, ${compliant} compliant`,
    columns: ['category', 'positives', 'TP', 'FP', 'FN', 'precision', 'recall'],
    rows,
    notes: [`compliant messages with a warning or error: ${alarmed.length} of ${compliant} (${percent(compliant === 0 ? 0 : alarmed.length / compliant)})`],
  };
}

export const corpusSection: Section = {
  name: 'corpus',
  run: async () => [
    partTable('tuning'),
    partTable('held-out'),
    partTable('held-out', firstSix),
    partTable('held-out', newerSeven),
    partTable('held-out', firstSix, 1),
    partTable('held-out', newerSeven, 1),
    partTable('held-out', firstSix, 2),
    partTable('held-out', newerSeven, 2),
    partTable('held-out', firstSix, 3),
    partTable('held-out', newerSeven, 3),
    partTable('held-out', firstSix, 4),
    partTable('held-out', newerSeven, 4),
  ],
};
