// @vitest-environment node
/** The prefilter's analysis written at build time must match the phrase books and the parser. */
import { describe, expect, it } from 'vitest';
import { storedAnalysisMatches } from '../../../lib/rules/books.ts';
import { analysePhrase } from '../../../lib/rules/compile.ts';
import { bookPhrases, decodeAnalysis, encodeAnalysis } from '../../../lib/rules/phrases/analysis.ts';
import { STORED_ANALYSIS } from '../../../lib/rules/phrases/analysis.generated.ts';
import { PHRASE_BOOKS } from '../../../lib/rules/phrases/index.ts';

describe('stored phrase analysis', () => {
  it.each(PHRASE_BOOKS.map((book) => book.language))('is up to date for %s (run node scripts/phrase-analysis.ts if not)', (language) => {
    expect(storedAnalysisMatches(language)).toBe(true);
    const book = PHRASE_BOOKS.find((b) => b.language === language)!;
    const phrases = bookPhrases(book);
    const { entries } = decodeAnalysis(STORED_ANALYSIS[language] as string);
    // Spot-check against the parser itself, not only the hash.
    for (let i = 0; i < phrases.length; i += 17) {
      const fresh = analysePhrase(phrases[i] as string);
      expect(entries[i], phrases[i]).toEqual({ prefixes: fresh.prefixes, factors: fresh.factors });
    }
  });

  it('round-trips, empty lists and unknown ones included', () => {
    const entries = [{ prefixes: ['ab', 'cd'], factors: null }, { prefixes: null, factors: [] }, { prefixes: [], factors: ['review'] }];
    expect(decodeAnalysis(encodeAnalysis('0000abcd', entries, '3:12'))).toEqual({ hash: '0000abcd', shape: '3:12', entries });
  });
});

describe('phrase data stays linear on a pasted megabyte', () => {
  it.each(PHRASE_BOOKS.map((book) => book.language))('%s: no phrase starts with a gap (it would be tried at every character)', (language) => {
    const book = PHRASE_BOOKS.find((b) => b.language === language)!;
    expect(bookPhrases(book).filter((phrase) => /^(?:\[\^|\.|\(\?:\[\^)/.test(phrase))).toEqual([]);
  });
});
