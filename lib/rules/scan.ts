/**
 * One pass over a field's text: where phrases can start (the prefilter of compile.ts), plus a few
 * cheap facts (is there an "@", a "://", a dot between letters...) so the link, contact and
 * formatting checks skip texts that cannot contain what they look for.
 */
import { KEY_LENGTH, type PhraseMatcher } from './compile.ts';

const TABLE_BITS = 14;
const TABLE_SHIFT = 32 - TABLE_BITS;

function hash2(a: number, b: number): number {
  return Math.imul(Math.imul(a, 0x85ebca6b) ^ b, 0x9e3779b1) >>> TABLE_SHIFT;
}
function hash3(a: number, b: number, c: number): number {
  return Math.imul(Math.imul(a, 0x85ebca6b) ^ Math.imul(b, 0xc2b2ae35) ^ c, 0x9e3779b1) >>> TABLE_SHIFT;
}

/** The prefilter for a set of matchers (at most 32): bit i of a table entry is matcher i. */
export interface PhraseIndex {
  matchers: readonly PhraseMatcher[];
  table2: Uint32Array;
  table3: Uint32Array;
}

export function buildPhraseIndex(matchers: readonly PhraseMatcher[]): PhraseIndex {
  if (matchers.length > 32) throw new Error('a phrase index holds at most 32 matchers');
  const table2 = new Uint32Array(1 << TABLE_BITS);
  const table3 = new Uint32Array(1 << TABLE_BITS);
  matchers.forEach((matcher, bit) => {
    for (const prefix of matcher.prefixes) {
      const a = prefix.charCodeAt(0);
      const b = prefix.charCodeAt(1);
      if (prefix.length >= KEY_LENGTH) table3[hash3(a, b, prefix.charCodeAt(2))]! |= 1 << bit;
      else table2[hash2(a, b)]! |= 1 << bit;
    }
  });
  return { matchers, table2, table3 };
}

/** 1: letter, digit or mark; 2: not; 0: not looked up yet. Filled lazily for non-ASCII. */
const wordCharCache = new Uint8Array(0x10000);
const WORD_CHAR_TEST = /^[\p{L}\p{N}\p{M}]$/u;
for (let c = 0; c < 128; c++) {
  wordCharCache[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;
}

export function isWordCode(c: number): boolean {
  let kind = wordCharCache[c];
  if (kind === 0) {
    kind = WORD_CHAR_TEST.test(String.fromCharCode(c)) ? 1 : 2;
    wordCharCache[c] = kind;
  }
  return kind === 1;
}

/** Kana and kanji: Japanese phrases can start at any of them. */
function isJapaneseCode(c: number): boolean {
  return (
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0x3400 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xff01 && c <= 0xff9f) ||
    c === 0x3005
  );
}

/** The whitespace JavaScript's \s matches, folded to a plain space (as keyChar does). */
function keyCode(c: number): number {
  if (c === 0x2019) return 39;
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13) ? 32 : c;
  if (c < 0xa0) return c;
  if (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  ) {
    return 32;
  }
  return c;
}

export interface TextProfile {
  text: string;
  /** Candidate start positions per matcher of the index (undefined: none). */
  candidates: (number[] | undefined)[];
  /** A dot between a word character and a letter: could be a domain. */
  hasDottedWord: boolean;
  hasScheme: boolean;
  hasAt: boolean;
  digitCount: number;
  hasAngleBracket: boolean;
  upperCount: number;
  /** The longest run of consecutive capital letters ("ASIN": 4). */
  longestUpperRun: number;
}

/** Lower case with the same length as the text, so offsets carry over. */
function lowerSameLength(text: string): string {
  let lower = text.toLowerCase();
  if (lower.length !== text.length) lower = text.replace(/\u0130/g, 'I').toLowerCase();
  return lower.length === text.length ? lower : text;
}

export function profileText(text: string, index: PhraseIndex): TextProfile {
  const lower = lowerSameLength(text);
  const { table2, table3 } = index;
  const candidates: (number[] | undefined)[] = new Array<number[] | undefined>(index.matchers.length);
  let hasDottedWord = false;
  let hasScheme = false;
  let hasAt = false;
  let digitCount = 0;
  let hasAngleBracket = false;
  let upperCount = 0;
  let upperRun = 0;
  let longestUpperRun = 0;
  let previousIsWord = false;
  const length = text.length;

  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    let isWord: boolean;
    if (c < 128) {
      isWord = wordCharCache[c] === 1;
      if (c >= 65 && c <= 90) {
        upperCount++;
        if (++upperRun > longestUpperRun) longestUpperRun = upperRun;
      } else upperRun = 0;
      if (c >= 48 && c <= 57) digitCount++;
      else if (c === 46) {
        if (previousIsWord && i + 1 < length && isWordCode(text.charCodeAt(i + 1))) hasDottedWord = true;
      } else if (c === 58) {
        if (text.charCodeAt(i + 1) === 47 && text.charCodeAt(i + 2) === 47) hasScheme = true;
      } else if (c === 64) hasAt = true;
      else if (c === 60) hasAngleBracket = true;
    } else {
      isWord = isWordCode(c);
      if (isWord && text.charCodeAt(i) !== lower.charCodeAt(i)) {
        upperCount++;
        if (++upperRun > longestUpperRun) longestUpperRun = upperRun;
      } else upperRun = 0;
    }
    const candidate = isJapaneseCode(c) || (isWord && !previousIsWord);
    previousIsWord = isWord;
    if (!candidate || i + 1 >= length) continue;

    const a = keyCode(lower.charCodeAt(i));
    const b = keyCode(lower.charCodeAt(i + 1));
    let mask = table2[hash2(a, b)] as number;
    if (i + 2 < length) mask |= table3[hash3(a, b, keyCode(lower.charCodeAt(i + 2)))] as number;
    while (mask !== 0) {
      const bit = 31 - Math.clz32(mask);
      mask &= ~(1 << bit);
      const list = candidates[bit];
      if (list) list.push(i);
      else candidates[bit] = [i];
    }
  }
  return {
    text,
    candidates,
    hasDottedWord,
    hasScheme,
    hasAt,
    digitCount,
    hasAngleBracket,
    upperCount,
    longestUpperRun,
  };
}
