/**
 * The rules that are phrase data: promotion, review manipulation, messenger and off-Amazon
 * wording, phone numbers in words, cancellation requests, opt-out wording; plus the concept phrases that concepts.ts
 * combines. Matchers are per language (books.ts): a message compiles and scans only the
 * languages it can be written in, all of them in one pass of the prefilter.
 */
import { languageIndex } from './books.ts';
import { floatingRegex, matchEnd, mayOccur, mayOccurAt, wholeRegex, type CompiledPhrase } from './compile.ts';
import { makeFinding, matchCase, removalRange, type FieldText, type SuggestionDraft } from './finding.ts';
import { CONCEPT_IDS, conceptList, exceptionList, PHRASE_RULES, ruleList, type ConceptId, type LanguageIndex } from './language-index.ts';
import { factsOf, joinFacts, lowerSameLength, profileText, type Candidates, type TextFacts, type TextProfile } from './scan.ts';
import type { Finding, Language } from './types.ts';

export { CONCEPT_IDS, type ConceptId };

/** A pasted megabyte must not produce a million findings: the UI could not show them anyway. */
export const MAX_FINDINGS_PER_RULE = 100;
/**
 * Regex tries per rule and field (see scan.ts MAX_CANDIDATES). A 2,000-character message gives a
 * rule at most a few hundred candidate starts, so this never binds on real messages; it keeps a pasted megabyte of near-misses ("free free
 * free…", each tried against "free … for a review") within the time budget. Past it, the rest
 * of such a text is not checked for that rule.
 */
export const MAX_TRIES_PER_RULE = 4_000;

/** The languages one message is checked in: each one's prefilter, scanned together (scan.ts). */
export interface LanguageSet {
  languages: readonly Language[];
  indexes: readonly LanguageIndex[];
}

const SETS = new Map<string, LanguageSet>();

/** The set for these languages, made once per combination (each language's index once: books.ts). */
export function languageSet(languages: readonly Language[]): LanguageSet {
  const key = languages.join(',');
  let set = SETS.get(key);
  if (!set) {
    set = { languages, indexes: languages.map((language) => languageIndex(language, 'phrases')) };
    SETS.set(key, set);
  }
  return set;
}

export function profile(text: string, set: LanguageSet): TextProfile {
  return profileText(text, set.indexes);
}

export interface PhraseMatch {
  start: number;
  end: number;
  /** The phrases that can have produced it. */
  phrases: readonly CompiledPhrase[];
}

/**
 * All matches of one matcher, in order, not overlapping; `text` is lower case (scan.ts). With
 * `overlapping`, for a list of exceptions, a match may start inside another: the refusal "you
 * asked whether … during the sale" must not hide "during the sale on Amazon", which starts within it.
 */
