// @vitest-environment node
/** Literal phrases are compared without a regex: they must end exactly where their regex would. */
import { describe, expect, it } from 'vitest';
import { matchEnd, stickyRegex, type CompiledPhrase } from '../../../lib/rules/compile.ts';
import { phraseTree } from '../../../lib/rules/phrase-analysis.ts';
import { classSpec } from '../../../lib/rules/quick-regex-parse.ts';

const phrase = (pattern: string, wordBoundaries = true): CompiledPhrase => ({ pattern, wordBoundaries, factors: null });

function regexEnd(p: CompiledPhrase, text: string, position: number): number {
  const copy = { ...p, literal: null };
  const regex = stickyRegex(copy);
  regex.lastIndex = position;
  return regex.test(text) ? regex.lastIndex : -1;
}

const TEXTS = [
  'follow us on instagram',
  'follow us\ton\u00a0instagram!',
  'follow  us \n on instagram.',
  'follow us on instagrammer',
  'follow us on instagram2',
  'follow us on instagramé',
  'follow us on instagram-',
  "don't miss our sale",
  'don’t miss our sale',
  'don`t miss our sale',
  'newsletter',
  'newsletters',
  'newsletter\u0301',
  '关注我们的店铺',
  '关注我们的店铺吧',
  'follow us on',
  'follow',
];
const PHRASES = [phrase('follow us on instagram'), phrase("don't miss"), phrase('newsletter'), phrase('关注我们', false), phrase('follow us on insta')];

describe('literal phrases', () => {
  it.each(PHRASES.map((p) => [p.pattern, p] as const))('%s ends where its regex ends, on every text and start', (_name, p) => {
    for (const text of TEXTS) {
      for (let position = 0; position < text.length; position++) {
        expect(matchEnd({ ...p }, text, position), `${JSON.stringify(text)} at ${position}`).toBe(regexEnd(p, text, position));
      }
    }
  });

  it('answers a phrase repeated thousands of times as its regex does, without running out of stack', () => {
    const classes: string[] = [];
    const pattern = '(?:vielen |herzlichen )+dank';
    for (const text of ['vielen '.repeat(560) + 'dank', 'herzlichen '.repeat(3000) + 'dank', 'vielen herzlichen '.repeat(200) + 'gruss']) {
      const p = { ...phrase(pattern), tree: phraseTree(pattern, true, classes), classes: classes.map(classSpec) };
      expect(matchEnd(p, text, 0), `${text.length} characters`).toBe(regexEnd(phrase(pattern), text, 0));
    }
  });

  it('leaves phrases with regex syntax to the quick matcher, then to their regex', () => {
    const classes: string[] = [];
    const p = { ...phrase('(?:follow|like) us'), tree: phraseTree('(?:follow|like) us', true, classes), classes: classes.map(classSpec) };
    expect(p.tree).toBeTypeOf('string');
    expect(matchEnd(p, 'like us', 0)).toBe(7);
    expect(p.literal).toBeNull();
    expect(p.quick).toBeTypeOf('function');
    expect(p.sticky).toBeUndefined();
    for (let i = 0; i < 20; i++) expect(matchEnd(p, 'follow us!', 0)).toBe(9);
    expect(p.sticky).toBeDefined();
    expect(matchEnd(p, 'like usa', 0)).toBe(-1);
  });
});
