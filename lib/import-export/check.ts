/**
 * The checks a custom template must pass before it is saved, shared by the template editor and
 * the import: the rule engine, run exactly as the compose box runs it (the template's language as
 * the buyer's, its purpose's contact reason), plus tokens that look like placeholders but are not.
 */
import { lint } from '../rules/index';
import type { ContactReason, Finding, Language } from '../rules/types';
import { PURPOSES, TEMPLATE_LOCALES, placeholdersIn } from '../templates/index';

export const MAX_TITLE_LENGTH = 120;
export const MAX_BODY_LENGTH = 4000;

export const UNKNOWN_PLACEHOLDER_RULE = 'unknown-placeholder';

/** The placeholder token syntax (see lib/templates/placeholders.ts). */
const TOKEN = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

export function isTemplateLocale(value: unknown): value is Language {
  return typeof value === 'string' && (TEMPLATE_LOCALES as readonly string[]).includes(value);
}

export function isTemplatePurpose(value: unknown): boolean {
  return typeof value === 'string' && PURPOSES.some((info) => info.purpose === value);
}

export function contactReasonFor(purpose: string): ContactReason | undefined {
  return PURPOSES.find((info) => info.purpose === purpose)?.contactReason;
}

/** One error finding for each {token} that is not a placeholder, where it is. */
export function unknownPlaceholderFindings(body: string): Finding[] {
  const known = new Set<string>(placeholdersIn(body));
  const findings: Finding[] = [];
  for (const match of body.matchAll(TOKEN)) {
    const name = match[1] ?? '';
    if (known.has(name)) continue;
    const start = match.index;
    findings.push({
      ruleId: UNKNOWN_PLACEHOLDER_RULE,
      category: 'formatting',
      severity: 'error',
      field: 'body',
      start,
      end: start + match[0].length,
      actual: match[0],
      message: `"${match[0]}" is not a placeholder: it would reach the buyer as written.`,
      why: 'Placeholders are {orderId}, {buyerName}, {productName}, {sellerName}, {deliveryDate}, {customizationDetails} and {requestedInformation}; check the spelling, including capitals.',
    });
  }
  return findings;
}

/**
 * What the compose box would report for this template's body, plus unknown placeholders. The
 * "no order ID" hint is left out when the body has the {orderId} placeholder: it is filled in
 * when the template is inserted.
 */
export function checkTemplateBody(body: string, locale: string, purpose: string, uiLanguage?: Language): Finding[] {
  const findings = lint(
    { body },
    {
      buyerLanguage: isTemplateLocale(locale) ? locale : undefined,
      contactReason: contactReasonFor(purpose),
      uiLanguage,
    },
  );
  const hasOrderId = placeholdersIn(body).includes('orderId');
  const kept = findings.filter((finding) => !(hasOrderId && finding.ruleId === 'missing-order-id'));
  return [...kept, ...unknownPlaceholderFindings(body)].sort((a, b) => a.start - b.start || a.end - b.end);
}

export function errorsIn(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => finding.severity === 'error');
}

export function warningsIn(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => finding.severity === 'warning');
}

/** Why a template cannot be saved as it is, besides lint errors. */
export type FieldProblem =
  | { code: 'empty'; field: 'title' | 'body' }
  | { code: 'too-long'; field: 'title' | 'body'; limit: number }
  | { code: 'bad-locale' }
  | { code: 'bad-purpose' };

export interface DraftFields {
  title: string;
  purpose: string;
  locale: string;
  body: string;
}

/** Field problems of a template's text (not its lint findings). */
export function fieldProblems(draft: DraftFields): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (draft.title.trim() === '') problems.push({ code: 'empty', field: 'title' });
  else if (draft.title.length > MAX_TITLE_LENGTH) problems.push({ code: 'too-long', field: 'title', limit: MAX_TITLE_LENGTH });
  if (!isTemplatePurpose(draft.purpose)) problems.push({ code: 'bad-purpose' });
  if (!isTemplateLocale(draft.locale)) problems.push({ code: 'bad-locale' });
  if (draft.body.trim() === '') problems.push({ code: 'empty', field: 'body' });
  else if (draft.body.length > MAX_BODY_LENGTH) problems.push({ code: 'too-long', field: 'body', limit: MAX_BODY_LENGTH });
  return problems;
}