export function findPhraseMatches(
  index: LanguageIndex,
  list: number,
  text: string,
  candidates: Candidates | undefined,
  limit = MAX_FINDINGS_PER_RULE,
  exceptions: readonly PhraseMatch[] = [],
  overlapping = false,
): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  if (candidates) {
    const { positions, runs } = candidates;
    let reachedEnd = 0;
    const tries = Math.min(positions.length, MAX_TRIES_PER_RULE);
    for (let k = 0; k < tries; ) {
      const position = positions[k] as number;
      // Every group keyed at this start (one per key length: "sale" and "sale s"), together.
      let next = k + 1;
      while (next < tries && positions[next] === position) next++;
      if (position < reachedEnd && !overlapping) {
        k = next;
        continue;
      }
      // The longest of the phrases that match here.
      let end = position;
      let phrases: readonly CompiledPhrase[] | undefined;
      for (let g = k; g < next; g++) {
        const group = index.runPhrases(runs[g] as number);
        let matched = false;
        for (const phrase of group) {
          if (!mayOccurAt(phrase, text, position)) continue;
          const at = matchEnd(phrase, text, position);
          if (at > end) {
            end = at;
            matched = true;
          }
        }
        if (matched) phrases = phrases ? [...phrases, ...group] : group;
      }
      k = next;
      if (end === position || !phrases) continue;
      reachedEnd = end;
      found.push({ start: position, end, phrases });
      if (found.length >= limit * 2) break;
    }
  }
  // Each floating phrase scans the whole text: only when its own required words are in it.
  const floatingPhrases = index.floating(list);
  if (floatingPhrases.length > 0) {
    let count = 0;
    for (const phrase of floatingPhrases) {
      if (!mayOccur(phrase, text, true)) continue;
      const floating = floatingRegex(phrase);
      floating.lastIndex = 0;
      for (let m = floating.exec(text); m; m = floating.exec(text)) {
        if (m[0].length === 0) {
          floating.lastIndex++;
          continue;
        }
        found.push({ start: m.index, end: m.index + m[0].length, phrases: floatingPhrases });
        if (++count >= limit * 2) break;
      }
      if (count >= limit * 2) break;
    }
    if (count > 0) found.sort((a, b) => a.start - b.start || b.end - a.end);
  }
  if (overlapping) return found.length > limit ? found.slice(0, limit) : found;
  return withoutOverlaps(found, exceptions, limit);
}

/**
 * Keeps the first of overlapping matches (sorted by start), and none that lies in an exception
 * (sorted by start, possibly overlapping one another).
 */
function withoutOverlaps(found: readonly PhraseMatch[], exceptions: readonly PhraseMatch[], limit: number): PhraseMatch[] {
  const result: PhraseMatch[] = [];
  let lastEnd = -1;
  let e = 0;
  // The furthest end of the exceptions that start at or before the match ("deal" inside "deal with").
  let coveredTo = -1;
  for (const match of found) {
    if (match.start < lastEnd) continue;
    // Both lists are in order: walk the exceptions alongside.
    for (; e < exceptions.length && (exceptions[e] as PhraseMatch).start <= match.start; e++) coveredTo = Math.max(coveredTo, (exceptions[e] as PhraseMatch).end);
    if (coveredTo >= match.end) continue;
    result.push(match);
    lastEnd = match.end;
    if (result.length >= limit) break;
  }
  return result;
}

function byStart(a: PhraseMatch, b: PhraseMatch): number {
  return a.start - b.start || b.end - a.end;
}

/** The matches of one list of one language of the set (by its place in the set). */
function matchesAt(set: LanguageSet, x: number, list: number, textProfile: TextProfile, limit: number, exceptions?: readonly PhraseMatch[], overlapping = false): PhraseMatch[] {
  const index = set.indexes[x] as LanguageIndex;
  const candidates = (textProfile.candidates[x] as (Candidates | undefined)[])[list];
  if (!candidates && index.floating(list).length === 0) return [];
  return findPhraseMatches(index, list, textProfile.lower, candidates, limit, exceptions, overlapping);
}

/** The matches of one phrase rule in every language of the set, in order, not overlapping. */
function ruleMatches(set: LanguageSet, rule: number, textProfile: TextProfile): PhraseMatch[] {
  const languages = set.indexes.length;
  // Every language's exceptions apply to every language's matches: English always runs, and a
  // French "nous n'acceptons pas PayPal" must excuse the English "paypal".
  const exceptions: PhraseMatch[] = [];
  for (let x = 0; x < languages; x++) exceptions.push(...matchesAt(set, x, exceptionList(rule), textProfile, MAX_FINDINGS_PER_RULE * 4, undefined, true));
  if (languages === 1) return matchesAt(set, 0, ruleList(rule), textProfile, MAX_FINDINGS_PER_RULE, exceptions);
  const all: PhraseMatch[] = [];
  for (let x = 0; x < languages; x++) all.push(...matchesAt(set, x, ruleList(rule), textProfile, MAX_FINDINGS_PER_RULE));
  const kept = exceptions.length === 0 ? all : all.filter((m) => !exceptions.some((e) => e.start <= m.start && e.end >= m.end));
  return withoutOverlaps(kept.sort(byStart), [], MAX_FINDINGS_PER_RULE);
}

