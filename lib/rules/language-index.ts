/**
 * One language's prefilter, ready to scan: which phrases of which lists can start with the first
 * two to five characters of a word (compile.ts explains the prefilter). Worked out at build time
 * and shipped in the language's pack (packs-build.ts), so a cold start turns a few arrays into
 * lookup tables and creates a phrase only when a text first offers it; without a pack (Node, the
 * tests, the options page) the same tables are worked out when the language is first needed.
 *
 * A language has two: the phrase rules with their exceptions and the concepts, scanned on every
 * field; and the courtesy phrases, scanned on short messages (message-type.ts).
 */
import { finish, HASH_SEED, mix, type CompiledPhrase } from './compile.ts';
import type { ClassSpec } from './quick-regex.ts';
import type { ConceptPhrases, PhraseBook, PhraseList, PhrasePattern } from './phrases/types.ts';
import type { Language } from './types.ts';

export type IndexFamily = 'phrases' | 'courtesy';

/** The phrase rules' lists, in the order of their findings. */
export const PHRASE_RULES = [
  { ruleId: 'promotion', list: 'promotion', variant: 'phrase' },
  { ruleId: 'review-positive', list: 'reviewPositive', variant: 'phrase' },
  { ruleId: 'review-conditional', list: 'reviewConditional', variant: 'phrase' },
  { ruleId: 'review-incentive', list: 'reviewIncentive', variant: 'phrase' },
  { ruleId: 'review-change', list: 'reviewChange', variant: 'phrase' },
  { ruleId: 'messenger-contact', list: 'messenger', variant: 'phrase' },
  // A phone number in words is a phone number: the same rule and message as one in digits (contact.ts).
  { ruleId: 'phone-number', list: 'phoneWords', variant: 'number' },
  { ruleId: 'messenger-app', list: 'messengerApps', variant: 'phrase' },
  { ruleId: 'off-amazon-sale', list: 'offAmazonSale', variant: 'phrase' },
  { ruleId: 'off-amazon-payment', list: 'offAmazonPayment', variant: 'phrase' },
  { ruleId: 'cancellation-request', list: 'cancellationRequest', variant: 'phrase' },
  { ruleId: 'opt-out', list: 'optOut', variant: 'phrase' },
] as const satisfies readonly { ruleId: string; list: keyof PhraseBook; variant: string }[];

export type ConceptId = keyof ConceptPhrases;
export const CONCEPT_IDS: readonly ConceptId[] = [
  'satisfied',
  'reviewRef',
  'reviewAsk',
  'incentive',
  'pressure',
  'writeWhat',
  'contactAsk',
  'deliveryContext',
  'feedbackNotice',
  'settlement',
];

export type Courtesy = keyof PhraseBook['courtesy'];
export const COURTESY_KINDS: readonly Courtesy[] = ['thanks', 'padding', 'confirmation', 'signOffs', 'helpOffers', 'checkIns', 'purpose'];

/** In the phrases family, rule r's list is number 2r and its exceptions 2r + 1; concept c is 2 * rules + c. */
export function ruleList(rule: number): number {
  return 2 * rule;
}
export function exceptionList(rule: number): number {
  return 2 * rule + 1;
}
export function conceptList(concept: number): number {
  return 2 * PHRASE_RULES.length + concept;
}
/** In the courtesy family, a kind's list is its place in COURTESY_KINDS. */
export function courtesyList(kind: Courtesy): number {
  return COURTESY_KINDS.indexOf(kind);
}

/** The lists a family indexes, by number. */
export function indexedLists(book: PhraseBook, family: IndexFamily): readonly (readonly PhrasePattern[])[] {
  if (family === 'courtesy') return COURTESY_KINDS.map((kind) => book.courtesy[kind]);
  const lists: (readonly PhrasePattern[])[] = [];
  for (const { list } of PHRASE_RULES) {
    const phrases = book[list] as PhraseList;
    lists.push(phrases.patterns, phrases.exceptions ?? []);
  }
  for (const concept of CONCEPT_IDS) lists.push(book.concepts[concept]);
  return lists;
}

/**
 * A family's prefilter as the pack carries it. Keys are the phrases' possible first characters,
 * normalised like the scan normalises the text (compile.ts keyChar). Each key has runs: one list
 * and the phrases of it that can start with the key.
 */
