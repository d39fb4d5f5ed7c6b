// @vitest-environment node
/**
 * matchCase (lib/rules/finding.ts) reads the original's letters in one pass now, not with two
 * Unicode property regexes: the casing it gives a rewrite must be the one the regexes gave,
 * kept here as the reference, in every script and with letters outside the BMP.
 */
import { describe, expect, it } from 'vitest';
import { matchCase } from '../../../lib/rules/finding.ts';

function referenceMatchCase(original: string, replacement: string): string {
  if (replacement === '') return replacement;
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) {
    return replacement.toUpperCase();
  }
  const first = original.match(/\p{L}/u)?.[0];
  if (first && first !== first.toLowerCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  }
  return replacement;
}

const PIECES = ['a', 'A', 'ß', 'ẞ', 'İ', 'ı', 'Σ', 'ς', 'σ', 'ǅ', 'ǆ', 'Ǆ', 'ŉ', 'ﬀ', 'ª', 'µ', '𝐀', '𝐚', '𐐀', '𐐨', 'Ꭰ', 'ꭰ', 'あ', '中', 'ا', '1', ' ', '-', "'", '😊', '\ud800', 'é', 'É', 'ÿ', 'Ÿ', 'Ⅻ', 'ⅻ'];

describe('matchCase', () => {
  it.each([
    ['Positive review', 'review'],
    ['POSITIVE REVIEW', 'review'],
    ['positive review', 'Review'],
    ['5-STAR', 'review'],
    ['A', 'review'],
    ['ΣΑΣ', 'σας'],
    ['İYİ', 'iyi'],
    ['𝐑𝐄𝐕𝐈𝐄𝐖', 'review'],
    ['ǅemal', 'x'],
    ['', 'x'],
    ['Abc', ''],
  ])('%j -> %j', (original, replacement) => {
    expect(matchCase(original, replacement)).toBe(referenceMatchCase(original, replacement));
  });

  it('cases rewrites as the regexes did on generated texts', () => {
    let seed = 777;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const differing: string[] = [];
    for (let n = 0; n < 20_000; n++) {
      let original = '';
      const pieces = Math.floor(next() * 8);
      for (let k = 0; k < pieces; k++) original += PIECES[Math.floor(next() * PIECES.length)] as string;
      for (const replacement of ['review', 'ßtraße', 'ǆ', '']) {
        if (matchCase(original, replacement) !== referenceMatchCase(original, replacement)) differing.push(original);
      }
    }
    expect(differing).toEqual([]);
  });
});
