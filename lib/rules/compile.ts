/**
 * Turns phrase data (lib/rules/phrases) into matchers, once, at module load.
 *
 * Speed matters: a 2,000-character message is linted on every keystroke pause, and a pasted
 * megabyte must not freeze the tab. So instead of running one big alternation at every position
 * of the text, each phrase's first two or three characters are derived from its source and put
 * in a small hash table (a prefilter). Linting scans the text once (scan.ts), looks up the first
 * characters of every word, and runs a phrase list's sticky regex only where one of its phrases
 * can start. Phrases whose start cannot be derived (they begin with `\d{1,3}` or a symbol) go
 * into a "floating" regex that scans the text in the usual way.
 */
import type { StoredAnalysis } from './phrases/analysis.ts';
import type { PhraseList, PhrasePattern } from './phrases/types.ts';
import type { LabelKey } from './messages/types.ts';
import { parseQuick, quickMatcher, QuickRegexUnsupported, quickRegex, type QuickMatcher, type QuickTree } from './quick-regex.ts';

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
/** Longer texts (a pasted page) go straight to the regexes. */
const MAX_QUICK_TEXT = 20_000;

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
// Deriving the possible first characters of a phrase, for the prefilter.

type Node =
  | { kind: 'chars'; chars: readonly string[] }
  | { kind: 'group'; alternatives: Item[][] }
  | { kind: 'zero-width' }
  | { kind: 'opaque' };
interface Item {
  node: Node;
  min: number;
  max: number;
}

const DIGITS = ['0'];
const MAX_CLASS_CHARS = 12;
const MAX_PREFIXES = 256;
/** Guards against phrases like (?:a|)* that could repeat without consuming. */
const MAX_DEPTH = 64;
/**
 * The longest prefix the prefilter keys on. A phrase is keyed on as many of its first characters
 * as keep its prefixes few (MAX_PREFIXES): five for most ("are t", "are y" rather than "are "), so
 * that a start the phrase's second word already rules out costs no regex try (and no regex
 * compile at a cold start). Six cut the tries a little more, but the thousands more keys it made
 * cost a cold start more than the regexes it spared. Down to MIN_KEY_LENGTH where a phrase has too many.
 */
export const KEY_LENGTH = 5;
const MIN_KEY_LENGTH = 4;

/** Normalises one character the way scan.ts normalises the text: lower case, one kind of space. */
export function keyChar(c: string): string {
  if (/^\s$/u.test(c)) return ' ';
  // All digits key as "0", so "\d{1,3} ?%" has a handful of prefixes ("0%", "00 %"), not thousands.
  if (c >= '0' && c <= '9') return '0';
  if (c === '’') return "'";
  const lower = c.toLowerCase();
  return lower.length === 1 ? lower : c;
}

class PrefixParser {
  private i = 0;
  private readonly src: string;
  constructor(src: string) {
    this.src = src;
  }

  parse(): Item[][] {
    const alternatives = this.alternatives();
    if (this.i < this.src.length) throw new Error(`unbalanced ) in phrase: ${this.src}`);
    return alternatives;
  }

  private alternatives(): Item[][] {
    const result: Item[][] = [[]];
    while (this.i < this.src.length) {
      const c = this.src[this.i] as string;
      if (c === ')') break;
      if (c === '|') {
        this.i++;
        result.push([]);
        continue;
      }
      const node = this.atom();
      const quantified = this.src[this.i];
      const [min, max] = this.quantifier();
      // A bare space in a phrase stands for a run of whitespace (see toRegexSource).
      const run = c === ' ' && quantified !== '?' && quantified !== '*' && quantified !== '{';
      (result[result.length - 1] as Item[]).push({ node, min, max: run ? Infinity : max });
    }
    return result;
  }

