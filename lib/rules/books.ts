/**
 * Phrase data per language, made ready on first use. A seller's service worker or popup starts
 * cold many times a day: a message readies only the languages it can be written in (see
 * languagesOf), each once per process, from its pack's prefilter (language-index.ts) or, without
 * a pack, from the prefilter worked out then (phrase-analysis.ts).
 *
 * The books themselves are registered (addPhraseBook): all at once by the all-languages entry
 * (lib/rules/index.ts, for Node, the tests and the options page), or one language pack at a time
 * by the extension's background, when a message first needs that language (packs.ts). Which
 * languages a message needs is told from the languages' signs, always at hand.
 */
import { unionRegex } from './compile.ts';
import { indexedLists, LanguageIndex, storedIndexProblem, type IndexFamily, type StoredIndex } from './language-index.ts';
import { LANGUAGE_SIGNS } from './phrases/index.ts';
import type { PhraseBook, TopicPhrases } from './phrases/types.ts';
import type { ClassSpec } from './quick-regex.ts';
import { lowerSameLength } from './scan.ts';
import type { Language } from './types.ts';

const BOOKS = new Map<Language, PhraseBook>();
export const ALL_LANGUAGES: readonly Language[] = LANGUAGE_SIGNS.map((signs) => signs.language);

/** A language's prefilters as worked out at build time (packs-build.ts), with the class table their parsed phrases name. */
export interface BookIndexes {
  phrases: StoredIndex;
  courtesy: StoredIndex;
  classes: readonly ClassSpec[];
}

/**
 * Works out a book's prefilters when no pack brought them (phrase-analysis.ts): registered by the
 * engine that carries every book (lib/rules/index.ts), never by the extension's background.
 */
export interface IndexBuilder {
  /** A family's prefilter; the sources of the classes its parsed phrases name are added to `classes`. */
  build: (book: PhraseBook, family: IndexFamily, classes: string[]) => StoredIndex;
  /** Those sources as the packs carry them. */
  classSpecs: (sources: readonly string[]) => ClassSpec[];
}
let builder: IndexBuilder | undefined;
export function useIndexBuilder(build: IndexBuilder): void {
  builder = build;
}

const STORED = new Map<Language, BookIndexes>();
const INDEXES = new Map<string, LanguageIndex>();

/**
 * Registers a language's phrase book, with its prefilters when they were worked out at build time.
 * A book registered again is ignored: indexes already made from it stay valid.
 */
export function addPhraseBook(book: PhraseBook, indexes?: BookIndexes): void {
  if (BOOKS.has(book.language)) return;
  if (!ALL_LANGUAGES.includes(book.language)) throw new Error(`Clearsend has no language "${String(book.language)}"`);
  if (indexes) {
    for (const family of ['phrases', 'courtesy'] as const) {
      const problem = storedIndexProblem(indexes[family], indexedLists(book, family));
      if (problem) throw new Error(`Clearsend's ${book.language} prefilter (${family}) is damaged: ${problem}`);
    }
    STORED.set(book.language, indexes);
  }
  BOOKS.set(book.language, book);
}

/** Whether a language's phrase book has been registered. */
export function hasPhraseBook(language: Language): boolean {
  return BOOKS.has(language);
}

function bookOf(language: Language): PhraseBook {
  const book = BOOKS.get(language);
  // The caller asked for a language whose pack nobody loaded: a bug, never a silent pass.
  if (!book) throw new Error(`Clearsend: the phrases of "${language}" are not loaded`);
  return book;
}

/** One language's prefilter of one family, made once. */
export function languageIndex(language: Language, family: IndexFamily): LanguageIndex {
  const key = `${language}:${family}`;
  let index = INDEXES.get(key);
  if (!index) {
    const book = bookOf(language);
    const stored = STORED.get(language);
    let data: StoredIndex;
    let classes: readonly ClassSpec[];
    if (stored) {
      data = stored[family];
      classes = stored.classes;
    } else {
      if (!builder) throw new Error(`Clearsend: the prefilter of "${language}" was neither shipped nor can be worked out here`);
      const own: string[] = [];
      data = builder.build(book, family, own);
      classes = builder.classSpecs(own);
    }
    index = new LanguageIndex(language, book.wordBoundaries, indexedLists(book, family), data, classes);
    INDEXES.set(key, index);
  }
  return index;
}

const TOPICS = new Map<string, RegExp | null>();

/** A topic's phrases of one language as one global regex, made on first use (context.ts). */
export function topicRegex(language: Language, topic: keyof TopicPhrases): RegExp | null {
  const key = `${language}:${topic}`;
  let regex = TOPICS.get(key);
  if (regex === undefined) {
    const book = bookOf(language);
    regex = unionRegex(book.topics[topic] ?? [], book.wordBoundaries);
    TOPICS.set(key, regex);
  }
  return regex;
}

/** How many languages have an index so far (for the cold-start figures and tests). */
export function compiledLanguageCount(): number {
  return new Set([...INDEXES.keys()].map((key) => key.slice(0, key.indexOf(':')))).size;
}

// ---------------------------------------------------------------------------------------------
// Which languages a message can be written in.

