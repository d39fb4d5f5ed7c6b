/**
 * "[Important]"-style tags. Amazon removed the option to add "[Important]" to the subject to
 * override a buyer's opt-out (announcement "Change to Buyer-Seller Messaging options"), but old
 * advice still circulates, so sellers keep typing it, in any case, bracket style or language.
 */
import { toRegexSource } from './compile.ts';
import { makeFinding, removalRange, type FieldText } from './finding.ts';
import { PHRASE_BOOKS } from './phrases/index.ts';
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

const TAG = new RegExp(`${OPEN}${DECORATION}(?:${words.join('|')})${TAIL}${DECORATION}${CLOSE}`, 'giu');

export function checkImportantTag(where: FieldText): Finding[] {
  const text = where.text;
  const findings: Finding[] = [];
  TAG.lastIndex = 0;
  for (let m = TAG.exec(text); m; m = TAG.exec(text)) {
    const [start, end] = removalRange(text, m.index, m.index + m[0].length);
    findings.push(
      makeFinding('important-tag', where, start, end, 'tag', { actual: m[0] }, [{ label: 'removeTag', replacement: '' }]),
    );
    if (findings.length >= 100) break;
  }
  return findings;
}
