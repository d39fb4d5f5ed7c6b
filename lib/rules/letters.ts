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
