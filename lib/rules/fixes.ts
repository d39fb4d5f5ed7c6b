/**
 * A fix for every error and warning that has none of its own: a seller told "this is
 * promotional" wants the message fixed. In order of preference, a rule's own rewrite (made where
 * the finding is), then here: a template variable filled in from what the page knows or removed,
 * the offending sentence removed (the greeting before it kept, no double space or empty line left
 * behind), "Choose a template" for a message that only thanks or confirms, and the text over the
 * limit selected for a message that is too long.
 */
import { removalRange, type FieldText } from './finding.ts';
import { format } from './messages/index.ts';
import type { LabelKey, MessageCatalog, Params } from './messages/types.ts';
import { placeholderKind } from './placeholder.ts';
import { sentenceAt, sentenceStarts } from './sentences.ts';
import type { ContactReason, Field, Finding, LintOptions, Suggestion, TemplatePurposeId } from './types.ts';

/** The permitted purposes that can replace a message Amazon does not allow on its own. */
const TEMPLATE_PURPOSES: Readonly<Record<string, readonly TemplatePurposeId[]>> = {
  'thank-you-only': ['information-needed', 'delay-or-problem', 'review-request'],
  'confirmation-only': ['delay-or-problem', 'information-needed', 'delivery-scheduling'],
  'delivery-check-in': ['delivery-scheduling', 'delay-or-problem'],
  'help-only': ['information-needed', 'return-question', 'warranty-instructions'],
};

/** What a message sent under a critical contact reason should be about. */
const REASON_PURPOSES: Readonly<Partial<Record<ContactReason, readonly TemplatePurposeId[]>>> = {
  customization: ['customization-confirmation'],
  'delivery-scheduling': ['delivery-scheduling'],
  'address-issue': ['address-problem'],
  'unexpected-problem': ['delay-or-problem'],
};

/** A greeting before the offending words ("Hi John, …") has at most this many words. */
const MAX_GREETING_WORDS = 4;

function suggestion(texts: MessageCatalog, label: LabelKey, replacement: string, params?: Params): Suggestion {
  return { label: format(texts.labels[label], params), replacement };
}

function isBlank(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0' || c === '\u3000';
}

/** Whether `at` starts the text or a line that comes after an empty line. */
function followsEmptyLine(text: string, at: number): boolean {
  if (at === 0) return true;
  if (text[at - 1] !== '\n') return false;
  let i = at - 1;
  if (text[i - 1] === '\r') i--;
  return i === 0 || text[i - 1] === '\n';
}

/**
 * The span that removes the sentences holding [start, end): the whole line when they are all
 * of it (and one of two empty lines around it), else the sentences with the space that
 * separates them from the rest. A greeting that opens the message before a comma stays.
 */
export function sentenceRemoval(text: string, start: number, end: number, starts: readonly number[] = sentenceStarts(text)): [number, number] {
  const first = sentenceAt(starts, start);
  const last = sentenceAt(starts, Math.max(start, end - 1));
  let a = starts[first] as number;
  let b = last + 1 < starts.length ? (starts[last + 1] as number) : text.length;
  while (a < b && /\s/u.test(text[a] as string)) a++;
  while (b > a && /\s/u.test(text[b - 1] as string)) b--;
  if (first === 0) {
    const comma = text.indexOf(',', a);
    if (comma !== -1 && comma < start && text.slice(a, comma).split(/\s+/u).length <= MAX_GREETING_WORDS && !text.slice(a, comma).includes('\n')) {
      a = comma + 1;
      while (a < start && isBlank(text[a])) a++;
    }
  }
  const line = wholeLine(text, a, b);
  if (line) return line;
  let before = a;
  while (before > 0 && isBlank(text[before - 1])) before--;
  let after = b;
  while (after < text.length && isBlank(text[after])) after++;
  if (after === text.length || text[after] === '\n' || text[after] === '\r') return [before, b];
  return [a, after];
}

function lineBreakAt(text: string, at: number): number {
  return text[at] === '\r' && text[at + 1] === '\n' ? 2 : text[at] === '\n' || text[at] === '\r' ? 1 : 0;
}

/**
 * When removing [a, b) would leave its line empty: the span that takes the line with its line
 * break instead (and one of two empty lines around it, so paragraphs stay one line apart).
 */
function wholeLine(text: string, a: number, b: number): [number, number] | undefined {
  let before = a;
  while (before > 0 && isBlank(text[before - 1])) before--;
  let after = b;
  while (after < text.length && isBlank(text[after])) after++;
  const atLineStart = before === 0 || text[before - 1] === '\n' || text[before - 1] === '\r';
  const atLineEnd = after === text.length || lineBreakAt(text, after) > 0;
  if (!atLineStart || !atLineEnd) return undefined;
  let start = before;
  let end = after;
  if (end < text.length) end += lineBreakAt(text, end);
  else if (start > 0) {
    start--;
    if (text[start - 1] === '\r') start--;
  }
  if (followsEmptyLine(text, start)) end += lineBreakAt(text, end);
  return [start, end];
}

/** How far back the words that introduce an address are looked for. */
const INTRO_WINDOW = 80;

/** Findings whose words are an address, a link or a number: their removal takes the words that introduce it. */
const ADDRESSES = new Set(['email-address', 'phone-number', 'external-link', 'link-shortener', 'insecure-link', 'amazon-product-link', 'messenger-contact']);

