/**
 * Clearsend's built-in template library: one template for each permitted proactive message type
 * (Amazon Communication Guidelines, help G1701) in each language the checker knows, written for
 * that language's buyers rather than translated. Each carries the contact reason to select, and
 * whether that reason is critical to complete the order (delivered even if the buyer opted out).
 */
import { LANGUAGES } from '../rules/types.ts';
import type { ContactReason, Language } from '../rules/types.ts';
import { ar } from './library/ar.ts';
import { de } from './library/de.ts';
import { en } from './library/en.ts';
import { es } from './library/es.ts';
import { fr } from './library/fr.ts';
import { it } from './library/it.ts';
import { ja } from './library/ja.ts';
import { nl } from './library/nl.ts';
import { pl } from './library/pl.ts';
import { pt } from './library/pt.ts';
import { sv } from './library/sv.ts';
import { tr } from './library/tr.ts';
import { zh } from './library/zh.ts';
import { placeholdersIn } from './placeholders.ts';
import type { BuiltInTemplate, LocaleLibrary, TemplatePurpose } from './types.ts';

export type { BuiltInTemplate, Placeholder, TemplatePurpose } from './types.ts';
export { fillPlaceholders, placeholdersIn, unknownTokens, PLACEHOLDERS } from './placeholders.ts';

export interface PurposeInfo {
  purpose: TemplatePurpose;
  /** English label; the UI translates it through its locale files. */
  label: string;
  /** The contact reason to select in the contact-buyer form. */
  contactReason: ContactReason;
  /** Critical to complete the order: delivered even when the buyer opted out of messages. */
  deliveredDespiteOptOut: boolean;
}

/** Every purpose, in the order the template picker lists them: critical ones first. */
export const PURPOSES: readonly PurposeInfo[] = [
  { purpose: 'address-problem', label: 'Problem with the shipping address', contactReason: 'address-issue', deliveredDespiteOptOut: true },
  { purpose: 'delivery-scheduling', label: 'Schedule a delivery', contactReason: 'delivery-scheduling', deliveredDespiteOptOut: true },
  { purpose: 'customization-confirmation', label: 'Confirm customization details', contactReason: 'customization', deliveredDespiteOptOut: true },
  { purpose: 'information-needed', label: 'Information needed to complete the order', contactReason: 'order-information', deliveredDespiteOptOut: false },
  { purpose: 'delay-or-problem', label: 'Delay or unexpected problem', contactReason: 'unexpected-problem', deliveredDespiteOptOut: false },
  { purpose: 'return-question', label: 'Question about a return', contactReason: 'return', deliveredDespiteOptOut: false },
  { purpose: 'invoice', label: 'Send an invoice', contactReason: 'invoice', deliveredDespiteOptOut: false },
  { purpose: 'warranty-instructions', label: 'Warranty information and instructions', contactReason: 'other', deliveredDespiteOptOut: false },
  { purpose: 'review-request', label: 'Request a review (once per order)', contactReason: 'review-request', deliveredDespiteOptOut: false },
];

const PURPOSE_INFO = new Map<TemplatePurpose, PurposeInfo>(PURPOSES.map((info) => [info.purpose, info]));

export function purposeInfo(purpose: TemplatePurpose): PurposeInfo {
  return PURPOSE_INFO.get(purpose) as PurposeInfo;
}

/** Each language's library. Adding a language: one file in library/ and one entry here. */
const LIBRARIES: Readonly<Record<Language, LocaleLibrary>> = { en, de, fr, es, it, ja, nl, sv, pl, tr, pt, ar, zh };

/** The languages the library is written in, in the order the picker lists them. */
export const TEMPLATE_LOCALES: readonly Language[] = LANGUAGES.filter((language) => Object.hasOwn(LIBRARIES, language));

/** A locale's library; English for a value that is not a language (data from storage, say). */
function libraryOf(locale: Language): LocaleLibrary {
  return Object.hasOwn(LIBRARIES, locale) ? LIBRARIES[locale] : en;
}

/** Per-language names of the purposes, from each library's titles, for a picker in the buyer's language. */
export function purposeTitle(purpose: TemplatePurpose, locale: Language): string {
  return libraryOf(locale)[purpose].title;
}

function build(locale: Language, info: PurposeInfo): BuiltInTemplate {
  const { title, body } = libraryOf(locale)[info.purpose];
  return Object.freeze({
    id: `builtin.${locale}.${info.purpose}`,
    purpose: info.purpose,
    locale,
    title,
    body,
    placeholders: placeholdersIn(body),
    contactReason: info.contactReason,
    deliveredDespiteOptOut: info.deliveredDespiteOptOut,
  });
}

export const BUILT_IN_TEMPLATES: readonly BuiltInTemplate[] = Object.freeze(
  TEMPLATE_LOCALES.flatMap((locale) => PURPOSES.map((info) => build(locale, info))),
);

const BY_ID = new Map<string, BuiltInTemplate>(BUILT_IN_TEMPLATES.map((template) => [template.id, template]));

/** The built-in templates written in one language, in picker order. */
export function templatesFor(locale: Language): readonly BuiltInTemplate[] {
  return BUILT_IN_TEMPLATES.filter((template) => template.locale === locale);
}

export function findTemplate(id: string): BuiltInTemplate | undefined {
  return BY_ID.get(id);
}