export interface StoredIndex {
  /**
   * Per list, per phrase: the required-word clauses (null: none known), as one string: clauses
   * a line each, their words (which hold no whitespace) between spaces. A pack parses thousands
   * fewer arrays; a phrase's are split when a text first offers it.
   */
  factors: (string | null)[][];
  /** Per list, per phrase: the sticky regex parsed for quick-regex.ts, as JSON (null: none). */
  trees: (string | null)[][];
  /**
   * The keys, as their hash * 8 + their length, ascending (keys whose hash and length coincide
   * sit side by side: a collision costs a try, never a miss). The scan looks them up by halves.
   */
  codes: number[];
  /** Key k's runs are keyRuns[k] to keyRuns[k + 1] (one more entry than codes). */
  keyRuns: number[];
  /** ASCII pairs that start a key: (a << 7 | b) * 64 + the key lengths as bits (1 << n). */
  pairs: number[];
  /** The same for pairs beyond ASCII, by their hash's place in a table of WIDE_PAIRS. */
  widePairs: number[];
  /** Each run's list. */
  runList: number[];
  /** Run r's phrases are phrases[runPhrases[r]] to phrases[runPhrases[r + 1]] (one more entry than runs). */
  runPhrases: number[];
  /** Phrase numbers within their list. */
  phrases: number[];
  /** Phrases whose start cannot be listed, as list and phrase number pairs: each scans the whole text. */
  floating: number[];
}

/** Places in the table of key lengths by first pair beyond ASCII (a pair's hash & WIDE_PAIRS - 1). */
export const WIDE_PAIRS = 1 << 16;
/** Keys by the top bits of their code: a lookup reads the few in its bucket instead of searching all by halves. */
const BUCKET_BITS = 12;
const BUCKET_SIZE = 2 ** (33 - BUCKET_BITS);

/** Hash of a key's first `length` characters, as the scan computes it (compile.ts mix and finish). */
export function keyHash(key: string, length: number): number {
  let h = HASH_SEED;
  for (let i = 0; i < length; i++) h = mix(h, key.charCodeAt(i));
  return finish(h);
}

export class LanguageIndex {
  readonly language: Language;
  readonly wordBoundaries: boolean;
  /** At (a << 7 | b): bit n set when some key of length n starts with the ASCII characters a, b. */
  readonly pairLengths = new Uint8Array(128 * 128);
  /** The same for pairs beyond ASCII, at the pair's hash & (WIDE_PAIRS - 1). */
  readonly widePairLengths = new Uint8Array(WIDE_PAIRS);
  /** StoredIndex.codes. */
  readonly codes: Float64Array;
  /** Where each bucket of codes starts (one more entry than buckets). */
  private readonly buckets: Int32Array;
  readonly listCount: number;
  readonly keyRuns: readonly number[];
  readonly runList: readonly number[];

  private readonly lists: readonly (readonly PhrasePattern[])[];
  private readonly stored: StoredIndex;
  private readonly classes: readonly ClassSpec[];
  private readonly compiled: (CompiledPhrase | undefined)[][];
  private readonly runs: (CompiledPhrase[] | undefined)[];
  private readonly floatingLists: CompiledPhrase[][];

  /** Nothing per key here: a cold start of a Chinese check would otherwise hash and place thousands. */
  constructor(language: Language, wordBoundaries: boolean, lists: readonly (readonly PhrasePattern[])[], stored: StoredIndex, classes: readonly ClassSpec[]) {
    this.language = language;
    this.wordBoundaries = wordBoundaries;
    this.lists = lists;
    this.stored = stored;
    this.classes = classes;
    this.listCount = lists.length;
    this.keyRuns = stored.keyRuns;
    this.runList = stored.runList;
    this.compiled = lists.map(() => []);
    this.runs = new Array<CompiledPhrase[] | undefined>(stored.runList.length);
    this.floatingLists = lists.map(() => []);
    const codes = Float64Array.from(stored.codes);
    this.codes = codes;
    const buckets = new Int32Array((1 << BUCKET_BITS) + 1);
    let bucket = 0;
    for (let k = 0; k < codes.length; k++) {
      const own = Math.floor((codes[k] as number) / BUCKET_SIZE);
      while (bucket < own) buckets[++bucket] = k;
    }
    while (bucket < 1 << BUCKET_BITS) buckets[++bucket] = codes.length;
    this.buckets = buckets;
    const { pairLengths, widePairLengths } = this;
    const { pairs, widePairs, floating } = stored;
    for (let p = 0; p < pairs.length; p++) {
      const value = pairs[p] as number;
      pairLengths[value >>> 6] = value & 63;
    }
    for (let p = 0; p < widePairs.length; p++) {
      const value = widePairs[p] as number;
      widePairLengths[value >>> 6] = value & 63;
    }
    for (let f = 0; f + 1 < floating.length; f += 2) {
      (this.floatingLists[floating[f] as number] as CompiledPhrase[]).push(this.phrase(floating[f] as number, floating[f + 1] as number));
    }
  }

