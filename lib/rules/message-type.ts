/**
 * Whole-message classification (G1701, "not allowed: message types"): a message that only says
 * thank you, or that is only an order or shipping confirmation (Amazon sends those itself).
 * Judged on the whole message: a thank-you line inside a real message is fine. So a short message
 * with thanks, a confirmation or an offer of help is flagged only when nothing in it shows a
 * purpose of its own (a problem, a request, a question, an attachment: per-language data).
 */
import { ALL_LANGUAGES, languageIndex } from './books.ts';
import { makeFinding, type FieldText } from './finding.ts';
import { courtesyList, type Courtesy, type LanguageIndex } from './language-index.ts';
import { findPhraseMatches, type PhraseMatch } from './phrase-rules.ts';
import { isLetterCodePoint } from './letters.ts';
import { lowerSameLength, profileText, type TextProfile } from './scan.ts';
import type { Finding, Language } from './types.ts';

/** A thank-you-only or confirmation-only message is short; longer ones have content. */
const MAX_CHECKED_LENGTH = 700;

/** Where each kind of courtesy phrase occurs in a lower-cased text, every language together. */
type Courtesies = (kind: Courtesy) => readonly PhraseMatch[];

/**
 * The text is scanned once for every language's courtesy phrases (language-index.ts); a kind's
 * phrases are tried only when a message asks for that kind, and most short messages settle the
 * question with three or four of the seven.
 */
function courtesiesIn(text: string, languages: readonly Language[]): Courtesies {
  const found = new Map<Courtesy, PhraseMatch[]>();
  const indexes: LanguageIndex[] = languages.map((language) => languageIndex(language, 'courtesy'));
  let textProfile: TextProfile | undefined;
  return (kind) => {
    let matches = found.get(kind);
    if (!matches) {
      matches = [];
      textProfile ??= profileText(text, indexes);
      const list = courtesyList(kind);
      indexes.forEach((index, x) => {
        const candidates = (textProfile as TextProfile).candidates[x]?.[list];
        (matches as PhraseMatch[]).push(...findPhraseMatches(index, list, (textProfile as TextProfile).lower, candidates));
      });
      found.set(kind, matches);
    }
    return matches;
  };
}

/** The text with the matches of some kinds of phrase blanked (same length, so a question mark keeps its place). */
function blank(text: string, kinds: readonly Courtesy[], courtesies: Courtesies): string {
  const ranges: PhraseMatch[] = [];
  for (const kind of kinds) ranges.push(...courtesies(kind));
  if (ranges.length === 0) return text;
  ranges.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const { start, end } of ranges) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    out += text.slice(at, from) + ' '.repeat(end - from);
    at = end;
  }
  return out + text.slice(at);
}

/** Letters left beside the courtesies: a greeting's and a signature's names and a shop's name fit. */
const MAX_COURTESY_REST = 120;
/** A confirmation also carries a date, a carrier, a tracking number. */
const MAX_CONFIRMATION_REST = 110;
const LINKS = /\S+:\/\/\S+/g;

/** Everything that is neutral padding, blanked out before looking for a question. */
const PADDING: readonly Courtesy[] = ['padding', 'signOffs', 'helpOffers', 'thanks', 'checkIns'];

export type MessageType = 'thank-you-only' | 'confirmation-only' | 'help-only' | 'delivery-check-in';

/** What the whole message is, if it is one of the types Amazon does not permit. */
export interface MessageFacts {
  /** The message gives an email address or a phone number (found by the contact rules). */
  sharesContact?: boolean;
}

/** Letters, as \p{L} counts them (letters.ts: a table, no Unicode regex for Latin text). */
function countLetters(text: string): number {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i) as number;
    if (isLetterCodePoint(cp)) letters++;
    if (cp > 0xffff) i++;
  }
  return letters;
}

export function classifyMessage(body: string, facts: MessageFacts = {}, languages: readonly Language[] = ALL_LANGUAGES): MessageType | undefined {
  // Phrase regexes run on lower case (compile.ts).
  const text = lowerSameLength(body.trim());
  if (text.length === 0 || text.length > MAX_CHECKED_LENGTH) return undefined;
  const courtesies = courtesiesIn(text, languages);
  const contains = (kind: Courtesy) => courtesies(kind).length > 0;
  const confirmation = contains('confirmation');
  const checkIn = !confirmation && contains('checkIns');
  const thanks = !confirmation && !checkIn && contains('thanks');
  const help = !confirmation && !checkIn && !thanks && contains('helpOffers');
  // "Questions? Call us on …" is a (forbidden) support channel rather than an empty courtesy,
  // unless the message also only thanks the buyer.
  if (!confirmation && !checkIn && !thanks && (facts.sharesContact || !help)) return undefined;
  // A problem, a request, an attachment: the message has a purpose of its own. Not a word of a
  // shipping confirmation, though: "the expected delivery date" confirms, it does not ask.
  const framing = confirmation ? courtesies('confirmation') : [];
  if (courtesies('purpose').some((p) => !framing.some((f) => f.start <= p.start && p.end <= f.end))) return undefined;
  // So has a question the padding does not explain ("Which colour would you like?").
  // (A link's query string is not a question.)
  let rest = blank(text, PADDING, courtesies);
  if (rest.includes('://')) rest = rest.replace(LINKS, (link) => ' '.repeat(link.length));
  if (rest.includes('?') || rest.includes('？')) return undefined;
  // And so has a message with more to say than its courtesies: what is left once they are
  // blanked out (names in the greeting and the signature, a shop name) must be short.
  if (confirmation) rest = blank(rest, ['confirmation'], courtesies);
  const letters = countLetters(rest);
  if (letters > (confirmation ? MAX_CONFIRMATION_REST : MAX_COURTESY_REST)) return undefined;
  if (confirmation) return 'confirmation-only';
  if (checkIn) return 'delivery-check-in';
  return thanks ? 'thank-you-only' : 'help-only';
}

/** The phrase that made a help-only or check-in message what it is, to quote it. */
function firstMatch(kind: Courtesy, text: string, languages: readonly Language[]): string {
  const first = courtesiesIn(lowerSameLength(text), languages)(kind).reduce<PhraseMatch | undefined>((a, m) => (a === undefined || m.start < a.start ? m : a), undefined);
  return first ? text.slice(first.start, first.end) : '';
}

export function checkMessageType(where: FieldText, facts: MessageFacts = {}, languages: readonly Language[] = ALL_LANGUAGES): Finding[] {
  const type = classifyMessage(where.text, facts, languages);
  if (!type) return [];
  const text = where.text;
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  switch (type) {
    case 'confirmation-only':
      return [makeFinding(type, where, start, end, 'confirmation')];
    case 'delivery-check-in':
      return [makeFinding(type, where, start, end, 'checkIn', { actual: firstMatch('checkIns', text, languages) })];
    case 'help-only':
      return [makeFinding(type, where, start, end, 'help', { actual: firstMatch('helpOffers', text, languages) })];
    default:
      return [makeFinding(type, where, start, end, 'thanks')];
  }
}
