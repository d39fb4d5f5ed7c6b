/**
 * Every rule the checker has, with the guideline it enforces. The settings page lists these so a
 * seller can turn single rules off; each finding carries its rule's `why` and `source`.
 */
import { en } from './messages/en.ts';
import type { Category, ContactReason, Severity } from './types.ts';

export const SOURCES = {
  guidelines: 'Amazon Communication Guidelines (Seller Central help G1701)',
  styling: 'Amazon Communication Guidelines, styling requirements (Seller Central help G1701)',
  announcement: 'Amazon Seller Forums announcement "Change to Buyer-Seller Messaging options"',
  reviewPolicy: 'Amazon Community Guidelines for customer reviews (Seller Central help G201972160)',
  messagingApi: 'Selling Partner API for Messaging (message types and their limits)',
  prohibitedActivities: 'Amazon prohibited seller activities and actions (Seller Central help 200386250)',
  feedbackPolicy: 'Amazon seller feedback: removal and revision requests (Seller Central help 202126280)',
  restrictions: 'Amazon messaging restriction notices (misuse of critical contact reasons)',
} as const;

/** The contact reasons of Seller Central's form, as the engine names them (LintOptions.contactReason). */
export const CONTACT_REASONS = [
  'customization',
  'delivery-scheduling',
  'address-issue',
  'order-information',
  'unexpected-problem',
  'return',
  'invoice',
  'review-request',
  'other',
] as const satisfies readonly ContactReason[];

export interface RuleInfo {
  id: string;
  category: Category;
  /** Default severity (context hints are always 'info'). */
  severity: Severity;
  /** Short name for the settings page. */
  title: string;
  /** The guideline behind it. */
  source: string;
  /** Why Amazon blocks it, in a sentence. */
  why: string;
}

