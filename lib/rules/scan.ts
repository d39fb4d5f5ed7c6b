/**
 * One pass over a field's text: where phrases can start (each language's prefilter,
 * language-index.ts), plus a few cheap facts (is there an "@", a "://", a dot between letters...)
 * so the link, contact and formatting checks skip texts that cannot contain what they look for.
 */
import { lazyRegex } from './lazy-regex.ts';
import { finish, HASH_SEED, mix } from './compile.ts';
import { WIDE_PAIRS, type LanguageIndex } from './language-index.ts';

/**
 * Candidate starts kept per matcher. Real messages give a few hundred at most; a pasted
 * megabyte of one repeated word would give hundreds of thousands (see MAX_TRIES_PER_RULE).
 */
export const MAX_CANDIDATES = 4_000;

/** Candidate starts of one list's phrases, with the run of phrases (language-index.ts) to try at each. */
export interface Candidates {
  positions: number[];
  runs: number[];
}

/** 1: letter, digit or mark; 2: not; 0: not looked up yet. Filled lazily for non-ASCII. */
const wordCharCache = new Uint8Array(0x10000);
const WORD_CHAR_TEST = lazyRegex(String.raw`^[\p{L}\p{N}\p{M}]$`, 'u');
for (let c = 0; c < 128; c++) {
  wordCharCache[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;
}

/** ASCII classes for the scan: 0 other, then word characters, then the notable . : @ < */
const LETTER = 1;
const UPPER = 2;
const DIGIT = 3;
const NOTABLE = 4;
const ASCII_KIND = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_KIND[c] =
    c >= 97 && c <= 122 ? LETTER : c >= 65 && c <= 90 ? UPPER : c >= 48 && c <= 57 ? DIGIT : c === 46 || c === 58 || c === 64 || c === 60 ? NOTABLE : 0;
}

export function isWordCode(c: number): boolean {
  let kind = wordCharCache[c];
  if (kind === 0) {
    kind = WORD_CHAR_TEST().test(String.fromCharCode(c)) ? 1 : 2;
    wordCharCache[c] = kind;
  }
  return kind === 1;
}

/**
 * Kana and kanji, and the marks Japanese and Chinese phrases open with (「」『』【】 and the stars
 * ★ ☆ of a rating): phrases of languages written without spaces can start at any of them.
 */
function isJapaneseCode(c: number): boolean {
  return (
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0x3400 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xff01 && c <= 0xff9f) ||
    c === 0x3005 ||
    (c >= 0x300c && c <= 0x3011) ||
    c === 0x2605 ||
    c === 0x2606
  );
}

/** Code units that can begin an emoji: surrogates of the pictograph planes, symbol blocks, © ®. */
function mayStartEmoji(c: number): boolean {
  return (
    (c >= 0xd83c && c <= 0xd83e) ||
    (c >= 0x2190 && c <= 0x2bff) ||
    c === 0x203c ||
    c === 0x2049 ||
    c === 0x20e3 ||
    c === 0x2122 ||
    c === 0x2139 ||
    c === 0xa9 ||
    c === 0xae ||
    c === 0x3030 ||
    c === 0x303d ||
    c === 0x3297 ||
    c === 0x3299 ||
    c === 0xfe0f
  );
}

/** keyCode for ASCII, as a table. */
const ASCII_KEY = new Uint16Array(128);
for (let c = 0; c < 128; c++) ASCII_KEY[c] = c === 32 || (c >= 9 && c <= 13) ? 32 : c >= 48 && c <= 57 ? 48 : c;

