// @vitest-environment node
/** The prefilter's analysis shipped in the language packs must match the phrase books and the parser. */
import { describe, expect, it } from 'vitest';
import { analysePhrase } from '../../../lib/rules/compile.ts';
import { bookPhrases, NOT_PHRASES, type StoredAnalysis } from '../../../lib/rules/phrases/analysis.ts';
import { ALL_PHRASE_BOOKS } from '../../../lib/rules/phrases/books.ts';
import { analysisOf } from '../../../lib/rules/packs-build.ts';

const PHRASE_BOOKS = ALL_PHRASE_BOOKS;

/** Every phrase of the book with the analysis at the same place in the analysis' shape. */
function pairs(book: unknown, analysis: unknown, out: [string, StoredAnalysis][] = []): [string, StoredAnalysis][] {
  if (typeof book === 'string') out.push([book, analysis as StoredAnalysis]);
  else if (Array.isArray(book)) book.forEach((item, i) => pairs(item, (analysis as unknown[])[i], out));
  else if (book && typeof book === 'object') {
    if ('pattern' in book) out.push([(book as { pattern: string }).pattern, analysis as StoredAnalysis]);
    else for (const [key, inner] of Object.entries(book)) if (!NOT_PHRASES.has(key)) pairs(inner, (analysis as Record<string, unknown>)[key], out);
  }
  return out;
}

describe('phrase analysis worked out at build time', () => {
  it.each(PHRASE_BOOKS.map((book) => book.language))('%s: every phrase has its analysis at its place, as the parser gives it', (language) => {
    const book = PHRASE_BOOKS.find((b) => b.language === language)!;
    const found = pairs(book, JSON.parse(JSON.stringify(analysisOf(book))));
    expect(found.map(([phrase]) => phrase)).toEqual(bookPhrases(book));
    for (let i = 0; i < found.length; i += 7) {
      const [phrase, stored] = found[i]!;
      const fresh = analysePhrase(phrase);
      expect(stored.slice(0, 2), phrase).toEqual([fresh.prefixes, fresh.factors]);
    }
  });
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
    const words = (text: string) => factors!.every((clause) => clause.some((word) => text.includes(word)));
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
    const { compilePhraseMatcher, mayOccur } = await import('../../../lib/rules/compile.ts');
    const matcher = compilePhraseMatcher('test', [{ wordBoundaries: true, list: ['(?:leave|write) us a review'] }]);
    const phrase = matcher.phrases[0]!;
    expect(mayOccur(phrase, 'please leave us a review')).toBe(true);
    expect(mayOccur(phrase, 'please leave us a message')).toBe(false);
    expect(mayOccur(phrase, 'your review of the item')).toBe(false);
  });

  it('tries a phrase at a position only when its words occur there or later', async () => {
    const { compilePhraseMatcher, mayOccurAt } = await import('../../../lib/rules/compile.ts');
    const phrase = compilePhraseMatcher('test', [{ wordBoundaries: true, list: ['(?:leave|write) us a review'] }]).phrases[0]!;
    const text = 'please leave us a review. then leave us alone.';
    expect(mayOccurAt(phrase, text, text.indexOf('leave'))).toBe(true);
    expect(mayOccurAt(phrase, text, text.lastIndexOf('leave'))).toBe(false);
  });
});