  private atom(): Node {
    const src = this.src;
    const c = src[this.i] as string;
    if (c === '(') {
      this.i++;
      let zeroWidth = false;
      if (src.startsWith('?:', this.i)) this.i += 2;
      else if (src.startsWith('?=', this.i) || src.startsWith('?!', this.i)) {
        this.i += 2;
        zeroWidth = true;
      } else if (src.startsWith('?<=', this.i) || src.startsWith('?<!', this.i)) {
        this.i += 3;
        zeroWidth = true;
      } else if (src[this.i] === '?') throw new Error(`unsupported group in phrase: ${src}`);
      const alternatives = this.alternatives();
      if (src[this.i] !== ')') throw new Error(`unclosed group in phrase: ${src}`);
      this.i++;
      // A lookaround consumes nothing: skipping it gives a superset of prefixes, which is safe.
      return zeroWidth ? { kind: 'zero-width' } : { kind: 'group', alternatives };
    }
    if (c === '[') return this.characterClass();
    this.i++;
    if (c === '\\') {
      const e = src[this.i++] ?? '';
      if (e === 's') return { kind: 'chars', chars: [' '] };
      if (e === 'd') return { kind: 'chars', chars: DIGITS };
      if (e === 'b' || e === 'B') return { kind: 'zero-width' };
      if (e === 'p' || e === 'P') {
        this.i = src.indexOf('}', this.i) + 1;
        return { kind: 'opaque' };
      }
      if (/[a-zA-Z]/.test(e)) return { kind: 'opaque' };
      return { kind: 'chars', chars: [keyChar(e)] };
    }
    if (c === '.' || c === '…') return { kind: 'opaque' };
    if (c === '^' || c === '$') return { kind: 'zero-width' };
    return { kind: 'chars', chars: [keyChar(c)] };
  }

  private characterClass(): Node {
    const src = this.src;
    this.i++; // [
    let negated = false;
    if (src[this.i] === '^') {
      negated = true;
      this.i++;
    }
    const chars = new Set<string>();
    let opaque = negated;
    let first = true;
    while (this.i < src.length && (src[this.i] !== ']' || first)) {
      first = false;
      let c = src[this.i++] as string;
      if (c === '\\') {
        const e = src[this.i++] ?? '';
        if (e === 's') c = ' ';
        else if (e === 'd') {
          for (const d of DIGITS) chars.add(d);
          continue;
        } else if (e === 'p' || e === 'P') {
          this.i = src.indexOf('}', this.i) + 1;
          opaque = true;
          continue;
        } else if (/[a-zA-Z]/.test(e)) {
          opaque = true;
          continue;
        } else c = e;
      }
      if (src[this.i] === '-' && src[this.i + 1] !== ']' && this.i + 1 < src.length) {
        const to = src[this.i + 1] as string;
        this.i += 2;
        const from = c.codePointAt(0) ?? 0;
        const end = to.codePointAt(0) ?? 0;
        if (end - from > MAX_CLASS_CHARS) opaque = true;
        else for (let p = from; p <= end; p++) chars.add(keyChar(String.fromCodePoint(p)));
        continue;
      }
      chars.add(keyChar(c));
      if (c === "'") chars.add("'");
    }
    this.i++; // ]
    if (opaque || chars.size > MAX_CLASS_CHARS) return { kind: 'opaque' };
    return { kind: 'chars', chars: [...chars] };
  }

  private quantifier(): [number, number] {
    const src = this.src;
    const c = src[this.i];
    let range: [number, number] = [1, 1];
    if (c === '?') range = [0, 1];
    else if (c === '*') range = [0, Infinity];
    else if (c === '+') range = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(this.i));
      if (!m) return range;
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length;
      if (src[this.i] === '?') this.i++;
      return [min, max];
    } else return range;
    this.i++;
    if (src[this.i] === '?') this.i++; // lazy
    return range;
  }
}

interface Frame {
  items: Item[];
  index: number;
  /** Occurrences of items[index] still required / allowed. */
  min: number;
  max: number;
  parent: Frame | null;
}

class TooManyPrefixes extends Error {}
class OpaquePrefix extends Error {}

/** The phrase's structure for the prefilter, or null when the parser cannot read it. */
function parsePhrase(phrase: string): Item[][] | null {
  try {
    return new PrefixParser(phrase).parse();
  } catch {
    return null;
  }
}

