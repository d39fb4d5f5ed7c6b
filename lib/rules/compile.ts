/**
 * Phrases at run time: their regex source, the prefilter's hashing, their required words, and
 * matching one at a place (literal comparison, quick-regex.ts, then the real regex).
 *
 * Speed matters: a 2,000-character message is linted on every keystroke pause, and a pasted
 * megabyte must not freeze the tab. So instead of running one big alternation at every position
 * of the text, each phrase's first two or three characters are derived from its source and put
 * in a small hash table (a prefilter). Linting scans the text once (scan.ts), looks up the first
 * characters of every word, and runs a phrase list's sticky regex only where one of its phrases
 * can start. Phrases whose start cannot be derived (they begin with `\d{1,3}` or a symbol) go
 * into a "floating" regex that scans the text in the usual way.
 */
import type { LabelKey } from './messages/types.ts';
import { isSpaceCode, quickMatcher, QuickRegexUnsupported, type ClassSpec, type QuickMatcher, type QuickTree } from './quick-regex.ts';

/**
 * A phrase's first tries run on quick-regex.ts, which needs no compile; after this many it gets
 * its real regex (V8 compiles one in about a tenth of a millisecond, then runs it far faster).
 */
const QUICK_TRIES = 16;
let quickTries = QUICK_TRIES;

/**
 * How many tries each phrase gets on the quick matcher before its regex (0: none). For the tests
 * and the benchmark that compare the two; the engine itself never changes it.
 */
export function setQuickTries(tries: number): void {
  quickTries = tries;
}
/**
 * Longer texts (a pasted page, a paragraph longer than any message's) go straight to the regexes:
 * the quick matcher recurses once per repetition of a group ("(?:vielen |herzlichen )+"), and a
 * text of thousands of repetitions would run out of stack where V8's regex does not.
 */
const MAX_QUICK_TEXT = 4_000;

/*
 * Phrase regexes are compiled without the `u` flag. With it, every `\p{L}` costs V8 about a
 * millisecond to compile (its case-folded Unicode tables), and a language has hundreds of keyed
 * regexes: that alone made the first check after a cold start take a quarter of a second. So
 * `\p{L}`, `\p{N}` and `\p{M}` in phrase data stand for these explicit ranges of the Basic
 * Multilingual Plane, which hold the letters of every script the marketplaces write in.
 */
/**
 * Letters, as few ranges as will do (the text is lower-cased first, so no A-Z): Latin with every
 * extension, Greek, Cyrillic, Armenian, Hebrew, Arabic, the Indic scripts, Thai, kana, CJK,
 * Hangul, full-width forms. Each range is compiled into every regex that uses it, so blocks are
 * merged where the few symbols between them do not matter for word boundaries.
 */
export const LETTER_RANGES =
  'a-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u05ff\\u0620-\\u06ff\\u0900-\\u0e7f' +
  '\\u1e00-\\u1fff\\u3005\\u3040-\\u30fa\\u30fc-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uf900-\\ufaff\\uff21-\\uffdc';
/** Decimal digits: ASCII and full-width (the Arabic-Indic ones are inside the Arabic block above). */
export const DIGIT_RANGES = '0-9\\uff10-\\uff19';
/** Combining marks (the Latin ones; the other scripts' are inside their letter blocks above). */
export const MARK_RANGES = '\\u0300-\\u036f';
const CLASS_BODIES: Readonly<Record<string, string>> = { L: LETTER_RANGES, N: DIGIT_RANGES, M: MARK_RANGES };

/**
 * Phrase regexes' flags: neither `u` (see above) nor `i`: phrases are lower-cased when compiled
 * and run on the lower-cased text, because a case-insensitive class over the CJK ranges costs V8
 * as much to compile as `\p{L}` does.
 */
const GLOBAL = 'g';
const STICKY = 'y';

/** Letters, digits and combining marks: what counts as "inside a word" for boundaries. */
export const WORD_CHAR = `[${LETTER_RANGES}${DIGIT_RANGES}${MARK_RANGES}]`;
const BEFORE_WORD = `(?<!${WORD_CHAR})`;
const AFTER_WORD = `(?!${WORD_CHAR})`;
/** " … " in a phrase: zero to three words in between. Words are bounded, so this stays linear. */
const WORD_GAP = "\\s+(?:[\\p{L}\\p{N}\\p{M}'’-]{1,30}\\s+){0,3}";

