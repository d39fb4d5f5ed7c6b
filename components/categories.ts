import type { Category } from '../lib/rules/types';
import { t } from '../lib/i18n';

/** What each category is called, in the panel's groups and on the options page. */
export const CATEGORY_NAMES: Record<Category, () => string> = {
  'important-tag': () => t('categoryImportantTag', '"[Important]" tag'),
  promotion: () => t('categoryPromotion', 'Marketing and promotion'),
  'review-manipulation': () => t('categoryReviews', 'Review requests'),
  'external-link': () => t('categoryLinks', 'Links'),
  'contact-info': () => t('categoryContacts', 'Contact details'),
  'opt-out': () => t('categoryOptOut', 'Opt-out wording'),
  formatting: () => t('categoryFormatting', 'Formatting'),
  'not-permitted-type': () => t('categoryMessageType', 'Messages that are not permitted'),
  length: () => t('categoryLength', 'Length'),
  'cancellation-request': () => t('categoryCancellation', 'Asking the buyer to cancel'),
  'off-amazon': () => t('categoryOffAmazon', 'Steering buyers off Amazon'),
  'contact-reason': () => t('categoryContactReason', 'Contact reason'),
  placeholder: () => t('categoryPlaceholder', 'Unfilled template variables'),
  context: () => t('categoryContext', 'Hints about the context'),
};
