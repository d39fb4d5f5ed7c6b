/**
 * "[Important]"-style tags. Amazon removed the option to add "[Important]" to the subject to
 * override a buyer's opt-out (announcement "Change to Buyer-Seller Messaging options"), but old
 * advice still circulates, so sellers keep typing it, in any case, bracket style or language.
 */
import { toRegexSource } from './compile.ts';
import { makeFinding, removalRange, type FieldText } from './finding.ts';
import { IMPORTANT_TAG } from './phrases/index.ts';
import type { Finding } from './types.ts';

const OPEN = '[\\[(（{｛【〔［〖「『<＜《〈]';
const CLOSE = '[\\])）}｝】〕］〗」』>＞》〉]';
/** Decoration sellers put around the word: "[ *IMPORTANT* ]", "[!! Wichtig !!]". */
const DECORATION = '[\\s*!！:：._\\-–—]{0,4}';
/** A few more words inside the brackets still make a tag: "[Important update]". */
const TAIL = "(?:[\\s:：,\\-–—!！.]{1,3}[\\p{L}\\p{N}'’]{1,20}){0,4}";

/**
 * Made on the first bracket that may open a tag, sticky: an alternation of every language's
 * words with the flags `iu` costs V8 milliseconds to compile, and most texts have no tag.
 */
let tagRegex: RegExp | undefined;

/** DECORATION's characters: [\s*!！:：._\-–—]. */
const DECORATION_CHARS = '\\s*!！:：._\\-–—';

/**
 * What each word starts with, literally (its source up to the first regex syntax, at most three
 * characters): "(order" is no tag, though the Turkish "onemli" starts with an o. A word with no
 * literal start could start with anything: then every bracket is tried.
 */
const PREFIX_LENGTH = 3;

/**
 * The letters `iu` matches to a small letter that `i` alone does not (simple case folding
 * against toUpperCase): the long s, the Kelvin and Ångström signs, capital sharp s, the ohm sign.
 */
const FOLDED_ONLY_BY_U: Readonly<Record<string, string>> = { s: 'ſ', k: '\u212a', å: '\u212b', ß: '\u1e9e', ω: '\u2126' };

function prefixSource(prefix: string): string {
  let out = '';
  for (const c of prefix) {
    const literal = c.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
    out += FOLDED_ONLY_BY_U[c] ? `[${literal}${FOLDED_ONLY_BY_U[c] as string}]` : literal;
  }
  return out;
}

/** The regex sources of the tags, from every language's tag words. */
export interface TagSources {
  /** The whole tag, to run with the flags `iuy`. */
  tag: string;
  /**
   * Where a tag may start: an opening bracket, at most four decoration characters and the start
   * of a word, to run with the flags `gi` (without `u`: every character here is one code unit,
   * and the letters `u` would add are listed). Cheap to compile, and a flood of "[[[[" or
   * "(a(a" is skipped in native code. Null when some word could start with anything.
   */
  opening: string | null;
}

/** Worked out when the signs are generated (scripts/language-signs.ts), not at every cold start. */
export function tagSources(tagWords: readonly string[]): TagSources {
  const words = [...new Set(tagWords)].map((word) => toRegexSource(word)).sort((a, b) => b.length - a.length);
  const prefixes = new Set<string>();
  let anyStart = false;
  for (const word of words) {
    const syntax = word.search(/[\\[\](){}.?*+|^$]/);
    // A quantifier makes the character before it optional: it is no literal start either.
    const literal = syntax === -1 ? word.length : '?*+{'.includes(word.charAt(syntax)) ? syntax - 1 : syntax;
    const prefix = word.slice(0, Math.min(literal, PREFIX_LENGTH));
    if (prefix.length === 0 || word.includes('|')) anyStart = true;
    prefixes.add(prefix);
  }
  return {
    tag: `${OPEN}${DECORATION}(?:${words.join('|')})${TAIL}${DECORATION}${CLOSE}`,
    opening: anyStart ? null : `[[(（{｛【〔［〖「『<＜《〈](?=[${DECORATION_CHARS}]{0,4}(?:${[...prefixes].map(prefixSource).join('|')}))`,
  };
}

let opening: RegExp | undefined;

/**
 * The tags of a text (at most 100), as a global search for the tag source finds them: a match
 * starts where the opening matches, so only there the tag regex is tried.
 */
export function findImportantTags(text: string): { start: number; end: number }[] {
  const tags: { start: number; end: number }[] = [];
  const OPENING = (opening ??= IMPORTANT_TAG.opening === null ? /[[(（{｛【〔［〖「『<＜《〈]/g : new RegExp(IMPORTANT_TAG.opening, 'gi'));
  OPENING.lastIndex = 0;
  while (tags.length < 100 && OPENING.test(text)) {
    const at = OPENING.lastIndex - 1;
    tagRegex ??= new RegExp(IMPORTANT_TAG.tag, 'iuy');
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
