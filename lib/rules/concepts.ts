/**
 * Rules that combine concepts instead of matching one fixed phrase. Sellers do not write the
 * textbook "if you are satisfied, please leave a positive review"; they write "if you feel
 * satisfy with our item, kindly give us your comment" or "enjoyed it? Tell the world what you
 * think". Each language lists the building blocks (phrases/<lang>.ts, `concepts`); a rule here
 * says which blocks must meet within one sentence or the next, and which must not be there.
 * Linear: every concept is found by the prefilter's one pass, then a walk over sorted hits.
 */
import { makeFinding, removalRange, type FieldText } from './finding.ts';
import type { ConceptHits, ConceptId, PhraseMatch } from './phrase-rules.ts';
import { sentenceAt, sentenceRange, sentenceStarts } from './sentences.ts';
import type { Finding } from './types.ts';

type ConceptRuleId = 'review-conditional' | 'review-incentive' | 'review-pressure' | 'review-instruction' | 'contact-request';

interface ConceptRule {
  ruleId: ConceptRuleId;
  /** Concepts that must all occur... */
  all: readonly (ConceptId | readonly ConceptId[])[];
  /** ...within this many sentences of the first one (0: the same sentence)... */
  window: 0 | 1;
  /** ...with none of these in those sentences. */
  none?: readonly ConceptId[];
}

/** Guidelines: G1701 (review requests must be neutral, no incentives, no contact details) and G201972160. */
const CONCEPT_RULES: readonly ConceptRule[] = [
  // "If the item lived up to what you expected, we'd be grateful for your thoughts in a review."
  { ruleId: 'review-conditional', all: ['satisfied', ['reviewRef', 'reviewAsk']], window: 1, none: ['feedbackNotice'] },
  // "A small present is waiting for everyone who posts their opinion of the item."
  { ruleId: 'review-incentive', all: ['incentive', 'reviewAsk'], window: 0, none: ['settlement'] },
  // "Without your rating our little shop may not make it."
  { ruleId: 'review-pressure', all: ['pressure', ['reviewRef', 'reviewAsk']], window: 1 },
  // "Paste the kind words from your message into the review."
  { ruleId: 'review-instruction', all: ['writeWhat', ['reviewRef', 'reviewAsk']], window: 0 },
  // "Please send us your e-mail address so we can send the manual."
  { ruleId: 'contact-request', all: ['contactAsk'], window: 0, none: ['deliveryContext'] },
];

/** Whether a concept, or any of several, has hits. */
function hasHits(hits: ConceptHits, need: ConceptId | readonly ConceptId[]): boolean {
  return typeof need === 'string' ? hits[need].length > 0 : need.some((concept) => hits[concept].length > 0);
}

/** Each rule's first concept (the anchor of a finding) and the others, split once. */
const RULE_NEEDS = CONCEPT_RULES.map((rule) => ({ rule, firstNeed: rule.all[0] as ConceptId | readonly ConceptId[], otherNeeds: rule.all.slice(1) }));

/** The hits of a concept, or of any of several, in order. */
function hitsOf(hits: ConceptHits, need: ConceptId | readonly ConceptId[]): PhraseMatch[] {
  if (typeof need === 'string') return hits[need];
  const merged = need.flatMap((concept) => hits[concept]);
  return merged.sort((a, b) => a.start - b.start);
}

/** Sentence index -> whether a hit of the list lies in it. */
function sentencesWith(matches: readonly PhraseMatch[], starts: readonly number[]): Set<number> {
  const set = new Set<number>();
  for (const m of matches) set.add(sentenceAt(starts, m.start));
  return set;
}

export interface ConceptContext {
  where: FieldText;
  hits: ConceptHits;
  /** Sentence starts of the field, found on first use (most texts combine nothing). */
  readonly starts: readonly number[];
}

/** A class with its getter on the prototype: an object literal with a getter is made slowly, at every lint. */
class LazyConceptContext implements ConceptContext {
  where: FieldText;
  hits: ConceptHits;

  constructor(where: FieldText, hits: ConceptHits) {
    this.where = where;
    this.hits = hits;
  }

  /** sentences.ts keeps the last texts' bounds, so asking again costs nothing. */
  get starts(): readonly number[] {
    return sentenceStarts(this.where.text);
  }
}

export function conceptContext(where: FieldText, hits: ConceptHits): ConceptContext {
  return new LazyConceptContext(where, hits);
}

/** The sentences [first, last] as one finding range, with a fix that removes them. */
function sentenceFinding(context: ConceptContext, ruleId: ConceptRuleId, first: number, last: number): Finding {
  const { where, starts } = context;
  const text = where.text;
  const [start] = sentenceRange(text, starts, first);
  const [, end] = sentenceRange(text, starts, last);
  const trimmedStart = start + (text.slice(start, end).length - text.slice(start, end).trimStart().length);
  const actual = text.slice(trimmedStart, end);
  const [removeStart, removeEnd] = removalRange(text, trimmedStart, end);
  const finding = makeFinding(ruleId, where, trimmedStart, end, 'phrase', { actual }, [{ label: 'removeSentence', replacement: '' }]);
  if (removeStart !== trimmedStart || removeEnd !== end) {
    // The fix removes the sentence with one adjacent space, so no double space is left.
    finding.start = removeStart;
    finding.end = removeEnd;
    finding.actual = text.slice(removeStart, removeEnd);
  }
  return finding;
}

/** Findings of the combining rules, one per sentence group, at most one per rule and sentence. */
export function checkConcepts(context: ConceptContext): Finding[] {
  const { hits } = context;
  const findings: Finding[] = [];
  for (const { rule, firstNeed, otherNeeds } of RULE_NEEDS) {
    // Sentences only once every concept of the rule is there: most texts have none, or one
    // alone ("refund" with no review in sight).
    if (!hasHits(hits, firstNeed) || !otherNeeds.every((need) => hasHits(hits, need))) continue;
    const anchors = hitsOf(hits, firstNeed);
    const starts = context.starts;
    const others = otherNeeds.map((need) => sentencesWith(hitsOf(hits, need), starts));
    const blocked = rule.none ? sentencesWith(rule.none.flatMap((c) => hits[c]), starts) : new Set<number>();
    let reported = -1;
    for (const anchor of anchors) {
      const s = sentenceAt(starts, anchor.start);
      if (s <= reported) continue;
      let first = s;
      let last = s;
      let ok = true;
      for (const set of others) {
        if (set.has(s)) continue;
        if (rule.window === 1 && set.has(s + 1)) last = Math.max(last, s + 1);
        else if (rule.window === 1 && set.has(s - 1)) first = Math.min(first, s - 1);
        else {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      let isBlocked = false;
      for (let k = first; k <= last; k++) if (blocked.has(k)) isBlocked = true;
      if (isBlocked) continue;
      findings.push(sentenceFinding(context, rule.ruleId, first, last));
      reported = last;
    }
  }
  return findings;
}

/**
 * Concept findings that repeat a phrase finding of the same category (the phrase already
 * pointed at the words, often with a rewrite) are dropped.
 */
export function withoutRepeats(conceptFindings: readonly Finding[], phraseFindings: readonly Finding[]): Finding[] {
  return conceptFindings.filter(
    (c) => !phraseFindings.some((p) => p.category === c.category && p.start < c.end && c.start < p.end),
  );
}


