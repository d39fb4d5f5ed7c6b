import type { ComposeField } from './seller-central';
import { editableText } from './custom-highlight';

/** The field's text as the rule engine sees it (a contenteditable's text model: see editableText). */
export function readFieldText(field: ComposeField): string {
  const el = field.element;
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return el.value;
  return editableText(el, field.skip);
}