/** Where each concept's phrases occur in a text, all languages of the set merged. */
export type ConceptHits = Record<ConceptId, PhraseMatch[]>;

export function findConcepts(set: LanguageSet, textProfile: TextProfile): ConceptHits {
  const hits = {} as ConceptHits;
  const languages = set.indexes.length;
  CONCEPT_IDS.forEach((concept, c) => {
    const all: PhraseMatch[] = [];
    for (let x = 0; x < languages; x++) all.push(...matchesAt(set, x, conceptList(c), textProfile, MAX_FINDINGS_PER_RULE));
    hits[concept] = languages > 1 ? withoutOverlaps(all.sort(byStart), [], MAX_FINDINGS_PER_RULE) : all;
  });
  return hits;
}

/** What the phrase rules and the concepts find in a field's text, and the facts of its scan (scan.ts). */
export interface PhraseFindings {
  /** Per phrase rule (PHRASE_RULES order): its matches, in order, not overlapping. */
  rules: PhraseMatch[][];
  concepts: ConceptHits;
  /** The whole text's scan facts (hasAt, digitCount...). */
  facts: TextFacts;
}

/**
 * A blank line: no phrase reads across one (a phrase is words of one passage, and the concepts
 * that combine sentences work on the matches, not here). The text is searched a paragraph at a
 * time, and a paragraph met before (typing changes one paragraph; the others stay as they were)
 * is not searched again.
 */
const PARAGRAPH_BREAK = /\n[^\S\n]*\n\s*/g;
/** Longer texts are searched whole, as one paragraph (a pasted megabyte of blank lines must not become a hundred thousand searches). */
const MAX_SPLIT_TEXT = 20_000;
/** Paragraphs remembered per language set: a few messages' worth. */
const MAX_REMEMBERED = 256;
/** Longer paragraphs are not remembered (a pasted page would crowd out the messages). */
const MAX_REMEMBERED_PARAGRAPH = 4_000;

interface ParagraphFindings {
  rules: PhraseMatch[][];
  concepts: PhraseMatch[][];
  facts: TextFacts;
}

const REMEMBERED = new WeakMap<LanguageSet, Map<string, ParagraphFindings>>();

/** Forgets every paragraph searched so far (the next check searches its whole text again). */
export function forgetParagraphs(): void {
  for (const set of SETS.values()) REMEMBERED.delete(set);
}

function searchParagraph(set: LanguageSet, text: string): ParagraphFindings {
  const textProfile = profile(text, set);
  const concepts = findConcepts(set, textProfile);
  return {
    rules: PHRASE_RULES.map((_rule, r) => ruleMatches(set, r, textProfile)),
    concepts: CONCEPT_IDS.map((concept) => concepts[concept]),
    // The candidates are the bulky part, and no one needs them once the matches are found.
    facts: factsOf(textProfile),
  };
}

function paragraphFindings(set: LanguageSet, text: string): ParagraphFindings {
  if (text.length > MAX_REMEMBERED_PARAGRAPH) return searchParagraph(set, text);
  let remembered = REMEMBERED.get(set);
  if (!remembered) {
    remembered = new Map();
    REMEMBERED.set(set, remembered);
  }
  let found = remembered.get(text);
  if (found) {
    // Most recently used last: the oldest goes first when the memory is full.
    remembered.delete(text);
  } else {
    found = searchParagraph(set, text);
    if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value as string);
  }
  remembered.set(text, found);
  return found;
}

function shifted(matches: readonly PhraseMatch[], by: number, into: PhraseMatch[], limit: number): void {
  for (const m of matches) {
    if (into.length >= limit) return;
    into.push(by === 0 ? m : { start: m.start + by, end: m.end + by, phrases: m.phrases });
  }
}

