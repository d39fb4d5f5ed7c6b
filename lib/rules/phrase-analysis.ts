/**
 * Build time (and the engine without packs: lib/rules/index.ts): what the prefilter needs of each
 * phrase, its possible first characters and the words it cannot match without, and the
 * prefilter of a language laid out as its pack carries it (language-index.ts StoredIndex). The
 * extension's background never parses a phrase: its packs carry all of this.
 */
import { literalOf, stickySource, type CompiledPhrase } from './compile.ts';
import { encodeFactors, indexedLists, keyHash, WIDE_PAIRS, type IndexFamily, type StoredIndex } from './language-index.ts';
import { parseQuick, QuickRegexUnsupported } from './quick-regex-parse.ts';
import type { PhraseBook, PhrasePattern } from './phrases/types.ts';

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
/**
 * In languages written without spaces (Japanese, Chinese) three characters already say a lot
 * ("評価を", "好评返"), while five multiplied the keys: their packs were a third to a half larger,
 * and reading them was most of a Japanese cold start.
 */
const SPACELESS_KEY_LENGTH = 3;

/** The longest key a book's phrases are keyed on. */
export function longestKeyOf(book: PhraseBook): number {
  return book.wordBoundaries ? KEY_LENGTH : SPACELESS_KEY_LENGTH;
}
/**
 * Down to two characters where longer keys are too many: Chinese and Japanese phrases that open
 * with optional words ("(?:在|于)?(?:限时|限量)?(?:黑五|双十一)?大促") have thousands of five-character
 * starts but a few dozen two-character ones. Keyed, they are tried where they can start; floating,
 * each compiled a regex and scanned the whole text at every check.
 */
const MIN_KEY_LENGTH = 2;

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




/** Where the scan offers a start (scan.ts): a letter, a digit, or a mark Japanese and Chinese phrases open with. */
const START_CHAR = /^[\p{L}\p{N}★☆「」『』【】]$/u;

function isPrefixUsable(prefixes: Set<string> | null): prefixes is Set<string> {
  if (prefixes === null || prefixes.size === 0) return false;
  for (const p of prefixes) {
    if (p.length < 2) return false;
    if (!START_CHAR.test(p[0] as string)) return false;
  }
  return true;
}

/** What the prefilter needs of a phrase: its possible first characters and the words it needs. */
export interface PhraseAnalysis {
  /** Null: the start cannot be listed, or not as keys the scan can find (the phrase goes to the floating regex). */
  prefixes: readonly string[] | null;
  factors: string[][] | null;
}

/** Parses a phrase for the prefilter. */
export function analysePhrase(phrase: string, longestKey: number = KEY_LENGTH): PhraseAnalysis {
  const parsed = parsePhrase(phrase);
  if (parsed === null) return { prefixes: null, factors: null };
  let prefixes: Set<string> | null = null;
  for (let keyLength = longestKey; keyLength >= MIN_KEY_LENGTH && prefixes === null; keyLength--) {
    prefixes = prefixesOf(parsed, keyLength);
  }
  return { prefixes: isPrefixUsable(prefixes) ? [...prefixes] : null, factors: factorsOf(parsed) };
}

/**
 * A phrase's sticky regex parsed for quick-regex.ts, as JSON, its classes added to `classes`;
 * null for a literal phrase (compared without a regex) or one the quick matcher cannot read.
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

function patternOf(entry: PhrasePattern): string {
  return typeof entry === 'string' ? entry : entry.pattern;
}

/**
 * A language's prefilter for one family of lists, as its pack carries it: every phrase analysed,
 * its keys, and for each key the phrases of each list that can start with it. The parsed
 * regexes' classes are added to `classes` (one table per pack).
 */
export function buildStoredIndex(book: PhraseBook, family: IndexFamily, classes: string[]): StoredIndex {
  const lists = indexedLists(book, family);
  const index: StoredIndex = { factors: [], trees: [], codes: [], keyRuns: [0], pairs: [], widePairs: [], runList: [], runPhrases: [0], phrases: [], floating: [] };
  /** Per key (in the order met): per list, its phrases. */
  const byKey = new Map<string, Map<number, number[]>>();
  lists.forEach((patterns, list) => {
    const factors: (string | null)[] = [];
    const trees: (string | null)[] = [];
    patterns.forEach((entry, n) => {
      const pattern = patternOf(entry);
      const { prefixes, factors: clauses } = analysePhrase(pattern, longestKeyOf(book));
      // Words hold no whitespace (a space in a phrase is a run of it), so they join with spaces.
      if (clauses?.some((clause) => clause.some((word) => /\s/.test(word)))) throw new Error(`a required word with a space in ${pattern}`);
      factors.push(encodeFactors(clauses));
      trees.push(phraseTree(pattern, book.wordBoundaries, classes));
      if (prefixes === null) {
        index.floating.push(list, n);
        return;
      }
      for (const key of prefixes) {
        let runs = byKey.get(key);
        if (!runs) {
          runs = new Map();
          byKey.set(key, runs);
        }
        const phrases = runs.get(list) ?? [];
        // A phrase listed under a key twice would be tried twice there.
        if (phrases[phrases.length - 1] !== n) phrases.push(n);
        runs.set(list, phrases);
      }
    });
    index.factors.push(factors);
    index.trees.push(trees);
  });
  // The scan hashes a key's characters as they are (keyHash), looks the hash up by halves, and
  // first asks the key's first two characters which lengths of key start with them.
  const keys = [...byKey.keys()].map((key) => {
    if (key.length < 2 || key.length > KEY_LENGTH) throw new Error(`bad key ${key}`);
    return { key, code: keyHash(key, key.length) * 8 + key.length };
  });
  keys.sort((x, y) => x.code - y.code);
  const pairs = new Map<number, number>();
  const widePairs = new Map<number, number>();
  for (const { key, code } of keys) {
    index.codes.push(code);
    const runs = byKey.get(key) as Map<number, number[]>;
    for (const [list, phrases] of [...runs].sort((x, y) => x[0] - y[0])) {
      index.runList.push(list);
      index.phrases.push(...phrases);
      index.runPhrases.push(index.phrases.length);
    }
    index.keyRuns.push(index.runList.length);
    const a = key.charCodeAt(0);
    const b = key.charCodeAt(1);
    if (a < 128 && b < 128) pairs.set((a << 7) | b, (pairs.get((a << 7) | b) ?? 0) | (1 << key.length));
    else {
      const place = keyHash(key, 2) & (WIDE_PAIRS - 1);
      widePairs.set(place, (widePairs.get(place) ?? 0) | (1 << key.length));
    }
  }
  for (const [pair, lengths] of pairs) index.pairs.push(pair * 64 + lengths);
  for (const [place, lengths] of widePairs) index.widePairs.push(place * 64 + lengths);
  return index;
}