const RULE_DEFS = [
  {
    id: 'important-tag',
    category: 'important-tag',
    severity: 'error',
    source: SOURCES.announcement,
  },
  {
    id: 'promotion',
    category: 'promotion',
    severity: 'error',
    source: SOURCES.guidelines,
  },
  {
    id: 'review-positive',
    category: 'review-manipulation',
    severity: 'error',
    source: SOURCES.reviewPolicy,
  },
  {
    id: 'review-conditional',
    category: 'review-manipulation',
    severity: 'error',
    source: SOURCES.guidelines,
  },
  {
    id: 'review-incentive',
    category: 'review-manipulation',
    severity: 'error',
    source: SOURCES.guidelines,
  },
  {
    id: 'review-change',
    category: 'review-manipulation',
    severity: 'error',
    source: SOURCES.reviewPolicy,
  },
  {
    id: 'review-pressure',
    category: 'review-manipulation',
    severity: 'error',
    source: SOURCES.reviewPolicy,
  },
  {
    id: 'review-instruction',
    category: 'review-manipulation',
    severity: 'error',
    source: SOURCES.reviewPolicy,
  },
  {
    id: 'feedback-notice',
    category: 'review-manipulation',
    severity: 'warning',
    source: SOURCES.feedbackPolicy,
  },
  {
    id: 'review-repeat',
    category: 'review-manipulation',
    severity: 'error',
    source: SOURCES.messagingApi,
  },
  {
    id: 'amazon-product-link',
    category: 'promotion',
    severity: 'error',
    source: SOURCES.guidelines,
  },
  {
    id: 'external-link',
    category: 'external-link',
    severity: 'error',
    source: SOURCES.guidelines,
  },
  {
    id: 'insecure-link',
    category: 'external-link',
    severity: 'warning',
    source: SOURCES.guidelines,
  },
  {
    id: 'link-shortener',
    category: 'external-link',
    severity: 'error',
    source: SOURCES.guidelines,
  },
  {
    id: 'email-address',
    category: 'contact-info',
    severity: 'error',
    source: SOURCES.guidelines,
  },
  {
    id: 'phone-number',
    category: 'contact-info',
    severity: 'error',
    source: SOURCES.guidelines,
  },
  {
    id: 'messenger-contact',
    category: 'contact-info',
    severity: 'error',
    source: SOURCES.guidelines,
  },
  {
    id: 'contact-request',
    category: 'contact-info',
    severity: 'error',
    source: SOURCES.guidelines,
  },
  {
    id: 'messenger-app',
    category: 'off-amazon',
    severity: 'error',
    source: SOURCES.prohibitedActivities,
  },
  {
    id: 'off-amazon-sale',
    category: 'off-amazon',
    severity: 'error',
    source: SOURCES.prohibitedActivities,
  },
  {
    id: 'off-amazon-payment',
    category: 'off-amazon',
    severity: 'error',
    source: SOURCES.prohibitedActivities,
  },
  {
    id: 'cancellation-request',
    category: 'cancellation-request',
    severity: 'error',
    source: SOURCES.guidelines,
  },
  {
    id: 'opt-out',
    category: 'opt-out',
    severity: 'error',
    source: SOURCES.guidelines,
  },
  {
    id: 'html-markup',
    category: 'formatting',
    severity: 'error',
    source: SOURCES.guidelines,
  },
  {
    id: 'image',
    category: 'formatting',
    severity: 'warning',
    source: SOURCES.styling,
  },
  {
    id: 'emoji',
    category: 'formatting',
    severity: 'warning',
    source: SOURCES.styling,
  },
  {
    id: 'line-breaks',
    category: 'formatting',
    severity: 'warning',
    source: SOURCES.styling,
  },
  {
    id: 'shouting',
    category: 'formatting',
    severity: 'warning',
    source: SOURCES.styling,
  },
  {
    id: 'repeated-punctuation',
    category: 'formatting',
    severity: 'warning',
    source: SOURCES.styling,
  },
  {
    id: 'thank-you-only',
    category: 'not-permitted-type',
    severity: 'error',
    source: SOURCES.guidelines,
  },
  {
    id: 'confirmation-only',
    category: 'not-permitted-type',
    severity: 'error',
    source: SOURCES.guidelines,
  },
  {
    id: 'help-only',
    category: 'not-permitted-type',
    severity: 'error',
    source: SOURCES.guidelines,
  },
  {
    id: 'delivery-check-in',
    category: 'not-permitted-type',
    severity: 'error',
    source: SOURCES.guidelines,
  },
  {
    id: 'placeholder',
    category: 'placeholder',
    severity: 'error',
    source: SOURCES.messagingApi,
  },
  {
    id: 'critical-reason-misuse',
    category: 'contact-reason',
    severity: 'warning',
    source: SOURCES.restrictions,
  },
  {
    id: 'message-length',
    category: 'length',
    severity: 'error',
    source: SOURCES.messagingApi,
  },
  {
    id: 'missing-order-id',
    category: 'context',
    severity: 'info',
    source: SOURCES.guidelines,
  },
  {
    id: 'language-mismatch',
    category: 'context',
    severity: 'info',
    source: SOURCES.messagingApi,
  },
  {
    id: 'contact-reason-mismatch',
    category: 'context',
    severity: 'info',
    source: SOURCES.announcement,
  },
  {
    id: 'review-request',
    category: 'context',
    severity: 'info',
    source: SOURCES.messagingApi,
  },
] as const satisfies readonly Omit<RuleInfo, 'title' | 'why'>[];

export type RuleId = (typeof RULE_DEFS)[number]['id'];

/** Every rule, with its English title and reason (`ruleText` gives them in other languages). */
export const RULES: readonly (RuleInfo & { id: RuleId })[] = RULE_DEFS.map((rule) => ({
  ...rule,
  title: en.rules[rule.id].title,
  why: en.rules[rule.id].why,
}));

const RULES_BY_ID = new Map<string, RuleInfo>(RULES.map((rule) => [rule.id, rule]));

export function ruleInfo(id: RuleId): RuleInfo {
  return RULES_BY_ID.get(id) as RuleInfo;
}
