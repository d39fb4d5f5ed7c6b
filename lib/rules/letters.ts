/**
 * Letters and their case, per UTF-16 unit, for the checks that read text one character at a
 * time (shouting in formatting.ts, the casing of rewrites in finding.ts), without a Unicode
 * property regex per character.
 */
import { isWordCode } from './scan.ts';

/**
 * Per UTF-16 unit: 1 upper-case letter (\p{Lu}), 2 lower-case letter (\p{Ll}), 3 other letter
 * (\p{L}), 5 digit or mark (\p{N}, \p{M}), 4 anything else. 0: not looked up yet.
 */
const LETTER_CASE = new Uint8Array(0x10000);
export const UPPER = 1;
export const LOWER = 2;
export const OTHER_LETTER = 3;
export const NOT_WORD = 4;
export const DIGIT_OR_MARK = 5;

/**
 * ASCII, Latin-1 and Latin Extended-A by hand (every marketplace language written in Latin
 * letters uses only these): a first lint of such a text compiles no Unicode property regex here
 * (they cost V8 over a millisecond each). tests/unit/rules/formatting-speed.test.ts checks the
 * table against the regexes.
 */
function fillLatin(): void {
  const set = (from: number, to: number, kind: number) => LETTER_CASE.fill(kind, from, to + 1);
  set(0, 0x17f, NOT_WORD);
  set(0x30, 0x39, DIGIT_OR_MARK);
  set(0x41, 0x5a, UPPER);
  set(0x61, 0x7a, LOWER);
  LETTER_CASE[0xaa] = OTHER_LETTER; // ª
  LETTER_CASE[0xba] = OTHER_LETTER; // º
  LETTER_CASE[0xb5] = LOWER; // µ
  for (const c of [0xb2, 0xb3, 0xb9, 0xbc, 0xbd, 0xbe]) LETTER_CASE[c] = DIGIT_OR_MARK; // ² ³ ¹ ¼ ½ ¾
  set(0xc0, 0xd6, UPPER);
  set(0xd8, 0xde, UPPER);
  set(0xdf, 0xf6, LOWER);
  set(0xf8, 0xff, LOWER);
  // Latin Extended-A pairs capital and small letters; which comes first changes twice.
  for (let c = 0x100; c <= 0x17f; c++) {
    const evenIsUpper = c <= 0x137 || (c >= 0x14a && c <= 0x177);
    LETTER_CASE[c] = (c % 2 === 0) === evenIsUpper ? UPPER : LOWER;
  }
  for (const c of [0x138, 0x149, 0x17f]) LETTER_CASE[c] = LOWER; // ĸ ŉ ſ
  LETTER_CASE[0x178] = UPPER; // Ÿ
}
fillLatin();

/** Made on the first letter outside the table (another script): its compile is not paid otherwise. */
let letterCase: RegExp | undefined;

export function caseOf(c: number): number {
  let kind = LETTER_CASE[c] as number;
  if (kind === 0) {
    if (!isWordCode(c)) kind = NOT_WORD;
    else {
      // From a string, on first use: see lazy-regex.ts.
      letterCase ??= new RegExp(String.raw`(\p{Lu})|(\p{Ll})|\p{L}`, 'u');
      const m = letterCase.exec(String.fromCharCode(c));
      kind = !m ? DIGIT_OR_MARK : m[1] ? UPPER : m[2] ? LOWER : OTHER_LETTER;
    }
    LETTER_CASE[c] = kind;
  }
  return kind;
}

/** Made on the first letter outside the BMP (𝐒𝐀𝐋𝐄 in mathematical bold, Deseret…). */
let astralLetter: RegExp | undefined;

/** Whether a code point is a letter (\p{L}). A lone surrogate is not. */
export function isLetterCodePoint(cp: number): boolean {
  if (cp < 0x10000) {
    const kind = caseOf(cp);
    return kind === UPPER || kind === LOWER || kind === OTHER_LETTER;
  }
  astralLetter ??= new RegExp(String.raw`\p{L}`, 'u');
  return astralLetter.test(String.fromCodePoint(cp));
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Made on the first capital-looking letter outside the BMP. */
let astralUpper: RegExp | undefined;

/** Whether a code point is a capital letter (\p{Lu}). */
export function isCapitalCodePoint(cp: number): boolean {
  if (cp < 0x10000) {
    // Scripts without case (Arabic, kana and CJK, Hangul): no lookup, no regex for their letters.
    if ((cp >= 0x600 && cp < 0x700) || (cp >= 0x3000 && cp < 0xa000) || (cp >= 0xac00 && cp < 0xd800)) return false;
    return caseOf(cp) === UPPER;
  }
  astralUpper ??= new RegExp(String.raw`\p{Lu}`, 'u');
  return astralUpper.test(String.fromCodePoint(cp));
}

/**
 * The first run of at least `min` capital letters (\p{Lu}, by code point) at or after `from`, as
 * [start, end], or null: what /\p{Lu}{min,}/gu finds from lastIndex `from`, without the Unicode
 * tables V8 builds for that regex (half a millisecond at every cold start).
 */
export function capitalRunAt(text: string, from: number, min: number): [number, number] | null {
  let start = -1;
  let count = 0;
  let i = from;
  // Inside a surrogate pair, a /u regex starts at the pair's first half: so does this.
  if (i > 0 && i < text.length && isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1))) i--;
  while (i < text.length) {
    const cp = text.codePointAt(i) as number;
    if (isCapitalCodePoint(cp)) {
      if (count === 0) start = i;
      count++;
    } else {
      if (count >= min) return [start, i];
      count = 0;
    }
    i += cp > 0xffff ? 2 : 1;
  }
  return count >= min ? [start, i] : null;
}
