/**
 * Building findings: metadata from the catalog, texts from the UI language's message catalog,
 * ranges that remove cleanly, casing of rewrites.
 */
import { ruleInfo, type RuleId } from './catalog.ts';
import { isLetterCodePoint } from './letters.ts';
import { format } from './messages/index.ts';
import type { LabelKey, MessageCatalog, MessageVariant, Params } from './messages/types.ts';
import type { Field, Finding, Severity, Suggestion } from './types.ts';

export interface FieldText {
  field: Field;
  text: string;
  /** The UI language's catalog, resolved once per lint call. */
  texts: MessageCatalog;
}

/** A suggestion before its label is put into words. */
export interface SuggestionDraft {
  label: LabelKey;
  params?: Params;
  /** The text that replaces [start, end). Empty string deletes. */
  replacement: string;
}

/** A finding, its message rendered from the rule's message variant in the UI language. */
export function makeFinding<R extends RuleId>(
  ruleId: R,
  where: FieldText,
  start: number,
  end: number,
  message: MessageVariant<R>,
  params?: Params,
  suggestions?: readonly SuggestionDraft[],
  severity?: Severity,
): Finding {
  const info = ruleInfo(ruleId);
  const texts = where.texts;
  const ruleTexts = texts.rules[ruleId];
  const finding: Finding = {
    ruleId,
    category: info.category,
    severity: severity ?? info.severity,
    field: where.field,
    start,
    end,
    actual: where.text.slice(start, end),
    message: format((ruleTexts.messages as Record<string, string>)[message] as string, params),
    why: ruleTexts.why,
    source: info.source,
  };
  if (suggestions && suggestions.length > 0) {
    finding.suggestions = suggestions.map(
      (s): Suggestion => ({ label: format(texts.labels[s.label], s.params), replacement: s.replacement }),
    );
  }
  return finding;
}

/** Punctuation that closes what comes before it: a removal before it takes the space before. */
const CLOSING_MARKS = ',.;:!?)';

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0' || c === '\u3000';
}

/**
 * The range to delete so that removing [start, end) leaves no double space and no space
 * dangling at a line's start or end: one adjacent space joins the range.
 */
export function removalRange(text: string, start: number, end: number): [number, number] {
  const before = text[start - 1];
  const after = text[end];
  const atLineStart = start === 0 || before === '\n' || before === '\r';
  const atLineEnd = end === text.length || after === '\n' || after === '\r';
  if (isSpace(before) && (isSpace(after) || atLineEnd || (after !== undefined && CLOSING_MARKS.includes(after)))) {
    return [start - 1, end];
  }
  if (isSpace(after) && atLineStart) return [start, end + 1];
  return [start, end];
}

/**
 * Gives a rewrite the casing of the text it replaces ("Positive review" -> "Review"): all in
 * capitals when the letters of the original are (two letters at least, and some of them cased),
 * else capitalised when its first letter is. One pass over the original's code points, with no
 * Unicode property regex (two of them cost a first lint a third of a millisecond to compile).
 * Case is judged letter by letter: lower case differs from a string exactly where it differs from
 * one of its letters (final sigma only picks between two small sigmas), and upper case has no context.
 */
export function matchCase(original: string, replacement: string): string {
  if (replacement === '') return replacement;
  let letterUnits = 0;
  let allUpper = true;
  let someCased = false;
  let first: string | undefined;
  for (let i = 0; i < original.length; ) {
    const cp = original.codePointAt(i) as number;
    const size = cp > 0xffff ? 2 : 1;
    if (isLetterCodePoint(cp)) {
      const letter = size === 1 ? (original[i] as string) : original.slice(i, i + 2);
      first ??= letter;
      letterUnits += size;
      if (cp < 128) {
        if (cp >= 97) allUpper = false;
        else someCased = true;
      } else {
        if (allUpper && letter.toUpperCase() !== letter) allUpper = false;
        if (!someCased && letter.toLowerCase() !== letter) someCased = true;
      }
    }
    i += size;
  }
  if (letterUnits > 1 && allUpper && someCased) return replacement.toUpperCase();
  if (first && first !== first.toLowerCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  }
  return replacement;
}