/**
 * The set of possible first KEY_LENGTH characters of a phrase (normalised like keyChar), or null
 * when they cannot be listed (the phrase then goes to the floating regex). Prefixes shorter than
 * KEY_LENGTH mean the phrase can end that early.
 */
function prefixesOf(alternatives: Item[][], keyLength: number): Set<string> | null {
  const out = new Set<string>();
  const root: Item = { node: { kind: 'group', alternatives }, min: 1, max: 1 };

  const walk = (frame: Frame | null, prefix: string, depth: number): void => {
    if (depth > MAX_DEPTH) throw new OpaquePrefix();
    if (prefix.length >= keyLength) {
      out.add(prefix.slice(0, keyLength));
      if (out.size > MAX_PREFIXES) throw new TooManyPrefixes();
      return;
    }
    if (frame === null) {
      out.add(prefix); // the phrase can end here
      return;
    }
    if (frame.index >= frame.items.length) {
      walk(frame.parent, prefix, depth + 1);
      return;
    }
    const item = frame.items[frame.index] as Item;
    const min = frame.min < 0 ? item.min : frame.min;
    const max = frame.min < 0 ? item.max : frame.max;
    const next: Frame = { items: frame.items, index: frame.index + 1, min: -1, max: -1, parent: frame.parent };
    if (min === 0) walk(next, prefix, depth + 1);
    if (max === 0) return;
    const again: Frame = { ...frame, min: Math.max(0, min - 1), max: max - 1 };
    const node = item.node;
    switch (node.kind) {
      case 'opaque':
        // What follows cannot be listed, but the characters so far still narrow the starts.
        if (prefix.length >= 2) {
          out.add(prefix);
          return;
        }
        throw new OpaquePrefix();
      case 'zero-width':
        walk(next, prefix, depth + 1);
        return;
      case 'chars':
        for (const c of node.chars) walk(again, prefix + c, depth + 1);
        return;
      case 'group':
        for (const alternative of node.alternatives) {
          walk({ items: alternative, index: 0, min: -1, max: -1, parent: again }, prefix, depth + 1);
        }
        return;
    }
  };
  try {
    walk({ items: [root], index: 0, min: -1, max: -1, parent: null }, '', 0);
  } catch (error) {
    if (error instanceof TooManyPrefixes || error instanceof OpaquePrefix) return null;
    throw error;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Required factors: words a phrase cannot match without, checked with indexOf before its regex.

/** Shorter factors ("if", "the") occur in almost every text and would filter nothing. */
const MIN_FACTOR = 3;
/**
 * A literal a factor may hold: a letter, or a symbol ("@", "[", "$") that the regex matches only as
 * itself. Not digits (they key as "0"), spaces (a run of any whitespace) or quotes (’ matches ').
 */
const LITERAL_KEY = /^[^\p{N}\s'"’‘“”]$/u;
const LETTER_KEY = /^\p{L}$/u;

function isLiteralItem(item: Item): boolean {
  const node = item.node;
  return node.kind === 'chars' && node.chars.length === 1 && item.min >= 1 && LITERAL_KEY.test(node.chars[0] as string);
}

/** Short words are everywhere; a symbol ("@", "[at]", "$") is rare in messages whatever its length. */
function isSelective(word: string): boolean {
  if (word.length >= MIN_FACTOR) return true;
  for (const c of word) if (!LETTER_KEY.test(c)) return true;
  return false;
}

/** A class of a few symbols ("[$€£]"): each is rare, so one of them is a clause of its own. */
const MAX_SYMBOL_CLASS = 4;

function symbolClass(item: Item): string[] | null {
  const node = item.node;
  if (node.kind !== 'chars' || item.min < 1 || node.chars.length < 2 || node.chars.length > MAX_SYMBOL_CLASS) return null;
  for (const c of node.chars) if (LETTER_KEY.test(c) || !LITERAL_KEY.test(c)) return null;
  return [...node.chars];
}

/** The letters each way through a group starts with, or null when one way starts otherwise. */
function leadingLiterals(items: readonly Item[], depth: number, out: string[]): boolean {
  let run = '';
  for (const item of items) {
    const node = item.node;
    if (node.kind === 'zero-width') continue;
    if (isLiteralItem(item)) {
      run += (node as { chars: readonly string[] }).chars[0];
      if (item.max !== 1) break;
      continue;
    }
    if (run.length > 0) break;
    if (node.kind === 'group' && item.min >= 1 && depth < 4 && out.length < 64) {
      for (const alternative of node.alternatives) if (!leadingLiterals(alternative, depth + 1, out)) return false;
      return true;
    }
    return false;
  }
  if (run.length === 0) return false;
  out.push(run);
  return true;
}

function shortest(words: readonly string[]): number {
  let n = Infinity;
  for (const word of words) if (word.length < n) n = word.length;
  return n;
}

/** A phrase needs more than one word ("leave" and "review"): checking up to this many catches most misses. */
const MAX_CLAUSES = 3;

/** Most selective first: the longest shortest word, then the fewest words. */
function bySelectivity(a: readonly string[], b: readonly string[]): number {
  return shortest(b) - shortest(a) || a.length - b.length;
}

/**
 * Sets of words every match of the sequence contains one of, most selective first: each literal
 * run ("review") and each group whose every way starts with letters ("leave|write").
 */
function sequenceClauses(items: readonly Item[]): string[][] {
  const clauses: string[][] = [];
  const consider = (set: string[]) => {
    if (!set.every(isSelective)) return;
    if (!clauses.some((known) => known.length === set.length && known.every((word) => set.includes(word)))) clauses.push(set);
  };
  let run = '';
  for (const item of items) {
    if (isLiteralItem(item)) {
      run += (item.node as { chars: readonly string[] }).chars[0];
      if (item.max === 1) continue;
    }
    if (run.length > 0) consider([run]);
    run = '';
    const symbols = symbolClass(item);
    if (symbols) consider(symbols);
    if (item.node.kind === 'group' && item.min >= 1) {
      const set: string[] = [];
      if (leadingLiterals([item], 0, set)) consider(set);
    }
  }
  if (run.length > 0) consider([run]);
  return clauses.sort(bySelectivity).slice(0, MAX_CLAUSES);
}

/**
 * The phrase's required words as clauses: a text may hold a match only when every clause has one
 * of its words in it. Where the phrase has alternatives, a clause takes one clause of each (a
 * match follows one alternative, which has all of its own); null when an alternative has none.
 */
function factorsOf(alternatives: Item[][]): string[][] | null {
  const perAlternative = alternatives.map(sequenceClauses);
  if (perAlternative.length === 0 || perAlternative.some((clauses) => clauses.length === 0)) return null;
  const count = Math.max(...perAlternative.map((clauses) => clauses.length));
  const out: string[][] = [];
  for (let c = 0; c < count; c++) {
    const words: string[] = [];
    for (const clauses of perAlternative) {
      for (const word of clauses[Math.min(c, clauses.length - 1)] as string[]) if (!words.includes(word)) words.push(word);
    }
    if (!out.some((known) => known.length === words.length && known.every((word) => words.includes(word)))) out.push(words);
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
/**
 * What the index needs of a key, worked out once when a language compiles: its hash, its length,
 * and its first two characters (as an ASCII pair, or hashed when beyond ASCII).
 */
function hashFirst(prefix: string, length: number): number {
  let h = HASH_SEED;
  for (let i = 0; i < length; i++) h = mix(h, prefix.charCodeAt(i));
  return finish(h);
}

/** A new key's group: its phrases, and what the index needs of the key (plain loops: this runs cold, once per key). */
function newGroup(prefix: string): KeyedPhrases {
  const length = prefix.length < KEY_LENGTH ? prefix.length : KEY_LENGTH;
  const a = prefix.charCodeAt(0);
  const b = prefix.charCodeAt(1);
  const ascii = a < 128 && b < 128;
  return { phrases: [], hash: hashFirst(prefix, length), length, pair: ascii ? (a << 7) | b : -1, pairHash: ascii ? 0 : hashFirst(prefix, 2) };
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
   * The sticky regex parsed at build time, as JSON (null: none, or one quick-regex.ts cannot read;
   * absent: parse on first use). Kept as a string, read on the phrase's first try: a pack's JSON
   * parses many times faster with a string per phrase than with a tree per phrase.
   */
  tree?: string | null;
  /** The class sources the tree refers to. */
  classes?: readonly string[];
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

/** One phrase list (e.g. "promotion"), all languages together, ready to run. */
export interface PhraseMatcher {
  id: string;
  /**
   * Phrases with derivable starts, grouped by their first two to KEY_LENGTH characters, in the
   * order their keys were met: scan.ts offers a group only where the text has its key.
   */
  groups: KeyedPhrases[];
  /** Everything, as one global regex (see allRegex), built on first use. */
  all?: RegExp | null;
  phrases: CompiledPhrase[];
  /**
   * The phrases whose starts cannot be listed: each scans the text with its own global regex
   * (floatingRegex), and only when its required words are in the text. One alternation of them
   * all scanned every text whenever one of them could occur, and one phrase starting with a letter
   * class made V8 try the whole alternation at every character.
   */
  floatingPhrases: CompiledPhrase[];
}

/**
 * The phrases of one matcher that start with one key. Each phrase has its own sticky regex,
 * compiled once however many keys it has: a phrase starting with one of ten verbs sits under ten
 * keys, and compiling it ten times over (in each key's union) was most of a cold start.
 */
export interface KeyedPhrases {
  phrases: CompiledPhrase[];
  /** The key's hash, its length, its first two characters as an ASCII pair (a << 7 | b, or -1) or their hash. */
  hash: number;
  length: number;
  pair: number;
  pairHash: number;
}

/** Everything a matcher knows, as one global regex (flags g), built on first use. */
export function allRegex(matcher: PhraseMatcher): RegExp | null {
  if (matcher.all === undefined) {
    const parts: [string[], string[]] = [[], []];
    for (const phrase of matcher.phrases) parts[phrase.wordBoundaries ? 0 : 1].push(sourceOf(phrase));
    const source = union(parts[0], parts[1]);
    matcher.all = source === null ? null : new RegExp(source, GLOBAL);
  }
  return matcher.all;
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

/** JavaScript's \s without the u flag: what a space in a phrase stands for (one or more of them). */
function isSpaceCode(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

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
function literalOf(phrase: CompiledPhrase): string | null {
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
      if (quick !== null) return quick(text, position);
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

function stickySource(phrase: CompiledPhrase): string {
  return phrase.wordBoundaries ? `(?:${sourceOf(phrase)})${AFTER_WORD}` : sourceOf(phrase);
}

/** The phrase's quick matcher: from its tree parsed at build time, else parsed now; null when it cannot be. */
function quickOf(phrase: CompiledPhrase): QuickMatcher | null {
  try {
    if (phrase.tree !== undefined) return phrase.tree === null ? null : quickMatcher(JSON.parse(phrase.tree) as QuickTree, phrase.classes ?? []);
    return quickRegex(stickySource(phrase));
  } catch (error) {
    if (!(error instanceof QuickRegexUnsupported)) throw error;
    return null;
  }
}

/**
 * A phrase's sticky regex parsed for quick-regex.ts, its classes added to `classes` (build time:
 * packs-build.ts); null for a literal phrase (compared without a regex) or one it cannot read.
 */
export function phraseTree(pattern: string, wordBoundaries: boolean, classes: string[]): string | null {
  const phrase: CompiledPhrase = { pattern, wordBoundaries, factors: null };
  if (literalOf(phrase) !== null) return null;
  try {
    return JSON.stringify(parseQuick(stickySource(phrase), classes));
  } catch (error) {
    if (!(error instanceof QuickRegexUnsupported)) throw error;
    return null;
  }
}

export interface PhraseSource {
  /** Phrases matched at word boundaries (false for Japanese). */
  wordBoundaries: boolean;
  list: PhraseList | readonly string[];
  /** The list's phrases analysed at build time, one per phrase in order (else each is parsed now). */
  stored?: readonly StoredAnalysis[];
  /** The class sources the stored trees refer to. */
  classes?: readonly string[];
}

const START_CHAR = /^[\p{L}\p{N}]$/u;

function isPrefixUsable(prefixes: Set<string> | null): prefixes is Set<string> {
  // Checked when the phrase is analysed (at build time), not when a language is compiled.
  if (prefixes === null || prefixes.size === 0) return false;
  for (const p of prefixes) {
    if (p.length < 2) return false;
    if (!START_CHAR.test(p[0] as string)) return false;
  }
  return true;
}

function union(boundaries: string[], anywhere: string[]): string | null {
  const parts: string[] = [];
  const byLength = (a: string, b: string) => b.length - a.length;
  if (boundaries.length > 0) {
    parts.push(`${BEFORE_WORD}(?:${boundaries.sort(byLength).join('|')})${AFTER_WORD}`);
  }
  if (anywhere.length > 0) parts.push(`(?:${anywhere.sort(byLength).join('|')})`);
  return parts.length > 0 ? parts.join('|') : null;
}

/** Compiles the same phrase list of every language into one matcher. */
/** What the prefilter needs of a phrase: its possible first characters and the words it needs. */
export interface PhraseAnalysis {
  /** Null: the start cannot be listed, or not as keys the scan can find (the phrase goes to the floating regex). */
  prefixes: readonly string[] | null;
  factors: string[][] | null;
}

/** Parses a phrase for the prefilter (the language packs carry the results, worked out at build time: packs-build.ts). */
export function analysePhrase(phrase: string): PhraseAnalysis {
  const parsed = parsePhrase(phrase);
  if (parsed === null) return { prefixes: null, factors: null };
  let prefixes: Set<string> | null = null;
  for (let keyLength = KEY_LENGTH; keyLength >= MIN_KEY_LENGTH && prefixes === null; keyLength--) {
    prefixes = prefixesOf(parsed, keyLength);
  }
  return { prefixes: isPrefixUsable(prefixes) ? [...prefixes] : null, factors: factorsOf(parsed) };
}

/** Compiles the phrase lists into one matcher; `analyse` may answer from a precomputed table. */
export function compilePhraseMatcher(
  id: string,
  sources: readonly PhraseSource[],
  analyse: (phrase: string) => PhraseAnalysis = analysePhrase,
): PhraseMatcher {
  // Only while compiling: which group a key already has.
  const keyed = new Map<string, KeyedPhrases>();
  const groups: KeyedPhrases[] = [];
  const phrases: CompiledPhrase[] = [];
  const floatingPhrases: CompiledPhrase[] = [];

  for (const { wordBoundaries, list, stored, classes } of sources) {
    const patterns: readonly PhrasePattern[] = 'patterns' in list ? list.patterns : list;
    for (let p = 0; p < patterns.length; p++) {
      const entry = patterns[p] as PhrasePattern;
      const pattern = typeof entry === 'string' ? entry : entry.pattern;
      const known = stored?.[p];
      const analysis: PhraseAnalysis = known ? { prefixes: known[0], factors: known[1] } : analyse(pattern);
      const compiled: CompiledPhrase = { pattern, wordBoundaries, factors: analysis.factors };
      if (known && known.length > 2) {
        compiled.tree = known[2] ?? null;
        if (classes) compiled.classes = classes;
      }
      if (typeof entry !== 'string') {
        if (entry.replacement !== undefined) compiled.replacement = entry.replacement;
        if (entry.label !== undefined) compiled.label = entry.label;
      }
      phrases.push(compiled);
      const starts = analysis.prefixes;
      if (starts !== null) {
        // Indexed loops here and below: this runs once per key, in a cold interpreter, at every cold start.
        for (let k = 0; k < starts.length; k++) {
          const key = starts[k] as string;
          let group = keyed.get(key);
          if (!group) {
            group = newGroup(key);
            keyed.set(key, group);
            groups.push(group);
          }
          // A phrase listed under a key twice would be tried twice there.
          const listed = group.phrases;
          if (listed[listed.length - 1] !== compiled) listed.push(compiled);
        }
      } else {
        floatingPhrases.push(compiled);
      }
    }
  }
  return { id, groups, phrases, floatingPhrases };
}