/** The field's phrase matches and scan facts, paragraph by paragraph. */
export function findPhrases(set: LanguageSet, text: string): PhraseFindings {
  const starts = [0];
  if (text.length <= MAX_SPLIT_TEXT) {
    PARAGRAPH_BREAK.lastIndex = 0;
    for (let m = PARAGRAPH_BREAK.exec(text); m; m = PARAGRAPH_BREAK.exec(text)) {
      const end = m.index + m[0].length;
      if (end < text.length) starts.push(end);
    }
  }
  const rules: PhraseMatch[][] = PHRASE_RULES.map(() => []);
  const concepts: PhraseMatch[][] = CONCEPT_IDS.map(() => []);
  let facts: TextFacts | undefined;
  for (let p = 0; p < starts.length; p++) {
    const start = starts[p] as number;
    const piece = starts.length === 1 ? text : text.slice(start, starts[p + 1] ?? text.length);
    const found = paragraphFindings(set, piece);
    found.rules.forEach((matches, r) => shifted(matches, start, rules[r] as PhraseMatch[], MAX_FINDINGS_PER_RULE));
    found.concepts.forEach((matches, c) => shifted(matches, start, concepts[c] as PhraseMatch[], MAX_FINDINGS_PER_RULE));
    facts = facts ? joinFacts(facts, found.facts) : found.facts;
  }
  const hits = {} as ConceptHits;
  CONCEPT_IDS.forEach((concept, c) => {
    hits[concept] = concepts[c] as PhraseMatch[];
  });
  return { rules, concepts: hits, facts: facts as TextFacts };
}


/** `$1`…`$9`, `$&` and `$$` in a replacement, as String.prototype.replace reads them. */
const REPLACEMENT_TOKEN = /\$(?:(\d)|&|\$)/g;

/**
 * The phrase's replacement for the whole of `actual`, its groups taken from `actual` as written,
 * or undefined when the phrase does not match all of it. The regex runs on the lower-cased text
 * (same length), without the `i` flag whose case folding over the letter classes costs V8 a
 * millisecond or two to compile.
 */
function replaceWhole(phrase: CompiledPhrase, replacement: string, actual: string): string | undefined {
  const whole = wholeRegex(phrase);
  const m = whole.exec(lowerSameLength(actual));
  if (!m) return undefined;
  const group = (n: number): string => {
    const at = m.indices?.[n];
    return at ? actual.slice(at[0], at[1]) : '';
  };
  return replacement.replace(REPLACEMENT_TOKEN, (token, digit: string | undefined) => {
    if (token === '$$') return '$';
    if (token === '$&') return actual;
    const n = Number(digit);
    return n > 0 && n < m.length ? group(n) : token;
  });
}

/** The neutral rewrite of a match, when the phrase that produced it has one. */
function rewrite(phrases: readonly CompiledPhrase[], actual: string): SuggestionDraft[] | undefined {
  for (const phrase of phrases) {
    if (phrase.replacement === undefined) continue;
    const replaced = replaceWhole(phrase, phrase.replacement, actual);
    if (replaced === undefined) continue;
    if (replaced === actual) return undefined;
    return [{ label: phrase.label ?? 'neutralWording', replacement: matchCase(actual, replaced) }];
  }
  return undefined;
}

export function checkPhrases(where: FieldText, found: PhraseFindings): Finding[] {
  const findings: Finding[] = [];
  const text = where.text;
  PHRASE_RULES.forEach((rule, r) => {
    for (const { start, end, phrases } of found.rules[r] as PhraseMatch[]) {
      const actual = text.slice(start, end);
      const suggestions = rewrite(phrases, actual);
      // A phrase whose fix deletes it takes one adjacent space along, as the other removals do.
      const [from, to] = suggestions?.length === 1 && suggestions[0]?.replacement === '' ? removalRange(text, start, end) : [start, end];
      findings.push(makeFinding(rule.ruleId, where, from, to, rule.variant, { actual }, suggestions));
    }
  });
  return findings;
}
