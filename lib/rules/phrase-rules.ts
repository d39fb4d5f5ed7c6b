/**
 * The rules that are only phrase data: promotion, the four kinds of review manipulation,
 * messenger contacts and opt-out wording. One matcher per rule, all languages compiled together.
 */
import { compilePhraseMatcher, keyedRegex, wholeRegex, type CompiledPhrase, type KeyedPhrases, type PhraseMatcher } from './compile.ts';
import { makeFinding, matchCase, type FieldText, type SuggestionDraft } from './finding.ts';
import { PHRASE_BOOKS } from './phrases/index.ts';
import type { PhraseBook, PhraseList } from './phrases/types.ts';
import { buildPhraseIndex, profileText, type Candidates, type PhraseIndex, type TextProfile } from './scan.ts';
import type { Finding } from './types.ts';

/** A pasted megabyte must not produce a million findings: the UI could not show them anyway. */
export const MAX_FINDINGS_PER_RULE = 100;
/**
 * Regex tries per rule and field (see scan.ts MAX_CANDIDATES). A 2,000-character message gives a
 * rule at most a few hundred candidate starts, so this never binds on real messages; it keeps a pasted megabyte of near-misses ("free free
 * free…", each tried against "free … for a review") within the time budget. Past it, the rest
 * of such a text is not checked for that rule.
 */
export const MAX_TRIES_PER_RULE = 4_000;

type PhraseListKey = {
  [K in keyof PhraseBook]: PhraseBook[K] extends PhraseList ? K : never;
}[keyof PhraseBook];

/** The rules whose findings come from phrase data alone (message variant 'phrase'). */
type PhraseRuleId = 'promotion' | 'review-positive' | 'review-conditional' | 'review-incentive' | 'review-change' | 'messenger-contact' | 'opt-out';

interface PhraseRule {
  ruleId: PhraseRuleId;
  list: PhraseListKey;
}

const PHRASE_RULES: readonly PhraseRule[] = [
  {
    ruleId: 'promotion',
    list: 'promotion',
  },
  {
    ruleId: 'review-positive',
    list: 'reviewPositive',
  },
  {
    ruleId: 'review-conditional',
    list: 'reviewConditional',
  },
  {
    ruleId: 'review-incentive',
    list: 'reviewIncentive',
  },
  {
    ruleId: 'review-change',
    list: 'reviewChange',
  },
  {
    ruleId: 'messenger-contact',
    list: 'messenger',
  },
  {
    ruleId: 'opt-out',
    list: 'optOut',
  },
];

function sourcesFor(list: (book: PhraseBook) => PhraseList | readonly string[]) {
  return PHRASE_BOOKS.map((book) => ({ wordBoundaries: book.wordBoundaries, list: list(book) }));
}

const MATCHERS: readonly PhraseMatcher[] = PHRASE_RULES.map((rule) =>
  compilePhraseMatcher(rule.ruleId, sourcesFor((book) => book[rule.list])),
);
/** Each rule's exceptions ("terms of sale"), found by the same prefilter. */
const EXCEPTIONS: readonly PhraseMatcher[] = PHRASE_RULES.map((rule) =>
  compilePhraseMatcher(`${rule.ruleId}:exceptions`, sourcesFor((book) => book[rule.list].exceptions ?? [])),
);

/** The prefilter over all phrase rules and their exceptions, built once. */
export const PHRASE_INDEX: PhraseIndex = buildPhraseIndex([...MATCHERS, ...EXCEPTIONS]);

export function profile(text: string): TextProfile {
  return profileText(text, PHRASE_INDEX);
}

export interface PhraseMatch {
  start: number;
  end: number;
  /** The phrases that can have produced it. */
  phrases: readonly CompiledPhrase[];
}

/** All matches of one matcher, in order, not overlapping. */
export function findPhraseMatches(
  matcher: PhraseMatcher,
  text: string,
  candidates: Candidates | undefined,
  limit = MAX_FINDINGS_PER_RULE,
  exceptions: readonly PhraseMatch[] = [],
): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  if (candidates) {
    const { positions, groups } = candidates;
    let reachedEnd = 0;
    const tries = Math.min(positions.length, MAX_TRIES_PER_RULE);
    for (let k = 0; k < tries; k++) {
      const position = positions[k] as number;
      if (position < reachedEnd) continue;
      const group = groups[k] as KeyedPhrases;
      const regex = keyedRegex(group);
      regex.lastIndex = position;
      // Sticky: test() leaves lastIndex at the match's end, without building a match array.
      if (!regex.test(text) || regex.lastIndex === position) continue;
      reachedEnd = regex.lastIndex;
      found.push({ start: position, end: reachedEnd, phrases: group.phrases });
      if (found.length >= limit * 2) break;
    }
  }
  const floating = matcher.floating;
  if (floating) {
    floating.lastIndex = 0;
    let count = 0;
    for (let m = floating.exec(text); m; m = floating.exec(text)) {
      if (m[0].length === 0) {
        floating.lastIndex++;
        continue;
      }
      found.push({ start: m.index, end: m.index + m[0].length, phrases: matcher.floatingPhrases });
      if (++count >= limit * 2) break;
    }
    if (count > 0) found.sort((a, b) => a.start - b.start || b.end - a.end);
  }
  const result: PhraseMatch[] = [];
  let lastEnd = -1;
  let e = 0;
  for (const match of found) {
    if (match.start < lastEnd) continue;
    // Both lists are in order: walk the exceptions alongside ("deal" inside "deal with").
    while (e < exceptions.length && (exceptions[e] as PhraseMatch).end < match.end) e++;
    const exception = exceptions[e];
    if (exception && exception.start <= match.start) continue;
    result.push(match);
    lastEnd = match.end;
    if (result.length >= limit) break;
  }
  return result;
}

/** The neutral rewrite of a match, when the phrase that produced it has one. */
function rewrite(phrases: readonly CompiledPhrase[], actual: string): SuggestionDraft[] | undefined {
  for (const phrase of phrases) {
    if (phrase.replacement === undefined) continue;
    const whole = wholeRegex(phrase);
    if (!whole.test(actual)) continue;
    const replaced = actual.replace(whole, phrase.replacement);
    if (replaced === actual) return undefined;
    return [{ label: phrase.label ?? 'neutralWording', replacement: matchCase(actual, replaced) }];
  }
  return undefined;
}

export function checkPhrases(where: FieldText, textProfile: TextProfile): Finding[] {
  const findings: Finding[] = [];
  const text = where.text;
  PHRASE_RULES.forEach((rule, bit) => {
    const matcher = MATCHERS[bit] as PhraseMatcher;
    const candidates = textProfile.candidates[bit];
    if (!candidates && !matcher.floating) return;
    const exceptionBit = MATCHERS.length + bit;
    const exceptionCandidates = textProfile.candidates[exceptionBit];
    const exceptionMatcher = EXCEPTIONS[bit] as PhraseMatcher;
    const exceptions = exceptionCandidates || exceptionMatcher.floating
      ? findPhraseMatches(exceptionMatcher, text, exceptionCandidates, MAX_FINDINGS_PER_RULE * 4)
      : [];
    for (const { start, end, phrases } of findPhraseMatches(matcher, text, candidates, MAX_FINDINGS_PER_RULE, exceptions)) {
      const actual = text.slice(start, end);
      findings.push(makeFinding(rule.ruleId, where, start, end, 'phrase', { actual }, rewrite(phrases, actual)));
    }
  });
  return findings;
}
