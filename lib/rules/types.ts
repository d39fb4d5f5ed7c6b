/**
 * The shapes the rule engine passes around. Pure data: no DOM, no browser API.
 * See README "Architecture" for where each one flows.
 */

export type Severity = 'error' | 'warning' | 'info';

/** Which of Amazon's Buyer-Seller Messaging rules a finding is about. */
export type Category =
  | 'important-tag'
  | 'promotion'
  | 'review-manipulation'
  | 'external-link'
  | 'contact-info'
  | 'opt-out'
  | 'formatting'
  | 'not-permitted-type'
  | 'length'
  /** Asking the buyer to cancel the order or to request a cancellation (G1701). */
  | 'cancellation-request'
  /** Steering the buyer off Amazon: buying directly, paying outside Amazon, messengers (help 200386250). */
  | 'off-amazon'
  /** A critical contact reason picked for a message that is not critical. */
  | 'contact-reason'
  /** Template variables left unfilled in a message about to be sent. */
  | 'placeholder'
  /** Info-level hints about the message's context (order ID, language, contact reason). */
  | 'context';

export type Field = 'subject' | 'body';

/**
 * The languages of Amazon's marketplaces (ISO 639-1): the checker's phrase data, the templates and
 * the interface each exist in all of them. Chinese is Simplified (Traditional characters are
 * accepted by the checker); Portuguese is Brazilian first.
 */
export const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'ja', 'nl', 'sv', 'pl', 'tr', 'pt', 'ar', 'zh'] as const;

export type Language = (typeof LANGUAGES)[number];

/**
 * Contact reasons offered by the contact-buyer form. `critical` ones are delivered even when
 * the buyer opted out of messages (see README "What it checks").
 */
export type ContactReason =
  | 'customization'
  | 'delivery-scheduling'
  | 'address-issue'
  | 'order-information'
  | 'unexpected-problem'
  | 'return'
  | 'invoice'
  | 'review-request'
  | 'other';

export interface Suggestion {
  /** What the button says, in the UI language, e.g. "Remove the tag". */
  label: string;
  /** The text that replaces the span. Empty string deletes. */
  replacement: string;
  /**
   * The span the replacement takes when it is not the finding's own (removing the whole sentence
   * around the offending words): offsets into the same field. Absent: the finding's range.
   */
  start?: number;
  end?: number;
  /**
   * A fix the extension carries out instead of an edit: open the template picker on the purposes
   * that fit, or select the text to shorten. `replacement` is then unused.
   */
  action?: SuggestionAction;
}

/** Template purposes (lib/templates) a "Choose a template" fix opens the picker on. */
export type TemplatePurposeId =
  | 'address-problem'
  | 'information-needed'
  | 'customization-confirmation'
  | 'delivery-scheduling'
  | 'delay-or-problem'
  | 'return-question'
  | 'invoice'
  | 'warranty-instructions'
  | 'review-request';

export type SuggestionAction = { kind: 'choose-template'; purposes: readonly TemplatePurposeId[] } | { kind: 'select' };

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  field: Field;
  /** Offsets into that field's text, UTF-16 code units, end exclusive. */
  start: number;
  end: number;
  /** The text at [start, end). */
  actual: string;
  /** What is wrong, in the UI language. */
  message: string;
  /** Why Amazon blocks it, in a sentence, in the UI language. */
  why?: string;
  /** The guideline behind it (help page id or announcement). */
  source?: string;
  suggestions?: Suggestion[];
}

export interface Message {
  subject?: string;
  body: string;
}

export interface LintOptions {
  /** Buyer's Language of Preference, as Seller Central shows it. */
  buyerLanguage?: Language;
  /** The contact reason selected in the form. */
  contactReason?: ContactReason;
  /** Seller Central host, e.g. sellercentral.amazon.de. */
  marketplace?: string;
  /** Rule ids the seller turned off. */
  disabledRules?: readonly string[];
  /** The language of messages, reasons and suggestion labels (the seller's UI). Default 'en'. */
  uiLanguage?: Language;
  /**
   * True for a message about to be sent (the compose box, the command line's --as-sent): template
   * variables left in it ({productName}, [Buyer Name]) are errors. False or absent for a template,
   * where they are expected.
   */
  asSent?: boolean;
  /**
   * When a review or feedback request for this order already left (an ISO date, "2026-11-03"), as
   * the extension remembers it: Amazon allows one request per order, so another is an error.
   */
  reviewRequestedOn?: string;
  /**
   * What the page knows that a template variable left in the text stands for: "{order_id}" and
   * "[Buyer Name]" then get a fix that fills them in.
   */
  fill?: PlaceholderValues;
}

export interface PlaceholderValues {
  orderId?: string;
  buyerName?: string;
  /** The seller's name or shop name, as the seller signs messages (from the settings). */
  sellerName?: string;
}
