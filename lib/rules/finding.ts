/**
 * Building findings: metadata from the catalog, texts from the UI language's message catalog,
 * ranges that remove cleanly, casing of rewrites.
 */
import { ruleInfo, type RuleId } from './catalog.ts';
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
  if (isSpace(before) && (isSpace(after) || atLineEnd || /^[,.;:!?)]$/.test(after ?? ''))) {
    return [start - 1, end];
  }
  if (isSpace(after) && atLineStart) return [start, end + 1];
  return [start, end];
}

/** Gives a rewrite the casing of the text it replaces ("Positive review" -> "Review"). */
export function matchCase(original: string, replacement: string): string {
  if (replacement === '') return replacement;
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) {
    return replacement.toUpperCase();
  }
  const first = original.match(/\p{L}/u)?.[0];
  if (first && first !== first.toLowerCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  }
  return replacement;
}
