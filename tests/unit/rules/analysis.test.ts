// @vitest-environment node
/** The prefilter's analysis shipped in the language packs must match the phrase books and the parser. */
import { describe, expect, it } from 'vitest';
import { decodeFactors, indexedLists, keyHash, type StoredIndex } from '../../../lib/rules/language-index.ts';
import { analysePhrase, buildStoredIndex, longestKeyOf } from '../../../lib/rules/phrase-analysis.ts';
import { bookPhrases } from '../../../lib/rules/phrases/analysis.ts';
import { ALL_PHRASE_BOOKS } from '../../../lib/rules/phrases/books.ts';

const PHRASE_BOOKS = ALL_PHRASE_BOOKS;

describe('the prefilter worked out at build time', () => {
  it.each(PHRASE_BOOKS.map((book) => book.language))('%s: every phrase is under each of its keys, or floating, with its required words', (language) => {
    const book = PHRASE_BOOKS.find((b) => b.language === language)!;
    for (const family of ['phrases', 'courtesy'] as const) {
      const classes: string[] = [];
      const stored = JSON.parse(JSON.stringify(buildStoredIndex(book, family, classes))) as StoredIndex;
      const lists = indexedLists(book, family);
      /** "list:phrase" -> the keys it is under. */
      const keysOf = new Map<string, number[]>();
      stored.codes.forEach((key, k) => {
        for (let run = stored.keyRuns[k]!; run < stored.keyRuns[k + 1]!; run++) {
          for (let p = stored.runPhrases[run]!; p < stored.runPhrases[run + 1]!; p++) {
            const id = `${stored.runList[run]}:${stored.phrases[p]}`;
            keysOf.set(id, [...(keysOf.get(id) ?? []), key]);
          }
        }
      });
      const floating = new Set<string>();
      for (let f = 0; f < stored.floating.length; f += 2) floating.add(`${stored.floating[f]}:${stored.floating[f + 1]}`);
      lists.forEach((patterns, list) => {
        patterns.forEach((entry, n) => {
          const pattern = typeof entry === 'string' ? entry : entry.pattern;
          const fresh = analysePhrase(pattern, longestKeyOf(book));
          const id = `${list}:${n}`;
          if (fresh.prefixes === null) expect(floating.has(id), pattern).toBe(true);
          else expect([...(keysOf.get(id) ?? [])].sort(), pattern).toEqual(fresh.prefixes.map((key) => keyHash(key, key.length) * 8 + key.length).sort());
          expect(decodeFactors(stored.factors[list]![n]!), pattern).toEqual(fresh.factors);
        });
      });
    }
  }, 60_000);
});

describe('phrase data stays linear on a pasted megabyte', () => {
  it.each(PHRASE_BOOKS.map((book) => book.language))('%s: no phrase starts with a gap (it would be tried at every character)', (language) => {
    const book = PHRASE_BOOKS.find((b) => b.language === language)!;
    expect(bookPhrases(book).filter((phrase) => /^(?:\[\^|\.|\(\?:\[\^)/.test(phrase))).toEqual([]);
  });
});

describe('required words of a phrase', () => {
  it('asks for every word the phrase cannot match without, most selective first', () => {
    expect(analysePhrase('(?:leave|write) us a (?:quick )?review').factors).toEqual([['review'], ['leave', 'write']]);
  });

  it('combines alternatives one clause each, so a match of any alternative passes', () => {
    const factors = analysePhrase('leave a review|rate the seller').factors;
    expect(factors?.slice(0, 2)).toEqual([['review', 'seller'], ['leave', 'rate']]);
    const words = (text: string) => factors!.every((clause: string[]) => clause.some((word: string) => text.includes(word)));
    expect(words('please leave a review')).toBe(true);
    expect(words('please rate the seller')).toBe(true);
    expect(words('please leave the seller alone')).toBe(true);
    expect(words('the review is in')).toBe(false);
  });

  it('knows no word for an alternative without one', () => {
    expect(analysePhrase('leave a review|\\d+ ?km').factors).toBeNull();
  });

  it('takes a rare symbol for a word, however short, but not a quote, a digit or a space', () => {
    expect(analysePhrase('leave a review|\\d+ ?%').factors).toEqual([['review', '%'], ['leave', '%']]);
    expect(analysePhrase('[\\p{L}]{2,20} ?(?:\\[at\\]|\\(at\\)) ?[\\p{L}]{2,30}').factors).toEqual([['[at]', '(at)']]);
    expect(analysePhrase('[$€£] ?\\d{1,4}').factors).toEqual([['$', '€', '£']]);
    expect(analysePhrase("it's \\d+").factors).toBeNull();
    expect(analysePhrase('ab \\d+').factors).toBeNull();
  });
});

describe('the prefilter skips a phrase whose words are missing', () => {
  it('tries a phrase only when the text has one word of each clause', async () => {
    const { mayOccur } = await import('../../../lib/rules/compile.ts');
    const phrase = { pattern: '(?:leave|write) us a review', wordBoundaries: true, factors: analysePhrase('(?:leave|write) us a review').factors };
    expect(mayOccur(phrase, 'please leave us a review')).toBe(true);
    expect(mayOccur(phrase, 'please leave us a message')).toBe(false);
    expect(mayOccur(phrase, 'your review of the item')).toBe(false);
  });

  it('tries a phrase at a position only when its words occur there or later', async () => {
    const { mayOccurAt } = await import('../../../lib/rules/compile.ts');
    const phrase = { pattern: '(?:leave|write) us a review', wordBoundaries: true, factors: analysePhrase('(?:leave|write) us a review').factors };
    const text = 'please leave us a review. then leave us alone.';
    expect(mayOccurAt(phrase, text, text.indexOf('leave'))).toBe(true);
    expect(mayOccurAt(phrase, text, text.lastIndexOf('leave'))).toBe(false);
  });
});
