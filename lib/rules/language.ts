/**
 * Which language a message is written in, for the "not in the buyer's language" hint: Japanese by
 * its script (kana), the others by counting their most frequent words (phrase data's stopWords).
 */
import { PHRASE_BOOKS } from './phrases/index.ts';
import type { Language } from './types.ts';

/** The first part of a message tells its language; no need to read a pasted novel. */
const SAMPLE_LENGTH = 1500;
/** Fewer stop words than this and the guess would be noise. */
const MIN_STOP_WORDS = 3;
const KANA = /[\u3040-\u30ff]/gu;
const WORD = /\p{L}+/gu;

const STOP_WORDS = new Map<string, Language[]>();
for (const book of PHRASE_BOOKS) {
  for (const word of book.stopWords) {
    const languages = STOP_WORDS.get(word);
    if (languages) languages.push(book.language);
    else STOP_WORDS.set(word, [book.language]);
  }
}
const SCRIPT_LANGUAGES = PHRASE_BOOKS.filter((book) => !book.wordBoundaries).map((book) => book.language);

export function detectLanguage(text: string): Language | undefined {
  if (typeof text !== 'string' || text.length === 0) return undefined;
  const sample = text.slice(0, SAMPLE_LENGTH);
  const kana = sample.match(KANA)?.length ?? 0;
  if (kana >= 5 && SCRIPT_LANGUAGES.includes('ja')) return 'ja';

  const scores = new Map<Language, number>();
  let words = 0;
  for (const m of sample.toLowerCase().matchAll(WORD)) {
    words++;
    const languages = STOP_WORDS.get(m[0]);
    if (!languages) continue;
    for (const language of languages) scores.set(language, (scores.get(language) ?? 0) + 1);
  }
  let best: Language | undefined;
  let bestScore = 0;
  let second = 0;
  for (const [language, score] of scores) {
    if (score > bestScore) {
      second = bestScore;
      best = language;
      bestScore = score;
    } else if (score > second) second = score;
  }
  if (!best || bestScore < MIN_STOP_WORDS || bestScore < words * 0.1) return undefined;
  // A close second means a mixed or ambiguous text: better no guess than a wrong hint.
  return bestScore >= second * 1.5 ? best : undefined;
}
