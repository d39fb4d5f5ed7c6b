import { t } from '../../lib/i18n';
import type { ContactReason, Language } from '../../lib/rules/types';
import type { TemplatePurpose } from '../../lib/templates/index';

/** What each purpose is called in the popup, in the browser's language. */
export function purposeLabel(purpose: TemplatePurpose): string {
  switch (purpose) {
    case 'address-problem':
      return t('purposeAddressProblem', 'Problem with the shipping address');
    case 'delivery-scheduling':
      return t('purposeDeliveryScheduling', 'Schedule a delivery');
    case 'customization-confirmation':
      return t('purposeCustomizationConfirmation', 'Confirm customization details');
    case 'information-needed':
      return t('purposeInformationNeeded', 'Information needed to complete the order');
    case 'delay-or-problem':
      return t('purposeDelayOrProblem', 'Delay or unexpected problem');
    case 'return-question':
      return t('purposeReturnQuestion', 'Question about a return');
    case 'invoice':
      return t('purposeInvoice', 'Send an invoice');
    case 'warranty-instructions':
      return t('purposeWarrantyInstructions', 'Warranty information and instructions');
    case 'review-request':
      return t('purposeReviewRequest', 'Request a review (once per order)');
  }
}

/** The contact reason as the contact-buyer form words it. */
export function reasonLabel(reason: ContactReason): string {
  switch (reason) {
    case 'customization':
      return t('reasonCustomization', 'Request customization information');
    case 'delivery-scheduling':
      return t('reasonDeliveryScheduling', 'Schedule a delivery');
    case 'address-issue':
      return t('reasonAddressIssue', 'Resolve a shipping address issue');
    case 'order-information':
      return t('reasonOrderInformation', 'Additional information required');
    case 'unexpected-problem':
      return t('reasonUnexpectedProblem', 'Unexpected problem with order');
    case 'return':
      return t('reasonReturn', 'Return-related inquiry');
    case 'invoice':
      return t('reasonInvoice', 'Upload an invoice');
    case 'review-request':
      return t('reasonReviewRequest', 'Request a review');
    case 'other':
      return t('reasonOther', 'Other');
  }
}

/** Each language by its own name, as language pickers usually list them. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  it: 'Italiano',
  ja: '日本語',
  nl: 'Nederlands',
  sv: 'Svenska',
  pl: 'Polski',
  tr: 'Türkçe',
  pt: 'Português',
  ar: 'العربية',
  zh: '中文',
};

/**
 * "sellercentral.amazon.co.jp" -> "amazon.co.jp": the marketplace is what tells pages apart.
 * sellercentral-europe.amazon.com stays whole (its "amazon.com" would name the wrong one).
 */
export function marketplaceLabel(host: string): string {
  return host.replace(/^sellercentral\./, '');
}
