/**
 * What the engine must know of every language before it has loaded any phrase data: how to tell
 * which languages a message is in (stop words, script), and the few words the language-blind
 * checks read from every language at once ("[Important]" tag words, template variable words,
 * Amazon's feedback notice). Small enough to ship in the engine itself; the phrase lists (the
 * bulk) come in per-language packs (packs.ts) when a message needs them.
 */
import type { PhraseBook } from './types.ts';

export const SIGN_FIELDS = [
  'language',
  'name',
  'wordBoundaries',
  'stopWords',
  'script',
  'importantTagWords',
  'placeholderWords',
  'placeholderKinds',
  'amazonFeedbackNotice',
] as const satisfies readonly (keyof PhraseBook)[];

export type LanguageSigns = Pick<PhraseBook, (typeof SIGN_FIELDS)[number]>;

/** A book's signs, fields in a fixed order (the generated module is compared as text). */
export function signsOf(book: PhraseBook): LanguageSigns {
  const signs: Partial<Record<(typeof SIGN_FIELDS)[number], unknown>> = {};
  for (const field of SIGN_FIELDS) if (book[field] !== undefined) signs[field] = book[field];
  return signs as LanguageSigns;
}
