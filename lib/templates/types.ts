/**
 * The shapes of Clearsend's built-in message templates. Pure data: no DOM, no browser API.
 * A template is plain text with {placeholder} tokens that fillPlaceholders (./placeholders.ts)
 * replaces with the order's details.
 */
import type { ContactReason, Language, TemplatePurposeId } from '../rules/types.ts';

/**
 * What a template is for: one of the proactive messages Amazon permits (help G1701). The ids are
 * the checker's, whose "Choose a template" fixes name the purposes that fit.
 */
export type TemplatePurpose = TemplatePurposeId;

/**
 * The {tokens} a template may contain. The first four come from the page and the settings;
 * the others are details only the seller knows, left visibly in place until filled.
 */
export type Placeholder =
  /** Amazon order ID, 112-1234567-1234567. */
  | 'orderId'
  | 'buyerName'
  | 'productName'
  | 'sellerName'
  /** A date written the way the buyer's language writes it ("12 June", "12. Juni", "6月12日"). */
  | 'deliveryDate'
  /** What the buyer asked to have personalised (text, font, colours), to confirm before production. */
  | 'customizationDetails'
  /** The detail the seller needs from the buyer to complete the order. */
  | 'requestedInformation';

export interface BuiltInTemplate {
  /** Stable: `builtin.<locale>.<purpose>`. */
  id: string;
  purpose: TemplatePurpose;
  /** The language the template is written in (the buyer's language of preference). */
  locale: Language;
  /** Short name in the template's own language. */
  title: string;
  /** Plain text with {placeholder} tokens; paragraphs separated by one blank line. */
  body: string;
  /** The placeholders the body uses, in order of first appearance. */
  placeholders: Placeholder[];
  /** The contact reason to select in Seller Central's contact-buyer form. */
  contactReason: ContactReason;
  /** True when that contact reason is critical to complete the order: delivered despite opt-out. */
  deliveredDespiteOptOut: boolean;
}

/** One language's wording of one purpose: what the library files hold. */
export interface TemplateText {
  title: string;
  body: string;
}

/** One language's library: a wording for every purpose. */
export type LocaleLibrary = Readonly<Record<TemplatePurpose, TemplateText>>;
