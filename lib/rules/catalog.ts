/**
 * Every rule the checker has, with the guideline it enforces. The settings page lists these so a
 * seller can turn single rules off; each finding carries its rule's `why` and `source`.
 */
import type { Category, Severity } from './types.ts';

export const SOURCES = {
  guidelines: 'Amazon Communication Guidelines (Seller Central help G1701)',
  styling: 'Amazon Communication Guidelines, styling requirements (Seller Central help G1701)',
  announcement: 'Amazon Seller Forums announcement "Change to Buyer-Seller Messaging options"',
  reviewPolicy: 'Amazon Community Guidelines for customer reviews (Seller Central help G201972160)',
  messagingApi: 'Selling Partner API for Messaging (message types and their limits)',
} as const;

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

export const RULES = [
  {
    id: 'important-tag',
    category: 'important-tag',
    severity: 'error',
    title: '"[Important]" tag',
    source: SOURCES.announcement,
    why: 'Amazon removed the option to add "[Important]" to override a buyer\'s opt-out; messages whose contact reason is critical to complete the order are delivered anyway.',
  },
  {
    id: 'promotion',
    category: 'promotion',
    severity: 'error',
    title: 'Marketing and promotion',
    source: SOURCES.guidelines,
    why: 'Buyer-Seller Messaging may not be used for marketing: no coupons, discounts, other products, newsletters, referrals or social-media links.',
  },
  {
    id: 'review-positive',
    category: 'review-manipulation',
    severity: 'error',
    title: 'Asking for a positive review',
    source: SOURCES.reviewPolicy,
    why: 'A review request must be neutral: asking for a positive or five-star review, or telling the buyer what to write, is not allowed.',
  },
  {
    id: 'review-conditional',
    category: 'review-manipulation',
    severity: 'error',
    title: 'Conditional review request',
    source: SOURCES.guidelines,
    why: 'Asking only satisfied buyers for a review ("if not, contact us first") is not allowed.',
  },
  {
    id: 'review-incentive',
    category: 'review-manipulation',
    severity: 'error',
    title: 'Incentive for a review',
    source: SOURCES.guidelines,
    why: 'Offering money, refunds, gift cards, free or discounted products or any future benefit for a review is not allowed.',
  },
  {
    id: 'review-change',
    category: 'review-manipulation',
    severity: 'error',
    title: 'Asking to change or remove a review',
    source: SOURCES.reviewPolicy,
    why: 'Asking a buyer to update, change or remove a review or feedback is not allowed.',
  },
  {
    id: 'external-link',
    category: 'external-link',
    severity: 'error',
    title: 'Link outside Amazon',
    source: SOURCES.guidelines,
    why: 'Only links to Amazon, carrier tracking links and secure links needed to complete the order are allowed.',
  },
  {
    id: 'insecure-link',
    category: 'external-link',
    severity: 'warning',
    title: 'Insecure (http) link',
    source: SOURCES.guidelines,
    why: 'Links must be secure (https): the guidelines allow only secure links and no insecure content.',
  },
  {
    id: 'link-shortener',
    category: 'external-link',
    severity: 'error',
    title: 'Shortened link',
    source: SOURCES.guidelines,
    why: 'A shortened link hides where it leads; only Amazon and carrier tracking links are allowed.',
  },
  {
    id: 'email-address',
    category: 'contact-info',
    severity: 'error',
    title: 'Email address',
    source: SOURCES.guidelines,
    why: 'Messages may not contain email addresses; the conversation stays in Buyer-Seller Messaging.',
  },
  {
    id: 'phone-number',
    category: 'contact-info',
    severity: 'error',
    title: 'Phone number',
    source: SOURCES.guidelines,
    why: 'Messages may not contain phone numbers; the conversation stays in Buyer-Seller Messaging.',
  },
  {
    id: 'messenger-contact',
    category: 'contact-info',
    severity: 'error',
    title: 'Messenger or direct contact',
    source: SOURCES.guidelines,
    why: 'Moving the conversation to WhatsApp, a phone call or another channel outside Amazon is not allowed.',
  },
  {
    id: 'opt-out',
    category: 'opt-out',
    severity: 'error',
    title: 'Unsubscribe wording',
    source: SOURCES.guidelines,
    why: 'Opt-out links and unsubscribe instructions are not allowed: buyers manage message preferences in their Amazon account.',
  },
  {
    id: 'html-markup',
    category: 'formatting',
    severity: 'error',
    title: 'HTML markup',
    source: SOURCES.guidelines,
    why: 'The message form is plain text; messages with HTML code or hyperlinks are blocked (tracking pixels included).',
  },
  {
    id: 'image',
    category: 'formatting',
    severity: 'warning',
    title: 'Embedded image',
    source: SOURCES.styling,
    why: 'Images of the product, unrelated images, logos with links and tracking pixels are not allowed.',
  },
  {
    id: 'emoji',
    category: 'formatting',
    severity: 'warning',
    title: 'Emoji',
    source: SOURCES.styling,
    why: 'Amazon\'s styling rules say: no emojis.',
  },
  {
    id: 'line-breaks',
    category: 'formatting',
    severity: 'warning',
    title: 'More than two line breaks',
    source: SOURCES.styling,
    why: 'Amazon\'s styling rules allow no more than two line breaks in a row.',
  },
  {
    id: 'shouting',
    category: 'formatting',
    severity: 'warning',
    title: 'All capitals',
    source: SOURCES.styling,
    why: 'Long runs of capitals read as shouting and as an attempt to override the message\'s styling.',
  },
  {
    id: 'repeated-punctuation',
    category: 'formatting',
    severity: 'warning',
    title: 'Repeated "!" or "?"',
    source: SOURCES.styling,
    why: 'Runs of exclamation or question marks read as pressure or marketing; Amazon\'s styling rules ask for plain text.',
  },
  {
    id: 'thank-you-only',
    category: 'not-permitted-type',
    severity: 'error',
    title: 'Thank-you-only message',
    source: SOURCES.guidelines,
    why: 'Messages that only say thank you, or only say you are there to help, are not permitted.',
  },
  {
    id: 'confirmation-only',
    category: 'not-permitted-type',
    severity: 'error',
    title: 'Order or shipping confirmation',
    source: SOURCES.guidelines,
    why: 'Amazon sends order and shipping confirmations itself; sellers may not.',
  },
  {
    id: 'message-length',
    category: 'length',
    severity: 'error',
    title: 'Message too long',
    source: SOURCES.messagingApi,
    why: 'Messages are limited to 2,000 characters, and to 800 when confirming customization details.',
  },
  {
    id: 'missing-order-id',
    category: 'context',
    severity: 'info',
    title: 'No order ID',
    source: SOURCES.guidelines,
    why: 'Every proactive message should carry the order ID (like 112-1234567-1234567), as Amazon\'s own templates do.',
  },
  {
    id: 'language-mismatch',
    category: 'context',
    severity: 'info',
    title: 'Not in the buyer\'s language',
    source: SOURCES.messagingApi,
    why: 'Messages must be written in the buyer\'s language of preference, which may differ from the marketplace\'s.',
  },
  {
    id: 'contact-reason-mismatch',
    category: 'context',
    severity: 'info',
    title: 'Contact reason does not fit',
    source: SOURCES.announcement,
    why: 'Only contact reasons critical to complete the order (customization, delivery scheduling, address problems) reach buyers who opted out.',
  },
] as const satisfies readonly RuleInfo[];

export type RuleId = (typeof RULES)[number]['id'];

const RULES_BY_ID = new Map<string, RuleInfo>(RULES.map((rule) => [rule.id, rule]));

export function ruleInfo(id: RuleId): RuleInfo {
  return RULES_BY_ID.get(id) as RuleInfo;
}
