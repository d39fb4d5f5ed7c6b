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
  /** Info-level hints about the message's context (order ID, language, contact reason). */
  | 'context';

export type Field = 'subject' | 'body';

/** Languages the checker has phrase data for (ISO 639-1). */
export type Language = 'en' | 'de' | 'fr' | 'es' | 'it' | 'ja';

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
  /** The text that replaces [start, end). Empty string deletes. */
  replacement: string;
}

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
}
