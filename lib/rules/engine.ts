/**
 * The rule engine: lint(message, options) -> findings. Pure TypeScript: no DOM, no browser API,
 * no Node API, so the background, the options page, the tests and the command-line tool all call
 * the same function.
 *
 * This module carries no language's phrases: they are registered, all at once by the
 * all-languages entry (index.ts), or a language pack at a time (packs.ts) by the extension's
 * background, which loads the packs a message needs (packsNeeded) before it lints it. Every
 * field (subject, body) is scanned once (scan.ts) and the checks run on what the scan found;
 * each language's phrases compile the first time a message needs them (books.ts).
 */
import { hasPhraseBook, languagesOf } from './books.ts';
import { checkConcepts, conceptContext, withoutRepeats, type ConceptContext } from './concepts.ts';
import { checkContacts } from './contact.ts';
import { checkContext, type MessageSummary } from './context.ts';
import type { FieldText } from './finding.ts';
import { addFixes } from './fixes.ts';
import { checkFormatting } from './formatting.ts';
import { checkImportantTag } from './important-tag.ts';
import { checkLength } from './length.ts';
import { checkLinks } from './links.ts';
import { checkMessageType } from './message-type.ts';
import { catalogFor, hasCatalog } from './messages/index.ts';
import { checkPhrases, findPhrases, languageSet, type LanguageSet } from './phrase-rules.ts';
import { checkPlaceholders } from './placeholder.ts';
import { checkReviewRequest, judgeReviewChanges } from './review-requests.ts';
import { suppressDisabled } from './suppress.ts';
import { LANGUAGES, type Category, type Field, type Finding, type Language, type LintOptions, type Message } from './types.ts';

export { CONTACT_REASONS, RULES, SOURCES, type RuleId, type RuleInfo } from './catalog.ts';
export { detectLanguage } from './language.ts';
export { MAX_LENGTH, MAX_LENGTH_CUSTOMIZATION } from './length.ts';
export { addCatalog, ruleText, uiLanguageOf } from './messages/index.ts';
export { addPhraseBook } from './books.ts';
export type * from './types.ts';

const FIELD_ORDER: Record<Field, number> = { subject: 0, body: 1 };

/** Findings that show a message says more than thank you (even if what it says is not allowed). */
const CONTENT_CATEGORIES = new Set<Category>([
  'promotion',
  'review-manipulation',
  'external-link',
  'opt-out',
  'off-amazon',
  'cancellation-request',
]);

