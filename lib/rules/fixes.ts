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
import { isSpaceCode, sentenceAt, sentenceStarts } from './sentences.ts';
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
  while (a < b && isSpaceCode(text.charCodeAt(a))) a++;
  while (b > a && isSpaceCode(text.charCodeAt(b - 1))) b--;
  if (first === 0) {
    const comma = text.indexOf(',', a);
    if (comma !== -1 && comma < start && wordCount(text, a, comma) <= MAX_GREETING_WORDS && !text.slice(a, comma).includes('\n')) {
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

/**
 * How many pieces text.slice(from, to).split(/\s+/) gives: one more than the runs of whitespace
 * (a run at either end gives an empty piece). Counted in place, with no array.
 */
function wordCount(text: string, from: number, to: number): number {
  let pieces = 1;
  let inSpace = false;
  for (let i = from; i < to; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (space && !inSpace) pieces++;
    inSpace = space;
  }
  return pieces;
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

/**
 * "at", "to", "unter", "à"… right before an address (the languages of the phrase books), with a
 * colon or not; a colon alone introduces one too.
 */
const INTRODUCING_WORDS = new Set(['at', 'to', 'on', 'via', 'under', 'here', 'is', 'unter', 'an', 'bei', 'auf', 'à', 'au', 'sur', 'par', 'a', 'en', 'al', 'por', 'su', 'per', 'tramite']);
/** A verb that only leads to the address ("Visit …", "email us at …"): without the address the sentence says nothing. */
const LEADING_VERBS = new Set([
  'visit', 'see', 'follow', 'email', 'e-mail', 'mail', 'call', 'text', 'message', 'write', 'reach', 'contact', 'click',
  'besuchen', 'besuche', 'schreiben', 'anrufen', 'visitez', 'visitez-nous', 'écrivez', 'appelez', 'visita', 'visite',
  'escríbanos', 'llámenos', 'scrivici', 'chiamaci', 'contattaci',
]);
/** "Check out" is the one leading verb of two words (with one plain space between them). */
const CHECK = 'check';
const OUT = 'out';
/** The object a leading verb may take before the address: "email us at". */
const LEADING_OBJECTS = new Set(['us', 'me', 'uns', 'mich', 'nous', 'moi', 'nos', 'nosotros', 'ci']);

/**
 * A word as a case-insensitive Unicode regex compares it: lower case, and the long s (ſ) folded
 * to s. A word whose lower case changes its length ("İ" becomes "i̇") then matches none of the
 * lists, as under the regex flag `iu`, where İ is not i.
 *
 * These words were two regexes with `iu` (whole-list alternations anchored at the end): matched
 * once per address finding, they cost V8 a few milliseconds to compile on a first lint. The text
 * before an address is a few words, read backwards here.
 */
function folded(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('\u017f') ? lower.replaceAll('\u017f', 's') : lower;
}

/** Whitespace (as \s) or "(": what may come before an introducing word. */
function isIntroBoundary(c: number): boolean {
  return c === 40 || isSpaceCode(c);
}

/**
 * Where the words that introduce an address start in `before` (the text before the address on
 * its line), or -1: a word of INTRODUCING_WORDS at the start or after whitespace or "(", or a
 * colon at the start or after whitespace or "(", followed only by whitespace with at most one
 * colon in it. The leftmost such start, as a regex search for
 * /(?:^|[\s(])(?:at|to|…|:)\s*:?\s*$/iu would find it.
 */
export function introductionAt(before: string): number {
  // The tail: whitespace and colons up to the end.
  let tail = before.length;
  let colons = 0;
  while (tail > 0) {
    const c = before.charCodeAt(tail - 1);
    if (c === 58) colons++;
    else if (!isSpaceCode(c)) break;
    tail--;
  }
  // A word right before the tail starts further left than any colon in it.
  if (colons <= 1 && tail > 0) {
    let word = tail;
    while (word > 0 && !isIntroBoundary(before.charCodeAt(word - 1))) word--;
    if (INTRODUCING_WORDS.has(folded(before.slice(word, tail)))) return word;
  }
  if (colons === 0) return -1;
  // A colon: one of the last two of the tail (at most one may follow it).
  let last = before.length - 1;
  while (before.charCodeAt(last) !== 58) last--;
  let previous = last - 1;
  while (previous >= tail && before.charCodeAt(previous) !== 58) previous--;
  for (const colon of colons >= 2 ? [previous, last] : [last]) {
    if (colon === 0 || isIntroBoundary(before.charCodeAt(colon - 1))) return colon;
  }
  return -1;
}

/** Whether the word at [from, to) is "out" with "check " before it, at the start or after whitespace. */
function isCheckOut(text: string, from: number, to: number): boolean {
  const checkAt = from - CHECK.length - 1;
  return (
    folded(text.slice(from, to)) === OUT &&
    checkAt >= 0 &&
    text.charCodeAt(from - 1) === 32 &&
    folded(text.slice(checkAt, from - 1)) === CHECK &&
    (checkAt === 0 || isSpaceCode(text.charCodeAt(checkAt - 1)))
  );
}

/** Whether the word ending at `to` (after whitespace or at the start) is a leading verb. */
function endsWithLeadingVerb(text: string, to: number): boolean {
  let from = to;
  while (from > 0 && !isSpaceCode(text.charCodeAt(from - 1))) from--;
  return from < to && (LEADING_VERBS.has(folded(text.slice(from, to))) || isCheckOut(text, from, to));
}

/**
 * Whether `text` (no whitespace at its end) ends with a leading verb, or with one and its object
 * ("contact us"), the verb at the start or after whitespace: what
 * /(?:^|\s)(?:visit|…|check out|…)(?:\s+(?:us|me|…))?\s*$/iu tested.
 */
export function endsWithLeadTo(text: string): boolean {
  const end = text.length;
  if (endsWithLeadingVerb(text, end)) return true;
  let word = end;
  while (word > 0 && !isSpaceCode(text.charCodeAt(word - 1))) word--;
  if (word === 0 || !LEADING_OBJECTS.has(folded(text.slice(word, end)))) return false;
  let verbEnd = word;
  while (verbEnd > 0 && isSpaceCode(text.charCodeAt(verbEnd - 1))) verbEnd--;
  return endsWithLeadingVerb(text, verbEnd);
}

/** `text` without the whitespace and commas at its end. */
function withoutTrailingCommas(text: string): string {
  let end = text.length;
  while (end > 0 && (isSpaceCode(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === 44)) end--;
  return end === text.length ? text : text.slice(0, end);
}

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
    const introduction = introductionAt(before);
    const kept = introduction >= 0 ? before.slice(0, introduction) : before;
    if (endsWithLeadTo(withoutTrailingCommas(kept))) {
      [start, end] = sentenceRemoval(text, finding.start, finding.end, field.starts());
    } else if (introduction >= 0) {
      start = lineStart + kept.trimEnd().length;
      // "… at help@shop.com for help" loses " at help@shop.com", the space after it staying between
      // the words; only an introduction that opens the line ("Tel: 0161 … for orders") takes it along.
      if (kept.trim() === '' && end < text.length && text[end] === ' ') end++;
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
  // sentences.ts keeps the bounds concepts.ts found for the same text.
  return { text, starts: () => sentenceStarts(text) };
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
  if (findings.length === 0) return;
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