  /** The first key with this hash and length (the next ones with them follow it), or -1. */
  firstKey(hash: number, length: number): number {
    const code = hash * 8 + length;
    const { codes, buckets } = this;
    const bucket = Math.floor(code / BUCKET_SIZE);
    const end = buckets[bucket + 1] as number;
    for (let k = buckets[bucket] as number; k < end; k++) {
      const found = codes[k] as number;
      if (found >= code) return found === code ? k : -1;
    }
    return -1;
  }

  /** Phrase n of a list, made on first use. */
  phrase(list: number, n: number): CompiledPhrase {
    const made = this.compiled[list] as (CompiledPhrase | undefined)[];
    let phrase = made[n];
    if (!phrase) {
      const entry = (this.lists[list] as readonly PhrasePattern[])[n] as PhrasePattern;
      const factors = (this.stored.factors[list] as (string | null)[])[n] ?? null;
      phrase = { pattern: typeof entry === 'string' ? entry : entry.pattern, wordBoundaries: this.wordBoundaries, factors: decodeFactors(factors) };
      const tree = (this.stored.trees[list] as (string | null)[])[n];
      if (tree !== undefined) {
        phrase.tree = tree;
        phrase.classes = this.classes;
      }
      if (typeof entry !== 'string') {
        if (entry.replacement !== undefined) phrase.replacement = entry.replacement;
        if (entry.label !== undefined) phrase.label = entry.label;
      }
      made[n] = phrase;
    }
    return phrase;
  }

  /** The phrases of a run, made on first use. */
  runPhrases(run: number): CompiledPhrase[] {
    let phrases = this.runs[run];
    if (!phrases) {
      const { runPhrases, phrases: numbers } = this.stored;
      const list = this.runList[run] as number;
      phrases = [];
      for (let p = runPhrases[run] as number; p < (runPhrases[run + 1] as number); p++) phrases.push(this.phrase(list, numbers[p] as number));
      this.runs[run] = phrases;
    }
    return phrases;
  }

  /** A list's phrases that scan the whole text. */
  floating(list: number): readonly CompiledPhrase[] {
    return this.floatingLists[list] as CompiledPhrase[];
  }
}

/** Required-word clauses as StoredIndex.factors holds them. */
export function encodeFactors(factors: readonly (readonly string[])[] | null): string | null {
  return factors === null ? null : factors.map((clause) => clause.join(' ')).join('\n');
}

export function decodeFactors(encoded: string | null): string[][] | null {
  return encoded === null ? null : encoded.split('\n').map((clause) => clause.split(' '));
}

/** Why a stored index cannot be used, or undefined when it can (packs are checked before use). */
export function storedIndexProblem(value: unknown, lists: readonly (readonly PhrasePattern[])[]): string | undefined {
  if (typeof value !== 'object' || value === null) return 'not an object';
  const v = value as Record<string, unknown>;
  for (const field of ['factors', 'trees', 'codes', 'keyRuns', 'pairs', 'widePairs', 'runList', 'runPhrases', 'phrases', 'floating']) {
    if (!Array.isArray(v[field])) return `no ${field}`;
  }
  const s = value as StoredIndex;
  if (s.factors.length !== lists.length || s.trees.length !== lists.length) return `not ${lists.length} lists`;
  for (let l = 0; l < lists.length; l++) {
    const n = (lists[l] as readonly PhrasePattern[]).length;
    if (!Array.isArray(s.factors[l]) || s.factors[l]!.length !== n || !Array.isArray(s.trees[l]) || s.trees[l]!.length !== n) return `list ${l} is not its book's`;
  }
  if (s.keyRuns.length !== s.codes.length + 1 || s.runPhrases.length !== s.runList.length + 1) return 'runs do not add up';
  if (s.keyRuns[s.codes.length] !== s.runList.length || s.runPhrases[s.runList.length] !== s.phrases.length) return 'runs do not add up';
  for (let k = 1; k < s.codes.length; k++) if (!((s.codes[k] as number) >= (s.codes[k - 1] as number))) return 'keys out of order';
  return undefined;
}