/** Stop word -> bit mask of the languages that use it. */
const STOP_WORDS = new Map<string, number>();
const WORD_BOOKS = LANGUAGE_SIGNS.filter((book) => book.wordBoundaries && !book.script);
WORD_BOOKS.forEach((book) => {
  const bit = 1 << LANGUAGE_SIGNS.indexOf(book);
  for (const word of book.stopWords) STOP_WORDS.set(word, (STOP_WORDS.get(word) ?? 0) | bit);
});

/** Enough of a message to tell which languages it mixes: its start and its end (stop words are every third word). */
const SAMPLE = 600;
/** Longer words are no stop words: no lookup. */
const MAX_STOP_WORD = Math.max(...WORD_BOOKS.flatMap((book) => book.stopWords.map((word) => word.length)));
/** A language needs this many of its stop words to count as present in a longer text. */
const MIN_HITS = 2;
/** Texts with fewer words than this are too short to rule a language out. */
const MIN_WORDS = 6;
/**
 * Longer texts are never "too short to tell": a long text without the words of any language
 * (a pasted run of emoji, marks, digits or addresses) is a message in none of them, and
 * checking it in all thirteen would only multiply the time it takes.
 */
const SHORT_TEXT = 280;

/** Books known by their script, with a test for its letters (BMP ranges: no u flag, no cost). */
const SCRIPT_BOOKS = LANGUAGE_SIGNS.flatMap((book, i) =>
  book.script ? [{ book, index: i, letters: new RegExp(book.script, /\\p\{/.test(book.script) ? 'u' : '') }] : [],
);

/**
 * The languages whose phrases are checked on a text: English always (sellers everywhere use
 * English marketing words: "newsletter", "WhatsApp", "coupon"), a language known by its script
 * (Japanese, Chinese, Arabic) when its letters appear, and each other language with enough of
 * its stop words. Languages written without spaces share the Han characters: the first whose
 * own letters appear claims the text (Japanese by its kana), so a Japanese message does not run
 * Chinese phrases. A text too short or too unusual to tell is checked in every language, or,
 * when the buyer's language of preference is known (`buyer`), in English and that language: the
 * first words of a message to a German buyer are German or English, and a woken background then
 * reads two packs, not thirteen.
 */
export function languagesOf(text: string, buyer?: Language): Language[] {
  const everyLanguage = (): Language[] => {
    if (buyer === undefined || !ALL_LANGUAGES.includes(buyer)) return [...ALL_LANGUAGES];
    return buyer === 'en' ? ['en'] : ['en', buyer];
  };
  const sample = lowerSameLength(text.length > SAMPLE ? text.slice(0, SAMPLE / 2) + ' ' + text.slice(-SAMPLE / 2) : text);
  const hits = new Array<number>(LANGUAGE_SIGNS.length).fill(0);
  let words = 0;
  let wide = false;
  // A hand-written word scan: a regex over \p{L} with the u flag cost more than the rest of lint.
  let start = -1;
  for (let i = 0; i <= sample.length; i++) {
    const c = i < sample.length ? sample.charCodeAt(i) : 32;
    const letter = (c >= 97 && c <= 122) || (c >= 0xc0 && c < 0x3000 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x206f));
    // Letters beyond Latin, Greek and Cyrillic: a script some book may be known by.
    if (!wide && c >= 0x0590 && c !== 0xfeff && !(c >= 0x2000 && c <= 0x2bff)) wide = true;
    if (letter) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      words++;
      // One letter is too little to tell a language (the "e" in an ID like 9F0E-2A8C is not Italian).
      if (i - start > 1 && i - start <= MAX_STOP_WORD) {
        const mask = STOP_WORDS.get(sample.slice(start, i));
        if (mask !== undefined) for (let b = 0; b < hits.length; b++) if (mask & (1 << b)) hits[b]!++;
      }
      start = -1;
    }
  }
  const byScript = new Set<number>();
  if (wide) {
    let spaceless = false;
    for (const { book, index, letters } of SCRIPT_BOOKS) {
      if (!book.wordBoundaries && spaceless) continue;
      if (letters.test(sample)) {
        byScript.add(index);
        if (!book.wordBoundaries) spaceless = true;
      }
    }
  }
  const short = text.length <= SHORT_TEXT;
  if (short && words < MIN_WORDS && byScript.size === 0) return everyLanguage();
  // Italian, Spanish and French share many short words (la, un, con, se): a language counts only
  // with at least half the stop words of the text's main language, so an Italian message does
  // not run Spanish phrases ("feedback positivo" is Spanish praise-seeking, Italian thanks).
  let top = 0;
  LANGUAGE_SIGNS.forEach((book, i) => {
    if (book.wordBoundaries && !book.script && (hits[i] as number) > top) top = hits[i] as number;
  });
  const out: Language[] = [];
  LANGUAGE_SIGNS.forEach((book, i) => {
    const n = hits[i] as number;
    if (book.language === 'en') out.push('en');
    else if (book.script || !book.wordBoundaries) {
      if (byScript.has(i)) out.push(book.language);
    } else if ((n >= MIN_HITS && n * 2 >= top) || (words < 20 && n >= 1)) out.push(book.language);
  });
  // Only English found in a short text, but it is not English either (few stop words): check everything.
  if (short && out.length === 1 && byScript.size === 0 && (hits[LANGUAGE_SIGNS.findIndex((b) => b.language === 'en')] as number) < MIN_HITS) {
    return everyLanguage();
  }
  return out;
}
