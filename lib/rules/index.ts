/**
 * The rule engine: lint(message, options) -> findings. Pure TypeScript: no DOM, no browser API,
 * no Node API, so the content script, the popup, the tests and the command-line tool all call
 * the same function.
 *
 * Every field (subject, body) is scanned once (scan.ts) and the checks run on what the scan
 * found; phrase data is compiled once, when this module loads.
 */
import { checkContacts } from './contact.ts';
import { checkContext } from './context.ts';
import type { FieldText } from './finding.ts';
import { checkFormatting } from './formatting.ts';
import { checkImportantTag } from './important-tag.ts';
import { checkLength } from './length.ts';
import { checkLinks } from './links.ts';
import { checkMessageType } from './message-type.ts';
import { catalogFor } from './messages/index.ts';
import { checkPhrases, profile } from './phrase-rules.ts';
import { suppressDisabled } from './suppress.ts';
import type { Category, Field, Finding, LintOptions, Message } from './types.ts';

export { RULES, SOURCES, type RuleId, type RuleInfo } from './catalog.ts';
export { detectLanguage } from './language.ts';
export { MAX_LENGTH, MAX_LENGTH_CUSTOMIZATION } from './length.ts';
export { CATALOGS, ruleText, uiLanguageOf } from './messages/index.ts';
export type * from './types.ts';

const FIELD_ORDER: Record<Field, number> = { subject: 0, body: 1 };

/** Findings that show a message says more than thank you (even if what it says is not allowed). */
const CONTENT_CATEGORIES = new Set<Category>(['promotion', 'review-manipulation', 'external-link', 'opt-out']);

function byPosition(a: Finding, b: Finding): number {
  return (
    FIELD_ORDER[a.field] - FIELD_ORDER[b.field] ||
    a.start - b.start ||
    a.end - b.end ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}

function checkField(where: FieldText): Finding[] {
  const textProfile = profile(where.text);
  return [
    ...checkImportantTag(where),
    ...checkPhrases(where, textProfile),
    ...checkLinks(where, textProfile),
    ...checkContacts(where, textProfile),
    ...checkFormatting(where, textProfile),
  ];
}

/** Checks a message against Amazon's Buyer-Seller Messaging guidelines. */
export function lint(message: Message, options: LintOptions = {}): Finding[] {
  const bodyString = typeof message?.body === 'string' ? message.body : '';
  const subject = typeof message?.subject === 'string' ? message.subject : undefined;
  const normalized: Message = subject === undefined ? { body: bodyString } : { subject, body: bodyString };
  // The UI language's texts, resolved once; only the findings made are put into words.
  const texts = catalogFor(options?.uiLanguage);
  const bodyText: FieldText = { field: 'body', text: bodyString, texts };

  const findings: Finding[] = [];
  if (subject) findings.push(...checkField({ field: 'subject', text: subject, texts }));
  findings.push(...checkField(bodyText));
  // A message that promotes, asks for reviews or links elsewhere is not "only a thank-you".
  const body = findings.filter((f) => f.field === 'body');
  if (!body.some((f) => CONTENT_CATEGORIES.has(f.category) || f.ruleId === 'html-markup')) {
    findings.push(...checkMessageType(bodyText, { sharesContact: body.some((f) => f.category === 'contact-info') }));
  }
  findings.push(...checkLength(bodyText, options ?? {}));
  findings.push(...checkContext(normalized, options ?? {}, texts));

  return suppressDisabled(findings.sort(byPosition), options ?? {});
}
