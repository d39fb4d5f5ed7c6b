// @vitest-environment node
/**
 * The cheaper scans of lib/rules/formatting.ts: the letter table filled by hand for Latin text,
 * the line-break runs found with indexOf and the repeated marks with a simpler regex. Each must
 * answer as the regexes it replaced, kept here as the reference.
 */
import { describe, expect, it } from 'vitest';
import type { FieldText } from '../../../lib/rules/finding.ts';
import { checkFormatting } from '../../../lib/rules/formatting.ts';
import fc from 'fast-check';
import { capitalRunAt, caseOf, isCapitalCodePoint, isLetterCodePoint } from '../../../lib/rules/letters.ts';
import { catalogFor } from '../../../lib/rules/messages/index.ts';
import { profileText } from '../../../lib/rules/scan.ts';

function referenceKind(c: number): number {
  const ch = String.fromCharCode(c);
  if (/\p{Lu}/u.test(ch)) return 1;
  if (/\p{Ll}/u.test(ch)) return 2;
  if (/\p{L}/u.test(ch)) return 3;
  return /[\p{N}\p{M}]/u.test(ch) ? 5 : 4;
}

describe('the letter table', () => {
  it('gives every UTF-16 unit the kind the Unicode property regexes give it', () => {
    const differing: number[] = [];
    // The hand-filled part first, then a sample of every other block (each looked up on first use).
    for (let c = 0; c <= 0x17f; c++) if (caseOf(c) !== referenceKind(c)) differing.push(c);
    for (let c = 0x180; c <= 0xffff; c += 7) if (caseOf(c) !== referenceKind(c)) differing.push(c);
    for (const c of [0x130, 0x131, 0x1e9e, 0x3b1, 0x391, 0x5d0, 0x627, 0x3042, 0x4e00, 0x300, 0x660, 0xff21, 0xd83d, 0xde00]) {
      if (caseOf(c) !== referenceKind(c)) differing.push(c);
    }
    expect(differing).toEqual([]);
  });

  it('tells letters (\\p{L}) by code point, outside the BMP too', () => {
    const differing: number[] = [];
    const points = [0x41, 0xe9, 0x2019, 0x3042, 0x1d400, 0x1d7ce, 0x10400, 0x1f600, 0x20000, 0xd800, 0xdc00];
    for (let cp = 0x10000; cp < 0x30000; cp += 97) points.push(cp);
    for (const cp of points) if (isLetterCodePoint(cp) !== /^\p{L}$/u.test(String.fromCodePoint(cp))) differing.push(cp);
    expect(differing).toEqual([]);
  });
});

/** The regex that found where shouting may start, kept as the reference. */
function referenceRun(text: string, from: number): [number, number] | null {
  const seed = /\p{Lu}{5,}/gu;
  seed.lastIndex = from;
  const m = seed.exec(text);
  return m ? [m.index, m.index + m[0].length] : null;
}

