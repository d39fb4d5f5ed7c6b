/**
 * Whole-message classification (G1701, "not allowed: message types"): a message that only says
 * thank you, or that is only an order or shipping confirmation (Amazon sends those itself).
 * Judged on the whole message: a thank-you line inside a real message is fine. So a short message
 * with thanks, a confirmation or an offer of help is flagged only when nothing in it shows a
 * purpose of its own (a problem, a request, a question, an attachment: per-language data).
 */
import { allRegex, compilePhraseMatcher, type PhraseMatcher } from './compile.ts';
import { makeFinding, type FieldText } from './finding.ts';
import { PHRASE_BOOKS } from './phrases/index.ts';
import type { PhraseBook } from './phrases/types.ts';
import type { Finding } from './types.ts';

/** A thank-you-only or confirmation-only message is short; longer ones have content. */
const MAX_CHECKED_LENGTH = 700;

function courtesyMatcher(id: string, pick: (courtesy: PhraseBook['courtesy']) => readonly string[]): PhraseMatcher {
  return compilePhraseMatcher(
    id,
    PHRASE_BOOKS.map((book) => ({ wordBoundaries: book.wordBoundaries, list: pick(book.courtesy) })),
  );
}

const CONFIRMATION = courtesyMatcher('confirmation', (c) => c.confirmation);
const THANKS = courtesyMatcher('thanks', (c) => c.thanks);
const HELP = courtesyMatcher('help', (c) => c.helpOffers);
const PURPOSE = courtesyMatcher('purpose', (c) => c.purpose);
/** Everything that is neutral padding, blanked out before looking for a question. */
const PADDING = [
  courtesyMatcher('padding', (c) => c.padding),
  courtesyMatcher('sign-off', (c) => c.signOffs),
  HELP,
  THANKS,
];

function contains(matcher: PhraseMatcher, text: string): boolean {
  const re = allRegex(matcher);
  if (!re) return false;
  re.lastIndex = 0;
  return re.test(text);
}

function blank(matcher: PhraseMatcher, text: string): string {
  const re = allRegex(matcher);
  if (!re) return text;
  re.lastIndex = 0;
  return text.replace(re, (m) => ' '.repeat(m.length));
}

export type MessageType = 'thank-you-only' | 'confirmation-only';

/** What the whole message is, if it is one of the types Amazon does not permit. */
export interface MessageFacts {
  /** The message gives an email address or a phone number (found by the contact rules). */
  sharesContact?: boolean;
}

export function classifyMessage(body: string, facts: MessageFacts = {}): MessageType | undefined {
  const text = body.trim();
  if (text.length === 0 || text.length > MAX_CHECKED_LENGTH) return undefined;
  const confirmation = contains(CONFIRMATION, text);
  const thanks = !confirmation && contains(THANKS, text);
  // "Questions? Call us on …" is a (forbidden) support channel rather than an empty courtesy,
  // unless the message also only thanks the buyer.
  if (!confirmation && !thanks && (facts.sharesContact || !contains(HELP, text))) return undefined;
  // A problem, a request, an attachment: the message has a purpose of its own.
  if (contains(PURPOSE, text)) return undefined;
  // So has a question the padding does not explain ("Which colour would you like?").
  let rest = text;
  for (const matcher of PADDING) rest = blank(matcher, rest);
  if (/[?？]/u.test(rest)) return undefined;
  return confirmation ? 'confirmation-only' : 'thank-you-only';
}

export function checkMessageType(where: FieldText, facts: MessageFacts = {}): Finding[] {
  const type = classifyMessage(where.text, facts);
  if (!type) return [];
  const text = where.text;
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  return [
    type === 'confirmation-only'
      ? makeFinding(type, where, start, end, 'confirmation')
      : makeFinding(type, where, start, end, 'thanks'),
  ];
}
