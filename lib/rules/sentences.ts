/**
 * Sentence bounds, for the rules that combine phrases within a sentence or the next one
 * (concepts.ts) and for fixes that remove a sentence. One linear pass: a sentence ends at a line
 * break, at 。！？ (Japanese and Chinese), and at . ! ? ؟ (Arabic) followed by a space or the end ("3.5 kg",
 * "amazon.de" and "e.g.," stay inside their sentence).
 */

/** Whitespace after . ! ? that ends a sentence (\s of a regex, no-break space included). */
export function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The characters that may end a sentence. */
function isEndCode(c: number): boolean {
  return c === 10 || c === 46 || c === 33 || c === 63 || c === 0x61f || c === 0x3002 || c === 0xff01 || c === 0xff1f;
}

/**
 * Jumps to the next character that may end a sentence: the regex engine's scan of a character
 * class is native code, several times faster than reading the text one charCodeAt at a time
 * (most of a text holds none of these). No `u` flag: every character in it is a single code unit.
 */
const END = /[\n.!?\u061f\u3002\uff01\uff1f]/g;

/**
 * The last texts' sentence starts: concepts.ts and fixes.ts both need the body's, and a lint
 * call checks a subject and a body, so two entries. The arrays are shared: callers only read them.
 */
const cachedTexts: (string | undefined)[] = [undefined, undefined];
const cachedStarts: (readonly number[])[] = [[0], [0]];
let older = 0;

/**
 * Start offsets of the sentences of a text, ascending; the first is 0. A sentence ends at a line
 * break, at 。！？, or at . ! ? before whitespace or the end. Linear: a pasted megabyte of line
 * breaks is one regex match and one loop over the run, not a million matches with their arrays.
 */
export function sentenceStarts(text: string): readonly number[] {
  if (text === cachedTexts[0]) return cachedStarts[0] as readonly number[];
  if (text === cachedTexts[1]) return cachedStarts[1] as readonly number[];
  const starts = computeStarts(text);
  cachedTexts[older] = text;
  cachedStarts[older] = starts;
  older ^= 1;
  return starts;
}

function computeStarts(text: string): number[] {
  const starts = [0];
  const length = text.length;
  let last = 0;
  END.lastIndex = 0;
  while (END.test(text)) {
    // A run of such characters ("!!!", "\n\n\n") is read here, not one regex call per character.
    let i = END.lastIndex - 1;
    for (let c = text.charCodeAt(i); i < length && isEndCode(c); c = text.charCodeAt(++i)) {
      const next = i + 1;
      const ends = c === 10 || c >= 0x3002 || next === length || isSpaceCode(text.charCodeAt(next));
      if (ends && next < length && next > last) {
        starts.push(next);
        last = next;
      }
    }
    if (i >= length) break;
    END.lastIndex = i;
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
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return [start, end];
}
