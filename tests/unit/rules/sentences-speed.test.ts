// @vitest-environment node
/**
 * Sentence bounds (lib/rules/sentences.ts) found by jumping from one possible sentence end to
 * the next with a regex, and kept for the last two texts: the same bounds as the plain
 * character-by-character pass they replaced, on every text.
 */
import { describe, expect, it } from 'vitest';
import { isSpaceCode, sentenceRange, sentenceStarts } from '../../../lib/rules/sentences.ts';

/** The pass sentenceStarts used to be, as the reference. */
function referenceStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const ends =
      c === 10 || c === 0x3002 || c === 0xff01 || c === 0xff1f || ((c === 46 || c === 33 || c === 63 || c === 0x61f) && (i + 1 === text.length || /\s/u.test(text[i + 1] as string)));
    if (ends && i + 1 < text.length && i + 1 > (starts[starts.length - 1] as number)) starts.push(i + 1);
  }
  return starts;
}

const PIECES = ['Hello', ' ', '.', '. ', '!', '!!!', '?', '؟', '؟ ', '。', '！', '？', '\n', '\r\n', '\n\n\n', '3.5 kg', 'amazon.de', 'e.g.,', '😊', 'İ', '\u00a0', '\u3000', '\u2028', '\ufeff', 'Grüße', 'ご注文', 'مرحبا'];

describe('sentence starts', () => {
  it.each([
    ['', [0]],
    ['One. Two! Three? Four', [0, 4, 9, 16]],
    ['3.5 kg from amazon.de, e.g., today.', [0]],
    ['Line one\r\nLine two\n\n\nEnd', [0, 10, 19, 20, 21]],
    ['ありがとうございます。次に！最後？', [0, 11, 14]],
    ['شكرا؟ نعم', [0, 5]],
    ['Wow!!! Great?! 😊 Done.', [0, 6, 14]],
    ['Ends with a break\n', [0]],
    ['!!!!', [0]],
  ])('%j', (text, expected) => {
    expect(referenceStarts(text)).toEqual(expected);
    expect(sentenceStarts(text)).toEqual(expected);
  });

  it('match the plain pass on generated texts, each asked for twice and in turn with others', () => {
    let seed = 99;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const texts: string[] = [];
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const pieces = Math.floor(next() * 30);
      for (let k = 0; k < pieces; k++) text += PIECES[Math.floor(next() * PIECES.length)] as string;
      texts.push(text);
    }
    // The cache holds two texts: ask in an order that hits and misses it.
    const differing = texts.filter((text, n) => {
      const other = texts[(n * 7) % texts.length] as string;
      const first = JSON.stringify(sentenceStarts(text));
      const otherStarts = JSON.stringify(sentenceStarts(other));
      const again = JSON.stringify(sentenceStarts(text));
      const want = JSON.stringify(referenceStarts(text));
      return first !== want || again !== want || otherStarts !== JSON.stringify(referenceStarts(other));
    });
    expect(differing).toEqual([]);
  });

  it('stay linear on a megabyte of line breaks or exclamation marks', () => {
    expect(sentenceStarts('\n'.repeat(1_000_000))).toHaveLength(1_000_000);
    expect(sentenceStarts('!'.repeat(1_000_000))).toEqual([0]);
  });
});

describe('whitespace as \\s', () => {
  it('is the same set of characters as the regex class', () => {
    const differing: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpaceCode(c) !== /\s/u.test(String.fromCharCode(c))) differing.push(c);
    expect(differing).toEqual([]);
  });

  it('trims the end of a sentence range, CRLF included', () => {
    const text = 'First one.\u00a0\r\nSecond';
    const starts = sentenceStarts(text);
    expect(starts).toEqual([0, 10, 13]);
    expect(sentenceRange(text, starts, 0)).toEqual([0, 10]);
    expect(sentenceRange(text, starts, 1)).toEqual([10, 10]);
    expect(sentenceRange(text, starts, 2)).toEqual([13, 19]);
  });
});
