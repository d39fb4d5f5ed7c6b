/**
 * A phone number written out in words ("zero six, twenty-four, thirty-eight, fifty"), built the
 * same way in every language from its number words.
 *
 * G1701 forbids phone numbers in messages, whatever their spelling; sellers who know that digits
 * are blocked write them as words, or mix words and digits ("صفر خمسة خمسة، ٨١٩٠"). One number
 * word is everyday text ("one more", "two days"); six or more in a row, the first three of them
 * words, with nothing but commas, dashes or spaces between them, is a number being dictated (a
 * list of sizes, "two: 36, 38, 40", is not).
 */
import type { PhrasePattern } from './types.ts';

export interface NumberWords {
  /**
   * The words of the numbers a phone number is read in, as regex alternatives: the digits, the
   * teens and tens, "hundred", and the words said only on the phone ("meia" for six in Brazil,
   * "double" in English). Compounds are alternatives of their own ("vierentwintig").
   */
  words: readonly string[];
  /** Words that join the parts of one number ("vingt et un", "twenty and one"): none when not given. */
  joiners?: readonly string[];
  /** A prefix that may stick to a number word (the Arabic "و", and: "وعشرون"). */
  prefix?: string;
}

/** At least this many number words or digit groups in a row make a dictated number. */
const MIN_PARTS = 6;
const MAX_PARTS = 24;
/** Between two parts: a comma, a dash, a slash or a full stop, spaced or not (the Arabic comma too). */
const SEPARATOR = '[ ,،/.–-]{1,3}';
/** A group of digits among the words ("zero six, 24 38 50"). */
const DIGITS = '[\\d\\u0660-\\u0669\\u06f0-\\u06f9]{1,4}';

/**
 * The phone-number pattern of a language written with spaces. It starts with a number word (so it
 * is tried only where one stands, compile.ts mayOccur) and removes the whole number when fixed.
 */
export function spelledPhone(numbers: NumberWords): PhrasePattern[] {
  const word = `${numbers.prefix ? `${numbers.prefix}?` : ''}(?:${numbers.words.join('|')})`;
  const joiner = numbers.joiners && numbers.joiners.length > 0 ? `(?:${SEPARATOR}(?:${numbers.joiners.join('|')}))?` : '';
  const next = `${joiner}${SEPARATOR}`;
  return [{ pattern: `${word}${next}${word}${next}${word}(?:${next}(?:${word}|${DIGITS})){${MIN_PARTS - 3},${MAX_PARTS}}`, replacement: '', label: 'removePhone' }];
}

/**
 * The same for Japanese and Chinese, where a number is read digit by digit in characters
 * ("幺八六、零二七五", "〇九〇の一二三四"): seven or more digit characters, with at most a mark or
 * two between them.
 */
export function spelledPhoneUnspaced(digits: string, separators: string): PhrasePattern[] {
  return [{ pattern: `${digits}(?:[${separators}]{0,2}${digits}){6,16}`, replacement: '', label: 'removePhone' }];
}
