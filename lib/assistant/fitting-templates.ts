/**
 * "Choose a template" from a finding: the page asks the extension's background for the templates
 * that fit the purposes the fix names, in the buyer's language, filled from what the page knows.
 * The background holds the library and the seller's own templates; the content script stays small
 * (the request's shape is in lib/messaging.ts).
 */
import type { PageContext } from '../page/seller-central';
import type { Template } from '../storage/templates';
import type { FittingTemplate, FittingTemplatesRequest } from '../messaging';
import { fillForPreview, placeholderValues, popupTemplates, primaryLanguage } from '../popup/templates';

/** At most this many are offered: a short list to pick from, the popup has them all. */
const MAX_OFFERED = 6;

/**
 * The seller's own templates and the library's for those purposes, in the purposes' order and the
 * buyer's language (English when the library has none in it).
 */
export function fittingTemplates(request: FittingTemplatesRequest, custom: readonly Template[], sellerName: string): FittingTemplate[] {
  const all = popupTemplates(custom);
  const inLanguage = (language: string) => all.filter((t) => primaryLanguage(t.locale) === language);
  const pool = inLanguage(request.language).length > 0 ? inLanguage(request.language) : inLanguage('en');
  const context = { orderId: request.context.orderId, buyerName: request.context.buyerName } as PageContext;
  const values = placeholderValues(context, sellerName);
  const out: FittingTemplate[] = [];
  for (const purpose of request.purposes) {
    for (const template of pool) {
      if (template.purpose !== purpose || out.some((o) => o.id === template.id)) continue;
      out.push({ id: template.id, title: template.title, body: fillForPreview(template.body, values).text, custom: template.custom });
    }
  }
  return out.slice(0, MAX_OFFERED);
}
