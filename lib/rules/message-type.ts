/**
 * Whole-message classification (G1701, "not allowed: message types"): a message that only says
 * thank you, or that is only an order or shipping confirmation (Amazon sends those itself).
 * Judged on the whole message: a thank-you line inside a real message is fine. So a short message
 * with thanks, a confirmation or an offer of help is flagged only when nothing in it shows a
 * purpose of its own (a problem, a request, a question, an attachment: per-language data).
 */
import { ALL_LANGUAGES, bookMatcher } from './books.ts';
import { allRegex, type PhraseMatcher } from './compile.ts';
import { makeFinding, type FieldText } from './finding.ts';
import { lowerSameLength } from './scan.ts';
import type { PhraseBook } from './phrases/types.ts';
import type { Finding, Language } from './types.ts';

/** A thank-you-only or confirmation-only message is short; longer ones have content. */
const MAX_CHECKED_LENGTH = 700;

type Courtesy = keyof PhraseBook['courtesy'];

function matchers(kind: Courtesy, languages: readonly Language[]): PhraseMatcher[] {
  return languages.map((language) => bookMatcher(language, `courtesy:${kind}`, (book) => book.courtesy[kind]));
}

function contains(kind: Courtesy, text: string, languages: readonly Language[]): boolean {
  for (const matcher of matchers(kind, languages)) {
    const re = allRegex(matcher);
    if (!re) continue;
    re.lastIndex = 0;
    if (re.test(text)) return true;
  }
  return false;
}

/** The matches of a kind of phrase, blanked (same length, so a question mark keeps its place). */
function blank(kind: Courtesy, text: string, languages: readonly Language[]): string {
  let out = text;
  for (const matcher of matchers(kind, languages)) {
    const re = allRegex(matcher);
    if (!re) continue;
    re.lastIndex = 0;
    out = out.replace(re, (m) => ' '.repeat(m.length));
  }
  return out;
}

/** Letters left beside the courtesies: a greeting's and a signature's names and a shop's name fit. */
const MAX_COURTESY_REST = 60;
/** A confirmation also carries a date, a carrier, a tracking number. */
const MAX_CONFIRMATION_REST = 110;
const LETTER = /\p{L}/gu;
const LINKS = /\S+:\/\/\S+/gu;

/** Everything that is neutral padding, blanked out before looking for a question. */
const PADDING: readonly Courtesy[] = ['padding', 'signOffs', 'helpOffers', 'thanks', 'checkIns'];

export type MessageType = 'thank-you-only' | 'confirmation-only' | 'help-only' | 'delivery-check-in';

/** What the whole message is, if it is one of the types Amazon does not permit. */
export interface MessageFacts {
  /** The message gives an email address or a phone number (found by the contact rules). */
  sharesContact?: boolean;
}

export function classifyMessage(body: string, facts: MessageFacts = {}, languages: readonly Language[] = ALL_LANGUAGES): MessageType | undefined {
  // Phrase regexes run on lower case (compile.ts).
  const text = lowerSameLength(body.trim());
  if (text.length === 0 || text.length > MAX_CHECKED_LENGTH) return undefined;
  const confirmation = contains('confirmation', text, languages);
  const checkIn = !confirmation && contains('checkIns', text, languages);
  const thanks = !confirmation && !checkIn && contains('thanks', text, languages);
  const help = !confirmation && !checkIn && !thanks && contains('helpOffers', text, languages);
  // "Questions? Call us on …" is a (forbidden) support channel rather than an empty courtesy,
  // unless the message also only thanks the buyer.
  if (!confirmation && !checkIn && !thanks && (facts.sharesContact || !help)) return undefined;
  // A problem, a request, an attachment: the message has a purpose of its own.
  if (contains('purpose', text, languages)) return undefined;
  // So has a question the padding does not explain ("Which colour would you like?").
  // (A link's query string is not a question.)
  let rest = text.replace(LINKS, ' ');
  for (const kind of PADDING) rest = blank(kind, rest, languages);
  if (/[?？]/u.test(rest)) return undefined;
  // And so has a message with more to say than its courtesies: what is left once they are
  // blanked out (names in the greeting and the signature, a shop name) must be short.
  if (confirmation) rest = blank('confirmation', rest, languages);
  const letters = rest.match(LETTER)?.length ?? 0;
  if (letters > (confirmation ? MAX_CONFIRMATION_REST : MAX_COURTESY_REST)) return undefined;
  if (confirmation) return 'confirmation-only';
  if (checkIn) return 'delivery-check-in';
  return thanks ? 'thank-you-only' : 'help-only';
}

/** The phrase that made a help-only or check-in message what it is, to quote it. */
function firstMatch(kind: Courtesy, text: string, languages: readonly Language[]): string {
  const lower = lowerSameLength(text);
  for (const matcher of matchers(kind, languages)) {
    const re = allRegex(matcher);
    if (!re) continue;
    re.lastIndex = 0;
    const m = re.exec(lower);
    if (m) return text.slice(m.index, m.index + m[0].length);
  }
  return '';
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
