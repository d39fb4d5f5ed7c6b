/**
 * Tuning aid: scores the tuning part of the corpus and lists every misclassified message with
 * its findings. The held-out part is never listed (reading its texts would be tuning on them);
 * `npm run bench corpus` prints its figures only.
 *   npm run --silent corpus -- [lang|all] [category]
 */
import { CATEGORIES, falseAlarms, misclassified, readCorpus, run, score, scoreTable, type LabelledCategory } from '../tests/corpus/score.ts';

const [language = 'all', category] = process.argv.slice(2);
if (category !== undefined && !(CATEGORIES as readonly string[]).includes(category)) {
  console.error(`corpus: unknown category ${category} (have ${CATEGORIES.join(', ')})`);
  process.exit(2);
}
const entries = readCorpus()
  .filter((file) => file.part === 'tuning')
  .flatMap((file) => file.entries)
  .filter((entry) => language === 'all' || entry.lang === language);
const outcomes = run(entries);
console.log(scoreTable(CATEGORIES.map((c) => score(outcomes, c))));
const { alarmed, compliant } = falseAlarms(outcomes);
console.log(`\ncompliant messages with a warning or error: ${alarmed.length} of ${compliant}\n`);
console.log(misclassified(outcomes, category as LabelledCategory | undefined));
