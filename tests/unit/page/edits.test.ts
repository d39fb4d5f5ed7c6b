import { describe, expect, it, vi } from 'vitest';
import { insertAtCaret, replaceText } from '../../../lib/page/edits';
import type { ComposeField } from '../../../lib/page/seller-central';

function textareaField(value: string): { field: ComposeField; textarea: HTMLTextAreaElement } {
  const textarea = document.createElement('textarea');
  textarea.value = value;
  document.body.append(textarea);
  return { field: { kind: 'textarea', role: 'body', element: textarea, host: textarea, foundBy: 'generic' }, textarea };
}

describe('edits to the seller’s text', () => {
  it('replaces the flagged words and tells the page with a composed input event', () => {
    const { field, textarea } = textareaField('[Important] Your parcel is delayed.');
    const seen: InputEvent[] = [];
    textarea.addEventListener('input', (e) => seen.push(e as InputEvent));
    const result = replaceText(field, 0, 12, '[Important] ', '');
    expect(result).toEqual({ ok: true });
    expect(textarea.value).toBe('Your parcel is delayed.');
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.at(-1)?.composed).toBe(true);
    expect(textarea.selectionStart).toBe(0);
  });

  it('changes nothing when the text moved on since it was checked', () => {
    const { field, textarea } = textareaField('Use code SAVE10 today');
    const listener = vi.fn();
    textarea.addEventListener('input', listener);
    expect(replaceText(field, 4, 15, 'code SAVE20', '')).toEqual({ ok: false, reason: 'stale' });
    expect(replaceText(field, 40, 50, '', 'x')).toEqual({ ok: false, reason: 'stale' });
    expect(textarea.value).toBe('Use code SAVE10 today');
    expect(listener).not.toHaveBeenCalled();
  });

  it('refuses a read-only box', () => {
    const { field, textarea } = textareaField('Hello');
    textarea.readOnly = true;
    expect(replaceText(field, 0, 5, 'Hello', 'Hi')).toEqual({ ok: false, reason: 'not-editable' });
    expect(textarea.value).toBe('Hello');
  });

  it('inserts at the caret, replacing the selection, keeping odd characters intact', () => {
    const { field, textarea } = textareaField('Hi 👋🏽 there\u200b!');
    textarea.setSelectionRange(3, 7);
    expect(insertAtCaret(field, 'Señora 様')).toEqual({ ok: true });
    expect(textarea.value).toBe('Hi Señora 様 there\u200b!');
    expect(textarea.selectionStart).toBe(3 + 'Señora 様'.length);
  });
});