/** "at", "to", "unter", "à"… with a colon or not, right before an address (the languages of the phrase books). */
const INTRODUCED_BY = /(?:^|[\s(])(?:at|to|on|via|under|here|is|unter|an|bei|auf|à|au|sur|par|a|en|al|por|su|per|tramite|:)\s*:?\s*$/iu;
/** A verb that only leads to the address ("Visit …", "email us at …"): without the address the sentence says nothing. */
const LEADS_TO = /(?:^|\s)(?:visit|see|check out|follow|email|e-mail|mail|call|text|message|write|reach|contact|click|besuchen|besuche|schreiben|anrufen|visitez|visitez-nous|écrivez|appelez|visita|visite|escríbanos|llámenos|scrivici|chiamaci|contattaci)(?:\s+(?:us|me|uns|mich|nous|moi|nos|nosotros|ci))?\s*$/iu;

/**
 * A removal that would leave an empty line behind takes the line instead; an address's removal
 * takes the preposition before it ("contact us at" + address becomes "contact us"), or the whole
 * sentence when only a verb that leads to it would be left ("Visit" + link).
 */
function tidy(field: FieldFixing, suggestion: Suggestion, finding: Finding): Suggestion {
  if (suggestion.replacement !== '' || suggestion.action) return suggestion;
  const text = field.text;
  let start = suggestion.start ?? finding.start;
  let end = suggestion.end ?? finding.end;
  if (ADDRESSES.has(finding.ruleId)) {
    // The few words before the address say what introduces it; a pasted megabyte is not read back.
    const lineStart = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - INTRO_WINDOW);
    const before = text.slice(lineStart, start);
    const preposition = INTRODUCED_BY.exec(before);
    const kept = preposition ? before.slice(0, preposition.index + (/^[\s(]/u.test(preposition[0]) ? 1 : 0)) : before;
    if (LEADS_TO.test(kept.replace(/[\s,]+$/u, ''))) {
      [start, end] = sentenceRemoval(text, finding.start, finding.end, field.starts());
    } else if (preposition) {
      start = lineStart + kept.replace(/\s+$/u, '').length;
      // Keep the sentence's own end: "… at help@shop.com." loses " at help@shop.com".
      if (start > 0 && text[start - 1] !== ' ' && end < text.length && text[end] === ' ') end++;
    }
  }
  const line = wholeLine(text, start, end);
  if (line) [start, end] = line;
  return start === (suggestion.start ?? finding.start) && end === (suggestion.end ?? finding.end) ? suggestion : { ...suggestion, start, end };
}

/** One field's text, and its sentence bounds found once however many findings it has. */
interface FieldFixing {
  text: string;
  starts(): readonly number[];
}

function fixing(text: string): FieldFixing {
  let starts: number[] | undefined;
  return { text, starts: () => (starts ??= sentenceStarts(text)) };
}

function placeholderFixes(finding: Finding, text: string, texts: MessageCatalog, options: LintOptions): Suggestion[] {
  const out: Suggestion[] = [];
  const kind = placeholderKind(finding.actual);
  const value = kind ? options.fill?.[kind]?.trim() : undefined;
  if (kind && value) out.push(suggestion(texts, kind === 'orderId' ? 'fillOrderId' : kind === 'buyerName' ? 'fillBuyerName' : 'fillSellerName', value, { value }));
  const [start, end] = removalRange(text, finding.start, finding.end);
  out.push({ ...suggestion(texts, 'removePlaceholder', ''), start, end });
  return out;
}

/** The fixes a finding without a rewrite of its own gets. */
function fixesFor(finding: Finding, field: FieldFixing, texts: MessageCatalog, options: LintOptions): Suggestion[] {
  const text = field.text;
  const purposes = TEMPLATE_PURPOSES[finding.ruleId];
  if (purposes) return [{ ...suggestion(texts, 'chooseTemplate', ''), action: { kind: 'choose-template', purposes } }];
  if (finding.ruleId === 'critical-reason-misuse') {
    const fitting = (options.contactReason && REASON_PURPOSES[options.contactReason]) || TEMPLATE_PURPOSES['thank-you-only']!;
    return [{ ...suggestion(texts, 'chooseTemplate', ''), action: { kind: 'choose-template', purposes: fitting } }];
  }
  if (finding.ruleId === 'message-length') {
    return [{ ...suggestion(texts, 'selectOverLimit', ''), action: { kind: 'select' } }];
  }
  if (finding.ruleId === 'placeholder') return placeholderFixes(finding, text, texts, options);
  if (finding.end <= finding.start) return [];
  if (finding.field === 'subject') {
    const [start, end] = removalRange(text, finding.start, finding.end);
    return [{ ...suggestion(texts, 'removeWords', ''), start, end }];
  }
  const [start, end] = sentenceRemoval(text, finding.start, finding.end, field.starts());
  const fix: Suggestion = suggestion(texts, 'removeSentence', '');
  if (start !== finding.start || end !== finding.end) Object.assign(fix, { start, end });
  return [fix];
}

/**
 * Gives every error and warning without a fix the fixes above, and makes every removal take
 * the line it would leave empty (in place).
 */
export function addFixes(findings: readonly Finding[], fields: Partial<Record<Field, FieldText>>, texts: MessageCatalog, options: LintOptions): void {
  const byField = new Map<Field, FieldFixing>();
  const fieldOf = (finding: Finding): FieldFixing | undefined => {
    let field = byField.get(finding.field);
    const text = fields[finding.field]?.text;
    if (!field && text !== undefined) byField.set(finding.field, (field = fixing(text)));
    return field;
  };
  for (const finding of findings) {
    const field = fieldOf(finding);
    if (!field) continue;
    if (finding.suggestions && finding.suggestions.length > 0) {
      finding.suggestions = finding.suggestions.map((s) => tidy(field, s, finding));
      continue;
    }
    if (finding.severity === 'info') continue;
    const fixes = fixesFor(finding, field, texts, options);
    if (fixes.length > 0) finding.suggestions = fixes;
  }
}
