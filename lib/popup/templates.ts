/**
 * The popup's template list: the built-in library and the seller's own templates in one shape,
 * filtered by language, purpose and search words, and filled from the page's context. Pure: no
 * DOM, no browser API.
 */
import type { PageContext } from '../page/seller-central';
import type { ContactReason, Language } from '../rules/types';
import type { Template } from '../storage/templates';
import { BUILT_IN_TEMPLATES, PURPOSES, TEMPLATE_LOCALES, fillPlaceholders } from '../templates/index';
import type { Placeholder, TemplatePurpose } from '../templates/index';

export interface PopupTemplate {
  id: string;
  title: string;
  body: string;
  /** The language tag as stored: 'es' for the library, whatever the seller chose for theirs. */
  locale: string;
  /** Unknown for a custom template whose purpose names none of the library's. */
  purpose?: TemplatePurpose;
  /** The contact reason to select in the contact-buyer form. */
  contactReason?: ContactReason;
  /** That reason is delivered even when the buyer opted out of messages. */
  deliveredDespiteOptOut?: boolean;
  /** The seller's own template. */
  custom: boolean;
}

export type LanguageFilter = Language | 'all';
export type PurposeFilter = TemplatePurpose | 'all';

export interface TemplateFilter {
  language: LanguageFilter;
  purpose: PurposeFilter;
  query: string;
}

const PURPOSE_ORDER = new Map<string, number>(PURPOSES.map((info, index) => [info.purpose, index]));

function isPurpose(value: string): value is TemplatePurpose {
  return PURPOSE_ORDER.has(value);
}

/** The primary language of a tag: 'es-MX' and 'ES' are both 'es'. */
export function primaryLanguage(locale: string): string {
  return locale.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

export function isLanguage(value: string): value is Language {
  return (TEMPLATE_LOCALES as readonly string[]).includes(value);
}

/**
 * A custom template's purpose is free text: a library purpose ('invoice'), or a contact reason
 * ('address-issue'), which stands for the first purpose that uses that reason.
 */
function purposeOfCustom(purpose: string): TemplatePurpose | undefined {
  const key = purpose.trim().toLowerCase();
  if (isPurpose(key)) return key;
  return PURPOSES.find((info) => info.contactReason === key)?.purpose;
}

function fromPurpose(purpose: TemplatePurpose | undefined): Pick<PopupTemplate, 'purpose' | 'contactReason' | 'deliveredDespiteOptOut'> {
  const info = purpose ? PURPOSES.find((entry) => entry.purpose === purpose) : undefined;
  return info ? { purpose: info.purpose, contactReason: info.contactReason, deliveredDespiteOptOut: info.deliveredDespiteOptOut } : {};
}

/** Every template the popup lists: the seller's own first, then the library, each in purpose order. */
export function popupTemplates(custom: readonly Template[]): PopupTemplate[] {
  const rank = (purpose?: TemplatePurpose): number => (purpose ? (PURPOSE_ORDER.get(purpose) ?? PURPOSES.length) : PURPOSES.length);
  const own = custom
    .filter((template) => template.body.trim() !== '')
    .map((template): PopupTemplate => ({
      id: `custom.${template.id}`,
      title: template.title.trim() || template.body.trim().split('\n')[0]!.slice(0, 60),
      body: template.body,
      locale: template.locale,
      custom: true,
      ...fromPurpose(purposeOfCustom(template.purpose)),
    }))
    .sort((a, b) => rank(a.purpose) - rank(b.purpose));
  const library = BUILT_IN_TEMPLATES.map((template): PopupTemplate => ({
    id: template.id,
    title: template.title,
    body: template.body,
    locale: template.locale,
    purpose: template.purpose,
    contactReason: template.contactReason,
    deliveredDespiteOptOut: template.deliveredDespiteOptOut,
    custom: false,
  }));
  return [...own, ...library];
}

/**
 * The language to show first: the buyer's language of preference; without one, the browser's
 * language when the library has it; else English.
 */
export function initialLanguage(context: PageContext | undefined, uiLanguage = ''): Language {
  if (context?.buyerLanguage) return context.buyerLanguage;
  const ui = primaryLanguage(uiLanguage);
  return isLanguage(ui) ? ui : 'en';
}

/** Lower case, without accents, so "resena" finds "Reseña" and "adresse" finds "Adresse". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The templates that match the filter, in list order. Every search word must appear in the
 * template's title, body or the purpose names `labels` gives for it (the UI's own wording).
 */
export function filterTemplates(
  templates: readonly PopupTemplate[],
  filter: TemplateFilter,
  labels: (template: PopupTemplate) => string[] = () => [],
): PopupTemplate[] {
  const words = foldForSearch(filter.query).split(/\s+/).filter(Boolean);
  return templates.filter((template) => {
    if (filter.language !== 'all' && primaryLanguage(template.locale) !== filter.language) return false;
    if (filter.purpose !== 'all' && template.purpose !== filter.purpose) return false;
    if (words.length === 0) return true;
    const purposeLabel = template.purpose ? (PURPOSES.find((info) => info.purpose === template.purpose)?.label ?? '') : '';
    const haystack = foldForSearch([template.title, template.body, purposeLabel, ...labels(template)].join('\n'));
    return words.every((word) => haystack.includes(word));
  });
}

/** The values the page and the settings give for placeholders; the others stay for the seller. */
export function placeholderValues(context: PageContext | undefined, sellerName: string): Partial<Record<Placeholder, string>> {
  const values: Partial<Record<Placeholder, string>> = {};
  if (context?.orderId) values.orderId = context.orderId;
  if (context?.buyerName) values.buyerName = context.buyerName;
  if (sellerName.trim()) values.sellerName = sellerName;
  return values;
}

/** A piece of the preview: plain text, or a placeholder still to fill in (its token as text). */
export interface PreviewSegment {
  text: string;
  missing?: Placeholder;
}

export interface FilledPreview {
  /** What is inserted or copied. */
  text: string;
  segments: PreviewSegment[];
  missing: Placeholder[];
}

const TOKEN_SPLIT = /(\{[A-Za-z][A-Za-z0-9_]*\})/;

/**
 * The template filled with `values`, and the same text in segments that mark each placeholder
 * left unfilled. Each token is filled on its own, so a value that looks like a token ("{orderId}"
 * in a buyer's name) is never marked or expanded.
 */
export function fillForPreview(body: string, values: Partial<Record<Placeholder, string>>): FilledPreview {
  const { text, missing } = fillPlaceholders(body, values);
  const segments: PreviewSegment[] = [];
  const push = (segment: PreviewSegment): void => {
    const last = segments.at(-1);
    if (last && !last.missing && !segment.missing) last.text += segment.text;
    else if (segment.text !== '') segments.push(segment);
  };
  body.split(TOKEN_SPLIT).forEach((part, index) => {
    if (index % 2 === 0) {
      push({ text: part });
      return;
    }
    const filled = fillPlaceholders(part, values);
    const name = filled.missing[0];
    push(name ? { text: part, missing: name } : { text: filled.text });
  });
  return { text, segments, missing };
}
