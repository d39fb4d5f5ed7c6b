// @vitest-environment node
/**
 * "[Important]" tags (lib/rules/important-tag.ts) are looked for only at brackets that a tag word
 * may follow, with the tag regex built on first use: the tags found must be the ones a global
 * search with the whole regex finds, rebuilt here as the reference.
 */
import { describe, expect, it } from 'vitest';
import { toRegexSource } from '../../../lib/rules/compile.ts';
import { findImportantTags } from '../../../lib/rules/important-tag.ts';
import { LANGUAGE_SIGNS } from '../../../lib/rules/phrases/index.ts';

const words = [...new Set(LANGUAGE_SIGNS.flatMap((book) => book.importantTagWords))].map((word) => toRegexSource(word)).sort((a, b) => b.length - a.length);
const TAG = new RegExp(
  `[\\[(（{｛【〔［〖「『<＜《〈][\\s*!！:：._\\-–—]{0,4}(?:${words.join('|')})(?:[\\s:：,\\-–—!！.]{1,3}[\\p{L}\\p{N}'’]{1,20}){0,4}[\\s*!！:：._\\-–—]{0,4}[\\])）}｝】〕］〗」』>＞》〉]`,
  'giu',
);

function reference(text: string): { start: number; end: number }[] {
  return [...text.matchAll(TAG)].slice(0, 100).map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

const PIECES = [
  '[', ']', '(', ')', '【', '】', '<', '>', '「', '」', '《', '》', ' ', '  ', '\t', '*', '!', '：', '-', '—', '_', '.', 'Important', 'IMPORTANT',
  'important', 'ımportant', 'İmportant', 'ſpoed', 'Wichtig', 'URGENT', 'önemli', 'ÖNEMLİ', 'dikkat', 'DİKKAT', 'acil', 'ACİL', '重要', '至急', 'هام',
  ' update', 'x', 'order', '😊', '\n', '\r\n', 'Ważne', 'WAŻNE', 'let op', 'Action Required',
];

describe('important tags', () => {
  it.each([
    '[Important] Your order',
    '( *URGENT* ) please',
    'Re: 【重要】お知らせ',
    '[!! Wichtig !!]',
    '(order 123) and [ÖNEMLİ BİLGİ]',
    '[[Important]]',
    '<<Action required>>',
    '[ſpoed]',
    '[     Important]',
    '[    Important]',
    '(İmportant)',
  ])('%j', (text) => {
    expect(findImportantTags(text)).toEqual(reference(text));
  });

  it('are the regex matches on generated texts', () => {
    let seed = 2024;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const differing: string[] = [];
    for (let n = 0; n < 10_000; n++) {
      let text = '';
      const pieces = Math.floor(next() * 12);
      for (let k = 0; k < pieces; k++) text += PIECES[Math.floor(next() * PIECES.length)] as string;
      if (JSON.stringify(findImportantTags(text)) !== JSON.stringify(reference(text))) differing.push(text);
    }
    expect(differing).toEqual([]);
  });

  it('stop at 100 tags', () => {
    const text = '[Important] '.repeat(150);
    expect(findImportantTags(text)).toEqual(reference(text));
    expect(findImportantTags(text)).toHaveLength(100);
  });
});
