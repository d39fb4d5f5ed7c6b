/**
 * Which language a message is written in, for the "not in the buyer's language" hint: Japanese,
 * Chinese and Arabic by their script (phrase data's `script`), the others by counting their most
 * frequent words (phrase data's stopWords).
 */
import { lazyRegex } from './lazy-regex.ts';
import { LANGUAGE_SIGNS } from './phrases/index.ts';
import type { Language } from './types.ts';

/** The first part of a message tells its language; no need to read a pasted novel. */
const SAMPLE_LENGTH = 1500;
/** Fewer stop words than this and the guess would be noise. */
const MIN_STOP_WORDS = 3;
/** This many letters of a language's own script name it, or fewer when they are most of the letters. */
const SCRIPT_LETTERS = 5;
const WORD = lazyRegex(String.raw`\p{L}+`, 'gu');
const LETTER = lazyRegex(String.raw`\p{L}`, 'gu');

/** The languages of each stop word, and the scripts that name a language: made on the first guess (most checks make none). */
let signs: { stopWords: Map<string, Language[]>; scripts: readonly { language: Language; letters: RegExp }[] } | undefined;
function languageSigns(): NonNullable<typeof signs> {
  if (signs) return signs;
  const stopWords = new Map<string, Language[]>();
  for (const book of LANGUAGE_SIGNS) {
    for (const word of book.stopWords) {
      const languages = stopWords.get(word);
      if (languages) languages.push(book.language);
      else stopWords.set(word, [book.language]);
    }
  }
  const scripts = LANGUAGE_SIGNS.flatMap((book) => (book.script ? [{ language: book.language, letters: new RegExp(book.script, 'gu') }] : []));
  signs = { stopWords, scripts };
  return signs;
}

export function detectLanguage(text: string): Language | undefined {
  if (typeof text !== 'string' || text.length === 0) return undefined;
  const sample = text.slice(0, SAMPLE_LENGTH);
  const { stopWords, scripts } = languageSigns();
  if (scripts.length > 0) {
    let letters = -1;
    for (const { language, letters: own } of scripts) {
      const count = sample.match(own)?.length ?? 0;
      if (count === 0) continue;
      if (count >= SCRIPT_LETTERS) return language;
      if (letters < 0) letters = sample.match(LETTER())?.length ?? 0;
      if (count >= 2 && count * 2 >= letters) return language;
    }
  }

  const scores = new Map<Language, number>();
  let words = 0;
  for (const m of sample.toLowerCase().matchAll(WORD())) {
    words++;
    const languages = stopWords.get(m[0]);
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
