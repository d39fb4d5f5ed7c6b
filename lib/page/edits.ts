/**
 * Changes to the seller's text, made the way typing makes them: through the browser's editing
 * commands, so Ctrl+Z undoes them and the page's own listeners see ordinary input events
 * (composed, so they cross the Katal component's shadow boundary). Every edit first checks that
 * the text is still what the seller saw; nothing is changed on a mismatch.
 */
import type { ComposeField } from './seller-central';
import { editableText, textOffsetOf, textOffsetsToRange } from './custom-highlight';

export type EditResult = { ok: true } | { ok: false; reason: 'stale' | 'not-editable' | 'refused' };

type TextControl = HTMLTextAreaElement | HTMLInputElement;

function isTextControl(el: Element): el is TextControl {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;
}

function runEditCommand(doc: Document, replacement: string): boolean {
  try {
    // An empty replacement is a deletion of the selection; insertText('') is a no-op in some engines.
    return replacement === '' ? doc.execCommand('delete') : doc.execCommand('insertText', false, replacement);
  } catch {
    return false;
  }
}

function replaceInControl(el: TextControl, start: number, end: number, replacement: string): EditResult {
  if (el.readOnly || el.disabled) return { ok: false, reason: 'not-editable' };
  const before = el.value;
  const wanted = before.slice(0, start) + replacement + before.slice(end);
  el.focus({ preventScroll: true });
  el.setSelectionRange(start, end);
  runEditCommand(el.ownerDocument, replacement);
  if (el.value === wanted) return { ok: true };
  if (el.value !== before) return { ok: false, reason: 'refused' };
  // Fallback where editing commands are unavailable: not on the undo stack, but the page is told.
  el.setRangeText(replacement, start, end, 'end');
  el.setSelectionRange(start + replacement.length, start + replacement.length);
  el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertReplacementText', data: replacement }));
  return el.value === wanted ? { ok: true } : { ok: false, reason: 'refused' };
}

function replaceInEditable(el: HTMLElement, start: number, end: number, replacement: string, skip?: string): EditResult {
  if (!el.isContentEditable) return { ok: false, reason: 'not-editable' };
  const range = textOffsetsToRange(el, start, end, skip);
  if (!range) return { ok: false, reason: 'stale' };
  const before = editableText(el, skip);
  el.focus({ preventScroll: true });
  const selection = el.ownerDocument.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  runEditCommand(el.ownerDocument, replacement);
  return editableText(el, skip) !== before || start === end ? { ok: true } : { ok: false, reason: 'refused' };
}

/**
 * Replaces [start, end) of the field's text with `replacement`, if that span still reads
 * `expected`. The caret ends after the replacement.
 */
export function replaceText(field: ComposeField, start: number, end: number, expected: string, replacement: string): EditResult {
  const el = field.element;
  const text = isTextControl(el) ? el.value : editableText(el, field.skip);
  if (start < 0 || end > text.length || start > end || text.slice(start, end) !== expected) return { ok: false, reason: 'stale' };
  if (expected === replacement) return { ok: true };
  return isTextControl(el) ? replaceInControl(el, start, end, replacement) : replaceInEditable(el, start, end, replacement, field.skip);
}

/** Selects [start, end) of a contenteditable's text, for the seller to rewrite it. */
export function selectInEditable(el: HTMLElement, start: number, end: number, skip?: string): void {
  const range = textOffsetsToRange(el, start, end, skip);
  if (!range) return;
  const selection = el.ownerDocument.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

export interface Caret {
  start: number;
  end: number;
}

/** Where the caret (or selection) is in the field, in text offsets. */
export function caretOf(field: ComposeField): Caret {
  const el = field.element;
  if (isTextControl(el)) return { start: el.selectionStart ?? el.value.length, end: el.selectionEnd ?? el.value.length };
  const length = editableText(el, field.skip).length;
  // The selection the seller left in the box (it stays while the toolbar popup has focus).
  const selection = el.ownerDocument.getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
  const start = range ? textOffsetOf(el, range.startContainer, range.startOffset, field.skip) : undefined;
  const end = range ? textOffsetOf(el, range.endContainer, range.endOffset, field.skip) : undefined;
  if (start === undefined || end === undefined) return { start: length, end: length };
  return { start: Math.min(start, length), end: Math.min(Math.max(start, end), length) };
}

/** Inserts text at a caret (by default the field's own), replacing any selected text, as one undoable edit. */
export function insertAtCaret(field: ComposeField, text: string, caret: Caret = caretOf(field)): EditResult {
  const el = field.element;
  const current = isTextControl(el) ? el.value : editableText(el, field.skip);
  const start = Math.min(Math.max(0, caret.start), current.length);
  const end = Math.min(Math.max(start, caret.end), current.length);
  return replaceText(field, start, end, current.slice(start, end), text);
}