/** Converts the phrase mini-syntax (see phrases/types.ts) to JavaScript regex source. */
export function toRegexSource(phrase: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < phrase.length; i++) {
    const c = phrase[i] as string;
    if (c === '\\') {
      const next = phrase[i + 1] ?? '';
      if ((next === 'p' || next === 'P') && phrase[i + 2] === '{') {
        const close = phrase.indexOf('}', i);
        const body = CLASS_BODIES[phrase.slice(i + 3, close)];
        if (next === 'P' || body === undefined) throw new Error(`unsupported class ${phrase.slice(i, close + 1)} in phrase: ${phrase}`);
        out += inClass ? body : `[${body}]`;
        i = close;
      } else {
        out += c + next;
        i++;
      }
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c === "'" ? "'’" : c.toLowerCase();
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
    } else if (c === ' ') {
      if (phrase.startsWith(' … ', i)) {
        out += WORD_GAP;
        i += 2;
      } else {
        const next = phrase[i + 1];
        out += next === '?' || next === '*' || next === '{' ? '\\s' : '\\s+';
      }
    } else if (c === "'") {
      out += "['’]";
    } else {
      // Matched against the lower-cased text (scan.ts), so no regex needs the costly `i` flag.
      out += c.toLowerCase();
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Keys' hashes, for the prefilter's table (scan.ts).

/**
 * Hashing a phrase's first 2 to KEY_LENGTH characters, one character at a time (so the scan
 * extends the 2-character hash to longer ones without starting over). Keys are small integers.
 * Two different prefixes may collide: that costs one regex try, never a missed phrase.
 */
export const HASH_SEED = 0x2c1b3c6d;
export function mix(h: number, c: number): number {
  return Math.imul(h ^ c, 0x9e3779b1);
}
export function finish(h: number): number {
  return (h ^ (h >>> 15)) >>> 2;
}
// ---------------------------------------------------------------------------------------------

export interface CompiledPhrase {
  /** The phrase as written in the phrase book; its regex source is derived on first use. */
  pattern: string;
  source?: string;
  wordBoundaries: boolean;
  replacement?: string;
  label?: LabelKey;
  whole?: RegExp;
  sticky?: RegExp;
  floating?: RegExp;
  /**
   * The sticky regex parsed for quick-regex.ts, as JSON (null or absent: none: a literal phrase,
   * or one the quick matcher cannot read). Kept as a string, read on the phrase's first try: a
   * pack's JSON parses many times faster with a string per phrase than with a tree per phrase.
   */
  tree?: string | null;
  /** The class sources the tree refers to. */
  classes?: readonly ClassSpec[];
  /** The sticky regex as quick-regex.ts runs it, for the first tries (null: it cannot read it). */
  quick?: QuickMatcher | null;
  /** Tries so far with `quick`; after QUICK_TRIES the phrase moves to its sticky regex. */
  tries?: number;
  /** The phrase in lower case when it is words and spaces only (matched without a regex), null when not. */
  literal?: string | null;
  /** Clauses of words: a text needs one word of each for the phrase to match (null: none known). */
  factors: string[][] | null;
  /** The factors as shared word records, made on the phrase's first check. */
  required?: RequiredWord[][];
  /** Which text (factorCache.generation) the factors were last checked in, and the answer. */
  factorGeneration?: number;
  factorFound?: boolean;
}

/**
 * One required word, shared by every phrase that needs it ("review" by hundreds), with its
 * answer for the current text: a field read per check, not a map lookup.
 */
interface RequiredWord {
  word: string;
  generation: number;
  /** Where the word last occurs in the text (-1: nowhere): a match starting later cannot hold it. */
  last: number;
}

const REQUIRED_WORDS = new Map<string, RequiredWord>();

function requiredWord(word: string): RequiredWord {
  let record = REQUIRED_WORDS.get(word);
  if (!record) {
    record = { word, generation: -1, last: -1 };
    REQUIRED_WORDS.set(word, record);
  }
  return record;
}

const factorCache = { text: '', generation: 0 };
/**
 * The current text's three-character sequences, hashed: for each hash, the text (generation) it
 * was last seen in and where it last starts. No clearing between texts: a stale generation is
 * an absent sequence.
 */
const TRIGRAM_SLOTS = 1 << 16;
const trigramSeen = new Uint32Array(TRIGRAM_SLOTS);
const trigramLast = new Int32Array(TRIGRAM_SLOTS);

function trigramHash(a: number, b: number, c: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35)) >>> 16;
}

function indexTrigrams(text: string, generation: number): void {
  for (let i = 0; i + 2 < text.length; i++) {
    const h = trigramHash(text.charCodeAt(i), text.charCodeAt(i + 1), text.charCodeAt(i + 2));
    trigramSeen[h] = generation;
    trigramLast[h] = i;
  }
}

/**
 * Where the word can last start in the text, from its three-character sequences: -1 when one of
 * them is absent (most absent words end here), else the latest start that each sequence still
 * allows, never before the word's real last start (hash collisions only move it later). Words
 * shorter than three characters ("@", "$") are searched for.
 */
