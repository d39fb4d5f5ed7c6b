/**
 * "[Important]"-style tags. Amazon removed the option to add "[Important]" to the subject to
 * override a buyer's opt-out (announcement "Change to Buyer-Seller Messaging options"), but old
 * advice still circulates, so sellers keep typing it, in any case, bracket style or language.
 */
import { toRegexSource } from './compile.ts';
import { makeFinding, removalRange, type FieldText } from './finding.ts';
import { PHRASE_BOOKS } from './phrases/index.ts';
import { isSpaceCode } from './sentences.ts';
import type { Finding } from './types.ts';

const OPEN = '[\\[(（{｛【〔［〖「『<＜《〈]';
const CLOSE = '[\\])）}｝】〕］〗」』>＞》〉]';
/** Decoration sellers put around the word: "[ *IMPORTANT* ]", "[!! Wichtig !!]". */
const DECORATION = '[\\s*!！:：._\\-–—]{0,4}';
/** A few more words inside the brackets still make a tag: "[Important update]". */
const TAIL = "(?:[\\s:：,\\-–—!！.]{1,3}[\\p{L}\\p{N}'’]{1,20}){0,4}";

const words = [...new Set(PHRASE_BOOKS.flatMap((book) => book.importantTagWords))]
  .map((word) => toRegexSource(word))
  .sort((a, b) => b.length - a.length);

const TAG_SOURCE = `${OPEN}${DECORATION}(?:${words.join('|')})${TAIL}${DECORATION}${CLOSE}`;
/**
 * Made on the first bracket that may open a tag, sticky: an alternation of every language's
 * words with the flags `iu` costs V8 milliseconds to compile, and most texts have no tag.
 */
let tagRegex: RegExp | undefined;

/** Where a tag may start: an opening bracket (no `u`: each one is a single code unit). */
const OPENING = /[[(（{｛【〔［〖「『<＜《〈]/g;

/** DECORATION's characters: [\s*!！:：._\-–—]. */
function isDecoration(c: number): boolean {
  return isSpaceCode(c) || c === 42 || c === 33 || c === 0xff01 || c === 58 || c === 0xff1a || c === 46 || c === 95 || c === 45 || c === 0x2013 || c === 0x2014;
}

/**
 * What each word starts with, literally (its source up to the first regex syntax, at most three
 * characters): "(order" is no tag, though the Turkish "onemli" starts with an o. A word with no
 * literal start could start with anything: then every bracket is tried.
 */
const PREFIX_LENGTH = 3;
const PREFIXES = new Map<number, string[]>();
let anyStart = false;
for (const word of words) {
  const syntax = word.search(/[\\[\](){}.?*+|^$]/);
  // A quantifier makes the character before it optional: it is no literal start either.
  const literal = syntax === -1 ? word.length : '?*+{'.includes(word.charAt(syntax)) ? syntax - 1 : syntax;
  const prefix = word.slice(0, Math.min(literal, PREFIX_LENGTH));
  if (prefix.length === 0 || word.includes('|') || isDecoration(prefix.charCodeAt(0))) anyStart = true;
  const first = prefix.charCodeAt(0);
  const list = PREFIXES.get(first);
  if (!list) PREFIXES.set(first, [prefix]);
  else if (!list.includes(prefix)) list.push(prefix);
}

/**
 * A character as `iu` compares it with the words' letters (lower case as written): in lower
 * case, the long s (ſ) as s. A letter whose lower case is longer (İ) gives its first unit.
 */
function folded(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  return c === 0x17f ? 115 : String.fromCharCode(c).toLowerCase().charCodeAt(0);
}

/**
 * Whether a tag word may start at `at`, after at most four decoration characters: a quick test
 * before the regex, which may say yes too often, never too rarely.
 */
function mayStartWord(text: string, at: number): boolean {
  if (anyStart) return true;
  for (let k = 0; k <= 4 && at + k < text.length; k++) {
    const c = text.charCodeAt(at + k);
    const prefixes = PREFIXES.get(folded(c));
    if (prefixes && prefixes.some((prefix) => startsWithFolded(text, at + k, prefix))) return true;
    if (!isDecoration(c)) return false;
  }
  return false;
}

function startsWithFolded(text: string, at: number, prefix: string): boolean {
  for (let j = 1; j < prefix.length; j++) if (folded(text.charCodeAt(at + j)) !== prefix.charCodeAt(j)) return false;
  return true;
}

/**
 * The tags of a text (at most 100), as a global search for TAG_SOURCE finds them: a match starts
 * at an opening bracket, so only brackets followed by what may start a word are tried.
 */
export function findImportantTags(text: string): { start: number; end: number }[] {
  const tags: { start: number; end: number }[] = [];
  OPENING.lastIndex = 0;
  while (tags.length < 100 && OPENING.test(text)) {
    const at = OPENING.lastIndex - 1;
    if (!mayStartWord(text, at + 1)) continue;
    tagRegex ??= new RegExp(TAG_SOURCE, 'iuy');
    tagRegex.lastIndex = at;
    const m = tagRegex.exec(text);
    if (!m) continue;
    OPENING.lastIndex = at + m[0].length;
    tags.push({ start: at, end: at + m[0].length });
  }
  return tags;
}

export function checkImportantTag(where: FieldText): Finding[] {
  const text = where.text;
  return findImportantTags(text).map(({ start: tagStart, end: tagEnd }) => {
    const [start, end] = removalRange(text, tagStart, tagEnd);
    return makeFinding('important-tag', where, start, end, 'tag', { actual: text.slice(tagStart, tagEnd) }, [{ label: 'removeTag', replacement: '' }]);
  });
}