/** The whitespace JavaScript's \s matches, folded to a plain space (as keyChar does). */
function keyCode(c: number): number {
  if (c > 0x3000 && c !== 0xfeff) return c; // kana, kanji and most scripts: as they are
  if (c === 0x2019) return 39;
  if (c >= 48 && c <= 57) return 48; // digits key as "0" (see keyChar)
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

/** The cheap facts of a text the link, contact and formatting checks start from. */
export interface TextFacts {
  /** A dot between a word character and a letter: could be a domain. */
  hasDottedWord: boolean;
  hasScheme: boolean;
  hasAt: boolean;
  digitCount: number;
  hasAngleBracket: boolean;
  upperCount: number;
  /** A character that may start an emoji (pictographs, dingbats, arrows, keycaps...). */
  hasEmojiCandidate: boolean;
  /** The longest run of consecutive capital letters ("ASIN": 4). */
  longestUpperRun: number;
}

export interface TextProfile extends TextFacts {
  text: string;
  /** The text in lower case, same length: what phrase regexes run on. */
  lower: string;
  /** Candidate starts per index and list (undefined: none). */
  candidates: (Candidates | undefined)[][];
}

/** The facts of a text out of its profile (without its candidates, the bulky part). */
export function factsOf(profile: TextProfile): TextFacts {
  const { hasDottedWord, hasScheme, hasAt, digitCount, hasAngleBracket, upperCount, hasEmojiCandidate, longestUpperRun } = profile;
  return { hasDottedWord, hasScheme, hasAt, digitCount, hasAngleBracket, upperCount, hasEmojiCandidate, longestUpperRun };
}

/** The facts of two texts in a row, a blank line between them (no word, run or address spans it). */
export function joinFacts(a: TextFacts, b: TextFacts): TextFacts {
  return {
    hasDottedWord: a.hasDottedWord || b.hasDottedWord,
    hasScheme: a.hasScheme || b.hasScheme,
    hasAt: a.hasAt || b.hasAt,
    digitCount: a.digitCount + b.digitCount,
    hasAngleBracket: a.hasAngleBracket || b.hasAngleBracket,
    upperCount: a.upperCount + b.upperCount,
    hasEmojiCandidate: a.hasEmojiCandidate || b.hasEmojiCandidate,
    longestUpperRun: Math.max(a.longestUpperRun, b.longestUpperRun),
  };
}

/** Lower case with the same length as the text, so offsets carry over (phrases match on it). */
export function lowerSameLength(text: string): string {
  let lower = text.toLowerCase();
  if (lower.length !== text.length) lower = text.replace(/\u0130/g, 'I').toLowerCase();
  return lower.length === text.length ? lower : text;
}

/**
 * Scans a text once: its facts, and where the phrases of each index can start. Indexes are of one
 * family (language-index.ts), one per language the text is checked in.
 */
export function profileText(text: string, indexes: readonly LanguageIndex[]): TextProfile {
  const lower = lowerSameLength(text);
  const candidates: (Candidates | undefined)[][] = indexes.map((index) => new Array<Candidates | undefined>(index.listCount));
  const add = (x: number, index: LanguageIndex, first: number, position: number) => {
    const perList = candidates[x] as (Candidates | undefined)[];
    const { keyRuns, runList, codes } = index;
    // The key and any other key of the same hash and length (a collision: one more try, never a miss).
    for (let k = first; k < codes.length && codes[k] === codes[first]; k++) {
      for (let run = keyRuns[k] as number; run < (keyRuns[k + 1] as number); run++) {
        const list = runList[run] as number;
        const found = perList[list];
        if (found) {
          if (found.positions.length >= MAX_CANDIDATES) continue;
          found.positions.push(position);
          found.runs.push(run);
        } else perList[list] = { positions: [position], runs: [run] };
      }
    }
  };
  let hasDottedWord = false;
  let hasScheme = false;
  let hasAt = false;
  let digitCount = 0;
  let hasAngleBracket = false;
  let upperCount = 0;
  let upperRun = 0;
  let longestUpperRun = 0;
  let hasEmojiCandidate = false;
  let previousIsWord = false;
  let previousIsJapanese = false;
  const length = text.length;

  for (let i = 0; i < length; i++) {
    let c = text.charCodeAt(i);
    if (previousIsWord && !previousIsJapanese && c >= 97 && c <= 122) {
      // The rest of a lower-case word: nothing to note, no phrase starts here. Most text is this.
      // (Never read past the end: charCodeAt would give NaN, and V8 would then treat every
      // character code of this loop as a float.)
      upperRun = 0;
      do {
        if (++i >= length) break;
        c = text.charCodeAt(i);
      } while (c >= 97 && c <= 122);
      if (i >= length) break;
    }
    let candidate: boolean;
    if (c < 128) {
      const kind = ASCII_KIND[c] as number;
      const isWord = kind !== 0 && kind !== NOTABLE;
      // Japanese runs straight into Latin words and numbers ("使える10%オフ", "LINEで").
      candidate = isWord && (!previousIsWord || previousIsJapanese);
      previousIsWord = isWord;
      previousIsJapanese = false;
      if (kind === UPPER) {
        upperCount++;
        if (++upperRun > longestUpperRun) longestUpperRun = upperRun;
      } else {
        upperRun = 0;
        if (kind === DIGIT) digitCount++;
        else if (kind === NOTABLE) {
          if (c === 46) {
            if (i > 0 && isWordCode(text.charCodeAt(i - 1)) && i + 1 < length && isWordCode(text.charCodeAt(i + 1))) {
              hasDottedWord = true;
            }
          } else if (c === 58) {
            if (text.charCodeAt(i + 1) === 47 && text.charCodeAt(i + 2) === 47) hasScheme = true;
          } else if (c === 64) hasAt = true;
          else hasAngleBracket = true;
        }
      }
    } else {
      const isWord = isWordCode(c);
      if (!hasEmojiCandidate && !isWord && mayStartEmoji(c)) hasEmojiCandidate = true;
      if (isWord && c !== lower.charCodeAt(i)) {
        upperCount++;
        if (++upperRun > longestUpperRun) longestUpperRun = upperRun;
      } else upperRun = 0;
      const japanese = isJapaneseCode(c);
      candidate = japanese || (isWord && (!previousIsWord || previousIsJapanese));
      previousIsWord = isWord;
      previousIsJapanese = japanese;
    }
    if (!candidate || i + 1 >= length) continue;

    const c0 = lower.charCodeAt(i);
    const c1 = lower.charCodeAt(i + 1);
    const k0 = c0 < 128 ? (ASCII_KEY[c0] as number) : keyCode(c0);
    const k1 = c1 < 128 ? (ASCII_KEY[c1] as number) : keyCode(c1);
    const pairHash = mix(mix(HASH_SEED, k0), k1);
    const ascii = k0 < 128 && k1 < 128;
    for (let x = 0; x < indexes.length; x++) {
      const index = indexes[x] as LanguageIndex;
      // No key starts with these two characters: the usual case, one array read.
      const lengths = ascii ? (index.pairLengths[(k0 << 7) | k1] as number) : (index.widePairLengths[finish(pairHash) & (WIDE_PAIRS - 1)] as number);
      if (lengths === 0) continue;
      const longest = Math.min(31 - Math.clz32(lengths), length - i);
      let h = pairHash;
      for (let n = 2; n <= longest; n++) {
        if (n > 2) {
          const c = lower.charCodeAt(i + n - 1);
          h = mix(h, c < 128 ? (ASCII_KEY[c] as number) : keyCode(c));
        }
        if ((lengths & (1 << n)) === 0) continue;
        const first = index.firstKey(finish(h), n);
        if (first >= 0) add(x, index, first, i);
      }
    }
  }
  return {
    text,
    lower,
    candidates,
    hasDottedWord,
    hasScheme,
    hasAt,
    digitCount,
    hasAngleBracket,
    upperCount,
    hasEmojiCandidate,
    longestUpperRun,
  };
}
