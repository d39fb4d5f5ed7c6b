/**
 * Whole-message classification (G1701, "not allowed: message types"): a message that only says
 * thank you, or that is only an order or shipping confirmation (Amazon sends those itself).
 * Judged on the whole message: a thank-you line inside a real message is fine. So the known
 * courtesy phrases are blanked out, and whatever is left decides: if no sentence has more than a
 * few words left, the message has no content of its own.
 */
import { compilePhraseMatcher, type PhraseMatcher } from './compile.ts';
import { makeFinding, type FieldText } from './finding.ts';
import { PHRASE_BOOKS } from './phrases/index.ts';
import type { PhraseBook } from './phrases/types.ts';
import type { Finding } from './types.ts';

/** A thank-you-only or confirmation-only message is short; longer ones have content. */
const MAX_CHECKED_LENGTH = 700;
/** Words (of three letters or more) a sentence may keep and still be padding: a name, "and will arrive Tuesday". */
const MAX_LEFTOVER_WORDS = 4;
/** The same for Japanese, in characters. */
const MAX_LEFTOVER_JAPANESE = 6;
/** A signature after the sign-off ("Best regards, Anna from Lumi Home"). */
const MAX_SIGNATURE = 80;

function courtesyMatcher(id: string, pick: (courtesy: PhraseBook['courtesy']) => readonly string[]): PhraseMatcher {
  return compilePhraseMatcher(
    id,
    PHRASE_BOOKS.map((book) => ({ wordBoundaries: book.wordBoundaries, list: pick(book.courtesy) })),
  );
}

const CONFIRMATION = courtesyMatcher('confirmation', (c) => c.confirmation);
const THANKS = courtesyMatcher('thanks', (c) => c.thanks);
const PADDING = courtesyMatcher('padding', (c) => c.padding);
const SIGN_OFF = courtesyMatcher('sign-off', (c) => c.signOffs);
/** Order IDs, tracking numbers, dates and other numbers carry no words of their own. */
const NUMBERS = /[\p{N}][\p{N}\p{L}./:-]*/gu;
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/u;

function blank(text: string, re: RegExp | null, onMatch?: () => void): string {
  if (!re) return text;
  re.lastIndex = 0;
  return text.replace(re, (m) => {
    onMatch?.();
    return ' '.repeat(m.length);
  });
}

export type MessageType = 'thank-you-only' | 'confirmation-only';

/** What the whole message is, if it is one of the types Amazon does not permit. */
export function classifyMessage(body: string): MessageType | undefined {
  let text = body.trim();
  if (text.length === 0 || text.length > MAX_CHECKED_LENGTH) return undefined;

  // Everything after the last sign-off is a signature.
  const signOff = SIGN_OFF.all;
  if (signOff) {
    signOff.lastIndex = 0;
    let signatureStart = -1;
    for (let m = signOff.exec(text); m; m = signOff.exec(text)) signatureStart = m.index + m[0].length;
    if (signatureStart >= 0 && text.length - signatureStart <= MAX_SIGNATURE) text = text.slice(0, signatureStart);
  }

  let confirmation = false;
  let thanks = false;
  text = blank(text, CONFIRMATION.all, () => (confirmation = true));
  text = blank(text, THANKS.all, () => (thanks = true));
  if (!confirmation && !thanks) return undefined;
  text = blank(text, PADDING.all);
  text = blank(text, SIGN_OFF.all);
  text = text.replace(NUMBERS, (m) => ' '.repeat(m.length));

  for (const sentence of text.split(/[.!。！\n]+/u)) {
    if (JAPANESE.test(sentence)) {
      if (sentence.replace(/[^\p{L}\p{N}]/gu, '').length > MAX_LEFTOVER_JAPANESE) return undefined;
      continue;
    }
    const words = sentence.match(/\p{L}{3,}/gu)?.length ?? 0;
    // A question the padding did not explain is content ("Which colour would you like?").
    if (words > MAX_LEFTOVER_WORDS || (words > 0 && /[?？]/u.test(sentence))) return undefined;
  }
  return confirmation ? 'confirmation-only' : 'thank-you-only';
}

export function checkMessageType(where: FieldText): Finding[] {
  const type = classifyMessage(where.text);
  if (!type) return [];
  const text = where.text;
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  const message =
    type === 'confirmation-only'
      ? 'This message is only an order or shipping confirmation: Amazon sends those itself, and sellers may not. Send a message only when something needs the buyer\'s attention to complete the order.'
      : 'This message only says thank you: messages that only thank the buyer (or only offer help) are not permitted. Add it to a message that has a purpose, or do not send it.';
  return [makeFinding(type, where, start, end, message)];
}