function lastStartBound(word: string, text: string, generation: number): number {
  if (word.length < 3) return text.lastIndexOf(word);
  let bound = Infinity;
  for (let i = 0; i + 2 < word.length; i++) {
    const h = trigramHash(word.charCodeAt(i), word.charCodeAt(i + 1), word.charCodeAt(i + 2));
    if (trigramSeen[h] !== generation) return -1;
    const start = (trigramLast[h] as number) - i;
    if (start < bound) bound = start;
  }
  return bound < 0 ? -1 : bound;
}

/** Texts longer than this (far beyond a message) skip the required-word check. */
const MAX_FACTOR_TEXT = 20_000;

/**
 * Whether the text (lower case) holds one of the phrase's required words. A phrase that cannot
 * match is neither compiled nor run: most phrases a text's words point to are never needed.
 */
export function mayOccur(phrase: CompiledPhrase, text: string, whateverLength = false): boolean {
  // In a pasted megabyte, searching it for every phrase's words would cost more than it saves,
  // unless the alternative is a regex scan of all of it (`whateverLength`, for floating phrases).
  if (text.length > MAX_FACTOR_TEXT && !whateverLength) return true;
  // One string comparison per text, not per phrase: two texts of the same length differing at
  // the end (typing) would be compared character by character for every phrase.
  if (factorCache.text !== text) {
    factorCache.text = text;
    factorCache.generation++;
    indexTrigrams(text, factorCache.generation);
  }
  if (phrase.factorGeneration === factorCache.generation) return phrase.factorFound as boolean;
  let found = true;
  if (phrase.factors !== null) {
    const clauses = (phrase.required ??= phrase.factors.map((words) => words.map(requiredWord)));
    for (let c = 0; c < clauses.length && found; c++) found = clauseHolds(clauses[c] as RequiredWord[], text);
  }
  phrase.factorGeneration = factorCache.generation;
  phrase.factorFound = found;
  return found;
}

/**
 * Whether a match of the phrase can start at `position`: each clause needs one of its words at or
 * after it (a match holds its words). Exact, so nothing is missed; it spares the regex tries of
 * phrases whose words the text has only earlier.
 */
export function mayOccurAt(phrase: CompiledPhrase, text: string, position: number): boolean {
  if (!mayOccur(phrase, text)) return false;
  const clauses = phrase.required;
  if (!clauses || text.length > MAX_FACTOR_TEXT) return true;
  for (const clause of clauses) {
    let reaches = false;
    for (const record of clause) {
      if (lastIn(record, text) >= position) {
        reaches = true;
        break;
      }
    }
    if (!reaches) return false;
  }
  return true;
}

/** Whether the text holds one of the words; each word is looked for once per text. */
function clauseHolds(words: readonly RequiredWord[], text: string): boolean {
  for (let i = 0; i < words.length; i++) if (lastIn(words[i] as RequiredWord, text) !== -1) return true;
  return false;
}

/**
 * Where the word can last start in the current text (-1: nowhere), worked out once per text from
 * its three-character sequences, without searching the text: at or after its real last start,
 * so a phrase is never skipped that could match, and at most tried where it cannot.
 */
function lastIn(record: RequiredWord, text: string): number {
  if (record.generation !== factorCache.generation) {
    record.generation = factorCache.generation;
    record.last = lastStartBound(record.word, text, factorCache.generation);
  }
  return record.last;
}

/** A phrase's regex source, converted on first use: most phrases are never tried on a text. */
export function sourceOf(phrase: CompiledPhrase): string {
  phrase.source ??= toRegexSource(phrase.pattern);
  return phrase.source;
}

/**
 * Whole-string match of one phrase, to rewrite a match (`$1`…) for a suggestion: run on the
 * lower-cased match, with group indices (`d`) to take the groups from the text as written. Built
 * on first use: most phrases never produce a finding.
 */
export function wholeRegex(phrase: CompiledPhrase): RegExp {
  phrase.whole ??= new RegExp(`^(?:${sourceOf(phrase)})$`, 'd');
  return phrase.whole;
}

/** A list of phrases as one global regex (flags g), at word boundaries where the language has them; null when empty. */
export function unionRegex(patterns: readonly string[], wordBoundaries: boolean): RegExp | null {
  if (patterns.length === 0) return null;
  const sources = patterns.map(toRegexSource).sort((a, b) => b.length - a.length).join('|');
  return new RegExp(wordBoundaries ? `${BEFORE_WORD}(?:${sources})${AFTER_WORD}` : `(?:${sources})`, GLOBAL);
}

/** A floating phrase as a global regex (flags g), at word boundaries where its language has them; built on first use. */
export function floatingRegex(phrase: CompiledPhrase): RegExp {
  phrase.floating ??= new RegExp(phrase.wordBoundaries ? `${BEFORE_WORD}(?:${sourceOf(phrase)})${AFTER_WORD}` : sourceOf(phrase), GLOBAL);
  return phrase.floating;
}

