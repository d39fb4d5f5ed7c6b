/**
 * The shape of a message catalog: every text the engine shows, in one UI language. Templates
 * name their parameters in braces (`{actual}`, `{limit}`); `format` fills them in.
 */
import type { RuleId } from '../catalog.ts';
import type { Language } from '../types.ts';

/** The message variants of each rule (the key a rule passes to makeFinding). */
export interface MessageVariants {
  'important-tag': 'tag';
  promotion: 'phrase';
  'review-positive': 'phrase';
  'review-conditional': 'phrase';
  'review-incentive': 'phrase';
  'review-change': 'phrase';
  'external-link': 'link' | 'insecureLink';
  'insecure-link': 'link';
  'link-shortener': 'link';
  'email-address': 'address' | 'anonymised';
  'phone-number': 'number';
  'messenger-contact': 'phrase';
  'review-pressure': 'phrase';
  'review-instruction': 'phrase';
  'feedback-notice': 'phrase';
  'review-repeat': 'repeat';
  'amazon-product-link': 'link';
  'contact-request': 'phrase';
  'messenger-app': 'phrase';
  'off-amazon-sale': 'phrase';
  'off-amazon-payment': 'phrase';
  'cancellation-request': 'phrase';
  'help-only': 'help';
  'delivery-check-in': 'checkIn';
  placeholder: 'placeholder';
  'critical-reason-misuse': 'review' | 'thanks' | 'promotion' | 'notCritical';
  'review-request': 'noted';
  'opt-out': 'phrase';
  'html-markup': 'tag' | 'image';
  image: 'markdown';
  emoji: 'emoji';
  'line-breaks': 'count' | 'many';
  shouting: 'capitals';
  'repeated-punctuation': 'marks';
  'thank-you-only': 'thanks';
  'confirmation-only': 'confirmation';
  'message-length': 'tooLong' | 'tooLongCustomization';
  'missing-order-id': 'missing';
  'language-mismatch': 'mismatch';
  'contact-reason-mismatch': 'reviewReasonForCritical' | 'genericReasonForCritical';
}

export type MessageVariant<R extends RuleId> = R extends keyof MessageVariants ? MessageVariants[R] : never;

/** What the suggestion buttons say. */
export type LabelKey =
  | 'removeTag'
  | 'removeLink'
  | 'useHttps'
  | 'removeEmail'
  | 'removePhone'
  | 'removeHtml'
  | 'removeImage'
  | 'removeEmoji'
  | 'keepOneEmptyLine'
  | 'normalCase'
  | 'useOneMark'
  | 'neutralWording'
  | 'reviewWithoutKind'
  | 'reviewWithoutRating'
  | 'removeSentence'
  | 'useAmazonWording'
  | 'removeWords'
  | 'removePlaceholder'
  | 'fillOrderId'
  | 'fillBuyerName'
  | 'fillSellerName'
  | 'chooseTemplate'
  | 'selectOverLimit';

/** The contact reasons that reach buyers who opted out, as the hint names them. */
export type CriticalReason = 'customization' | 'deliveryScheduling' | 'address';

/** The contact reasons delivered despite an opt-out (Amazon's critical reasons). */
export type CriticalContactReason = 'customization' | 'delivery-scheduling' | 'address-issue' | 'unexpected-problem';

export interface RuleTexts<R extends RuleId = RuleId> {
  /** Short name for the settings page. */
  title: string;
  /** Why Amazon blocks it, in a sentence. */
  why: string;
  messages: { readonly [V in MessageVariant<R>]: string };
}

export interface MessageCatalog {
  rules: { readonly [R in RuleId]: RuleTexts<R> };
  labels: { readonly [K in LabelKey]: string };
  /** Language names as they appear inside a sentence ("looks German"). */
  languages: { readonly [L in Language]: string };
  reasons: { readonly [C in CriticalReason]: string };
  /** The four critical contact reasons as the contact-reason rule names them. */
  criticalReasons: { readonly [C in CriticalContactReason]: string };
}

export type Params = Readonly<Record<string, string | number>>;