describe('runs of capitals', () => {
  it('tells capitals (\\p{Lu}) by code point, in every block', () => {
    const differing: number[] = [];
    for (let cp = 0; cp < 0x30000; cp += cp < 0x10000 ? 1 : 13) {
      if (cp >= 0xd800 && cp < 0xe000) continue;
      if (isCapitalCodePoint(cp) !== /^\p{Lu}$/u.test(String.fromCodePoint(cp))) differing.push(cp);
    }
    for (const cp of [0xd800, 0xdbff, 0xdc00, 0xdfff]) if (isCapitalCodePoint(cp)) differing.push(cp);
    expect(differing).toEqual([]);
  });

  it('finds the run /\\p{Lu}{5,}/gu finds, from any position', () => {
    // Capitals and small letters of several scripts, caseless letters, marks, astral capitals
    // (mathematical bold), lone surrogates and separators.
    const pieces = ['A', 'Z', 'e', 'É', 'é', 'İ', 'ı', 'Ω', 'ω', 'Ж', 'ж', 'Ａ', 'ａ', 'あ', '中', 'ب', '한', '\u0301', '𝐒', '𝐬', '\ud835', '\udc00', ' ', '-', '5', '!', '\n'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.nat(), (parts, start) => {
        const text = parts.join('');
        const from = text.length === 0 ? 0 : start % (text.length + 1);
        expect(capitalRunAt(text, from, 5)).toEqual(referenceRun(text, from));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds runs in longer texts as the regex does', () => {
    for (const text of ['PLEASE READ THIS NOW', 'ＳＡＬＥ ＮＯＷ ＯＮ', '𝐒𝐀𝐋𝐄𝐒 today', 'ÉTÉ ÉLÉGANT', 'KAUFEN SİE JETZT', 'abcDEFGHij', 'ABCD EFGH', '']) {
      for (let from = 0; from <= text.length; from++) expect(capitalRunAt(text, from, 5), `${text} from ${from}`).toEqual(referenceRun(text, from));
    }
  });
});

const LINE_BREAKS = /\r?\n(?:[ \t\u00a0\u3000]*\r?\n){2,}/gu;
const REPEATED_MARKS = /[!?！？]{3,}/gu;

/** Where the old regexes found line-break runs and repeated marks. */
function referenceRanges(text: string): { lineBreaks: string[]; marks: string[] } {
  const lineBreaks: string[] = [];
  for (const m of text.matchAll(LINE_BREAKS)) {
    const breaks = Math.min([...m[0]].filter((c) => c === '\n').length, 100);
    lineBreaks.push(`${m.index}-${m.index + m[0].length}:${breaks}:${m[0].startsWith('\r') ? 'crlf' : 'lf'}`);
  }
  const marks = [...text.matchAll(REPEATED_MARKS)].map((m) => `${m.index}-${m.index + m[0].length}`);
  return { lineBreaks, marks };
}

const texts = catalogFor('en');

function found(text: string): { lineBreaks: string[]; marks: string[] } {
  const where: FieldText = { field: 'body', text, texts };
  const findings = checkFormatting(where, profileText(text, []));
  return {
    lineBreaks: findings
      .filter((f) => f.ruleId === 'line-breaks')
      .map((f) => `${f.start}-${f.end}:${Math.min([...f.actual].filter((c) => c === '\n').length, 100)}:${f.suggestions?.[0]?.replacement === '\r\n\r\n' ? 'crlf' : 'lf'}`),
    marks: findings.filter((f) => f.ruleId === 'repeated-punctuation').map((f) => `${f.start}-${f.end}`),
  };
}

const PIECES = ['Hi', ' ', '\n', '\r\n', '\r', ' \t', '\u00a0', '\u3000', '\u2028', 'x', '!', '?', '！', '？', '!!', '.', '😊', 'İ', 'ğ'];

describe('line-break runs and repeated marks', () => {
  it.each([
    'Hello\n\n\nWorld',
    'Hello\r\n\r\n\r\nWorld',
    'Hello\n \n\t\u00a0\n\u3000\nWorld',
    'Hello\n\r\n\nWorld',
    'Hello\n \r\n\n',
    'Hello\n\r \n\nWorld',
    '\n\n',
    '\n\n\n',
    'Hi\r\r\n\n\n',
    `Many${'\n'.repeat(150)}`,
    'Really?!? Yes!!!! ？？！ ok!! ?',
    '!!!',
    'Wait？！!',
  ])('%j', (text) => {
    expect(found(text)).toEqual(referenceRanges(text));
  });

  it('match the regexes on generated texts', () => {
    let seed = 4242;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const differing: string[] = [];
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const pieces = Math.floor(next() * 40);
      for (let k = 0; k < pieces; k++) text += PIECES[Math.floor(next() * PIECES.length)] as string;
      if (JSON.stringify(found(text)) !== JSON.stringify(referenceRanges(text))) differing.push(text);
    }
    expect(differing).toEqual([]);
  });

  it('reports the first 400 findings of a megabyte of empty lines, as before', () => {
    expect(found('x\n\n\n'.repeat(250_000)).lineBreaks).toHaveLength(400);
  });
});