function byPosition(a: Finding, b: Finding): number {
  return (
    FIELD_ORDER[a.field] - FIELD_ORDER[b.field] ||
    a.start - b.start ||
    a.end - b.end ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}

interface FieldResult {
  findings: Finding[];
  concepts: ConceptContext;
}

function checkField(where: FieldText, set: LanguageSet, options: LintOptions): FieldResult {
  const found = findPhrases(set, where.text);
  const textProfile = found.facts;
  const concepts = conceptContext(where, found.concepts);
  const phrases = checkPhrases(where, found);
  const combined = checkConcepts(concepts);
  const pressured = [...phrases, ...combined].some((f) => f.ruleId === 'review-incentive' || f.ruleId === 'review-pressure');
  const judged = judgeReviewChanges(phrases, concepts, pressured);
  return {
    findings: [
      ...checkImportantTag(where),
      ...judged,
      ...withoutRepeats(combined, judged),
      ...checkLinks(where, textProfile),
      ...checkContacts(where, textProfile),
      ...checkFormatting(where, textProfile),
      ...(options.asSent ? checkPlaceholders(where) : []),
    ],
    concepts,
  };
}

/** What the contact-reason rule needs to know of the body's findings, with the words to quote. */
function summarize(body: FieldResult, notPermittedType: boolean): MessageSummary {
  const summary: MessageSummary = { notPermittedType };
  const ask = body.concepts.hits.reviewAsk[0];
  const review = body.findings.find((f) => f.category === 'review-manipulation');
  if (review) summary.reviewRequest = review.actual.trim();
  else if (ask) summary.reviewRequest = body.concepts.where.text.slice(ask.start, ask.end);
  const promotion = body.findings.find((f) => f.category === 'promotion');
  if (promotion) summary.promotion = promotion.actual.trim();
  return summary;
}

/** The last message's languages: the background asks packsNeeded, then lint, for the same message. */
let last: { subject: string | undefined; body: string; buyer: Language | undefined; languages: readonly Language[] } | undefined;

/** The languages whose phrases a message is checked in (books.ts, languagesOf). */
function messageLanguages(message: Message, options: LintOptions | undefined): readonly Language[] {
  const body = typeof message?.body === 'string' ? message.body : '';
  const subject = typeof message?.subject === 'string' ? message.subject : undefined;
  const hint = options?.buyerLanguage;
  const buyer = hint !== undefined && (LANGUAGES as readonly string[]).includes(hint) ? hint : undefined;
  if (last && last.body === body && last.subject === subject && last.buyer === buyer) return last.languages;
  const languages = languagesOf(subject ? `${subject}\n${body}` : body, buyer);
  last = { subject, body, buyer, languages };
  return languages;
}

/**
 * The languages whose packs lint(message, options) needs and that are not registered yet: the
 * message's languages (their phrases) and the UI language (its texts). Empty once they are.
 */
export function packsNeeded(message: Message, options: LintOptions = {}): Language[] {
  const needed = messageLanguages(message, options).filter((language) => !hasPhraseBook(language));
  const ui = options?.uiLanguage;
  if (ui !== undefined && (LANGUAGES as readonly string[]).includes(ui) && !hasCatalog(ui) && !needed.includes(ui)) needed.push(ui);
  return needed;
}

/**
 * Checks a message against Amazon's Buyer-Seller Messaging guidelines. Throws when a language
 * the message needs has not been registered (see packsNeeded).
 */
export function lint(message: Message, options: LintOptions = {}): Finding[] {
  const settings = options ?? {};
  const bodyString = typeof message?.body === 'string' ? message.body : '';
  const subject = typeof message?.subject === 'string' ? message.subject : undefined;
  const normalized: Message = subject === undefined ? { body: bodyString } : { subject, body: bodyString };
  // The UI language's texts, resolved once; only the findings made are put into words.
  const texts = catalogFor(settings.uiLanguage);
  const bodyText: FieldText = { field: 'body', text: bodyString, texts };
  // Only the languages the message can be in are compiled and checked (books.ts).
  const languages = messageLanguages(message, options);
  const set = languageSet(languages);

  const findings: Finding[] = [];
  const subjectText: FieldText | undefined = subject ? { field: 'subject', text: subject, texts } : undefined;
  if (subjectText) findings.push(...checkField(subjectText, set, settings).findings);
  const body = checkField(bodyText, set, settings);
  findings.push(...body.findings);
  const reviewFindings = body.findings.some((f) => f.category === 'review-manipulation');
  findings.push(...checkReviewRequest(body.concepts, settings, reviewFindings));
  // A message that promotes, asks for reviews or links elsewhere is not "only a thank-you".
  const bodyFindings = findings.filter((f) => f.field === 'body');
  const typeFindings = bodyFindings.some((f) => CONTENT_CATEGORIES.has(f.category) || f.ruleId === 'html-markup')
    ? []
    : checkMessageType(bodyText, { sharesContact: bodyFindings.some((f) => f.category === 'contact-info') }, languages);
  findings.push(...typeFindings);
  findings.push(...checkLength(bodyText, settings));
  findings.push(
    ...checkContext(
      normalized,
      settings,
      texts,
      summarize(body, typeFindings.length > 0),
      languages,
    ),
  );

  const kept = suppressDisabled(findings.sort(byPosition), settings);
  addFixes(kept, { body: bodyText, ...(subjectText ? { subject: subjectText } : {}) }, texts, settings);
  return kept;
}
