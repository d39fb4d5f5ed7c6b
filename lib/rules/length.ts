/**
 * Message length. The Selling Partner API's message types allow 2,000 characters
 * (confirmCustomizationDetails: 800); the web form follows the same limits.
 */
import { makeFinding, type FieldText } from './finding.ts';
import type { Finding, LintOptions } from './types.ts';

export const MAX_LENGTH = 2000;
export const MAX_LENGTH_CUSTOMIZATION = 800;

export function checkLength(where: FieldText, options: LintOptions): Finding[] {
  const limit = options.contactReason === 'customization' ? MAX_LENGTH_CUSTOMIZATION : MAX_LENGTH;
  const text = where.text;
  if (text.length <= limit) return [];
  let start = limit;
  // Never split an emoji or other surrogate pair.
  const c = text.charCodeAt(start);
  if (c >= 0xdc00 && c <= 0xdfff && start > 0) start--;
  return [
    makeFinding(
      'message-length',
      where,
      start,
      text.length,
      limit === MAX_LENGTH_CUSTOMIZATION ? 'tooLongCustomization' : 'tooLong',
      { count: text.length, limit, excess: text.length - limit },
    ),
  ];
}
