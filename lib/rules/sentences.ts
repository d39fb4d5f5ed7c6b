/**
 * Sentence bounds, for the rules that combine phrases within a sentence or the next one
 * (concepts.ts) and for fixes that remove a sentence. One linear pass: a sentence ends at a line
 * break, at 。！？ (Japanese and Chinese), and at . ! ? ؟ (Arabic) followed by a space or the end ("3.5 kg",
 * "amazon.de" and "e.g.," stay inside their sentence).
 */

/** Whitespace after . ! ? that ends a sentence (\s of a regex, no-break space included). */
function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Start offsets of the sentences of a text, ascending; the first is 0. A sentence ends at a line
 * break, at 。！？, or at . ! ? before whitespace or the end. A hand-written pass: a pasted
 * megabyte of line breaks made a million regex matches.
 */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    const ends =
      c === 10 || c === 0x3002 || c === 0xff01 || c === 0xff1f || ((c === 46 || c === 33 || c === 63 || c === 0x61f) && (i + 1 === length || isSpaceCode(text.charCodeAt(i + 1))));
    if (ends && i + 1 < length && i + 1 > (starts[starts.length - 1] as number)) starts.push(i + 1);
  }
  return starts;
}

/** The index of the sentence holding `offset` (binary search over sentenceStarts). */
export function sentenceAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** [start, end) of sentence `index`, without the line break that ends it. */
export function sentenceRange(text: string, starts: readonly number[], index: number): [number, number] {
  const start = starts[index] as number;
  let end = index + 1 < starts.length ? (starts[index + 1] as number) : text.length;
  while (end > start && /\s/u.test(text[end - 1] as string)) end--;
  return [start, end];
}