// ---------------------------------------------------------------------------------------------
// Literal phrases: words and spaces only ("newsletter", "follow us on"), a fifth of the phrase
// data and half of the Chinese. They are compared character by character where the prefilter
// offers them: no regex to compile at a cold start, and a quicker answer warm.

/** Characters that make a phrase more than words and spaces. */
const REGEX_SYNTAX = /[\\[\](){}?*+|.^$…]/;


/** WORD_CHAR as a table (the same ranges, so a literal ends where its regex would). */
let wordTable: Uint8Array | undefined;
function wordCharTable(): Uint8Array {
  if (wordTable) return wordTable;
  const table = new Uint8Array(0x10000);
  const ranges = (LETTER_RANGES + DIGIT_RANGES + MARK_RANGES).replace(/\\u([0-9a-f]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  for (let i = 0; i < ranges.length; i++) {
    const from = ranges.charCodeAt(i);
    if (ranges[i + 1] === '-' && i + 2 < ranges.length) {
      const to = ranges.charCodeAt(i + 2);
      table.fill(1, from, to + 1);
      i += 2;
    } else table[from] = 1;
  }
  wordTable = table;
  return table;
}

/** The phrase when it is words and single spaces only (lower case), else null. Worked out on first use. */
export function literalOf(phrase: CompiledPhrase): string | null {
  if (phrase.literal === undefined) {
    const p = phrase.pattern;
    const plain = !REGEX_SYNTAX.test(p) && !p.includes('  ') && p.trim() === p && p.length > 0;
    phrase.literal = plain ? p.toLowerCase() : null;
  }
  return phrase.literal;
}

/**
 * Where a literal phrase's match starting at `position` ends in the lower-cased text, or -1: each
 * space of the phrase takes one or more spaces of the text, an apostrophe either ' or ’; at a word
 * boundary where the language has them (as stickyRegex's lookahead).
 */
function literalEnd(phrase: CompiledPhrase, literal: string, text: string, position: number): number {
  let j = position;
  for (let i = 0; i < literal.length; i++) {
    const want = literal.charCodeAt(i);
    const c = text.charCodeAt(j);
    if (want === 32) {
      if (!isSpaceCode(c)) return -1;
      do j++;
      while (j < text.length && isSpaceCode(text.charCodeAt(j)));
      continue;
    }
    if (want === 39 ? c !== 39 && c !== 0x2019 : c !== want) return -1;
    j++;
  }
  if (phrase.wordBoundaries && j < text.length && wordCharTable()[text.charCodeAt(j)] === 1) return -1;
  return j;
}

/**
 * Where the phrase's match starting at `position` ends (the longest, as its regex would), or -1.
 * Literal phrases are compared directly; the others run their sticky regex.
 */
export function matchEnd(phrase: CompiledPhrase, text: string, position: number): number {
  const literal = literalOf(phrase);
  if (literal !== null) return literalEnd(phrase, literal, text, position);
  if (text.length <= MAX_QUICK_TEXT) {
    const tries = phrase.tries ?? 0;
    if (tries < quickTries) {
      phrase.tries = tries + 1;
      const quick = (phrase.quick ??= quickOf(phrase));
      if (quick !== null) {
        try {
          return quick(text, position);
        } catch (error) {
          // Out of stack all the same: this phrase keeps to its regex from now on.
          if (!(error instanceof RangeError)) throw error;
          phrase.quick = null;
        }
      }
    }
  }
  const regex = stickyRegex(phrase);
  regex.lastIndex = position;
  // Sticky: test() leaves lastIndex at the match's end, without building a match array.
  return regex.test(text) ? regex.lastIndex : -1;
}

/**
 * The phrase as a sticky regex (flags y) that matches where lastIndex is, built on first use.
 * No word boundary before it: the prefilter offers a phrase only at the start of a word.
 */
export function stickyRegex(phrase: CompiledPhrase): RegExp {
  phrase.sticky ??= new RegExp(stickySource(phrase), STICKY);
  return phrase.sticky;
}

export function stickySource(phrase: CompiledPhrase): string {
  return phrase.wordBoundaries ? `(?:${sourceOf(phrase)})${AFTER_WORD}` : sourceOf(phrase);
}

/** The phrase's quick matcher, from its parsed tree (phrase-analysis.ts); null without one. */
function quickOf(phrase: CompiledPhrase): QuickMatcher | null {
  if (typeof phrase.tree !== 'string') return null;
  try {
    return quickMatcher(JSON.parse(phrase.tree) as QuickTree, phrase.classes ?? []);
  } catch (error) {
    if (!(error instanceof QuickRegexUnsupported)) throw error;
    return null;
  }
}
