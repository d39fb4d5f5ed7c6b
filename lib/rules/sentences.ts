/**
 * Sentence bounds, for the rules that combine phrases within a sentence or the next one
 * (concepts.ts) and for fixes that remove a sentence. One linear pass: a sentence ends at a line
 * break, at 。！？ (Japanese and Chinese), and at . ! ? followed by a space or the end ("3.5 kg",
 * "amazon.de" and "e.g.," stay inside their sentence).
 */

/** A line break, 。！？, or . ! ? before whitespace or the end. */
const SENTENCE_END = /[\n\u3002\uff01\uff1f]|[.!?](?=[\s\u00a0]|$)/g;

/** Start offsets of the sentences of a text, ascending; the first is 0. */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  const length = text.length;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const end = m.index + 1;
    if (end < length && end > (starts[starts.length - 1] as number)) starts.push(end);
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
