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
import { checkPhrases, profile } from './phrase-rules.ts';
import { suppressDisabled } from './suppress.ts';
import type { Field, Finding, LintOptions, Message } from './types.ts';

export { RULES, SOURCES, type RuleId, type RuleInfo } from './catalog.ts';
export { detectLanguage } from './language.ts';
export { MAX_LENGTH, MAX_LENGTH_CUSTOMIZATION } from './length.ts';
export type * from './types.ts';

const FIELD_ORDER: Record<Field, number> = { subject: 0, body: 1 };

function byPosition(a: Finding, b: Finding): number {
  return (
    FIELD_ORDER[a.field] - FIELD_ORDER[b.field] ||
    a.start - b.start ||
    a.end - b.end ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}

/** A link inside an HTML tag or an embedded image goes when the tag goes: one finding is enough. */
function dropNested(findings: Finding[]): Finding[] {
  const containers = findings.filter((f) => f.ruleId === 'html-markup' || f.ruleId === 'image');
  if (containers.length === 0) return findings;
  return findings.filter(
    (f) =>
      f.category !== 'external-link' ||
      !containers.some((c) => c.field === f.field && c.start <= f.start && f.end <= c.end),
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
  const body = typeof message?.body === 'string' ? message.body : '';
  const subject = typeof message?.subject === 'string' ? message.subject : undefined;
  const normalized: Message = subject === undefined ? { body } : { subject, body };
  const bodyText: FieldText = { field: 'body', text: body };

  const findings: Finding[] = [];
  if (subject) findings.push(...checkField({ field: 'subject', text: subject }));
  findings.push(...checkField(bodyText));
  findings.push(...checkMessageType(bodyText));
  findings.push(...checkLength(bodyText, options ?? {}));
  findings.push(...checkContext(normalized, options ?? {}));

  return suppressDisabled(dropNested(findings).sort(byPosition), options ?? {});
}
