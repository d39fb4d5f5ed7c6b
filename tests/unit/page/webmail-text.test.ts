import { setMarkup } from './dom';
import { describe, expect, it } from 'vitest';
import { editableText, textOffsetOf, textOffsetsToRange } from '../../../lib/page/custom-highlight';
import { caretOf } from '../../../lib/page/edits';
import type { ComposeField } from '../../../lib/page/seller-central';

const SKIP = '.gmail_quote, .gmail_signature';

function editor(html: string): HTMLElement {
  setMarkup(document.body, `<div contenteditable="true" id="e">${html}</div>`);
  return document.getElementById('e')!;
}

describe('the text model with skipped parts, and the caret', () => {
  it('leaves skipped elements out, and offsets map to the same places', () => {
    const el = editor('<div>Hello</div><div class="gmail_signature">Sig</div><div>World</div><div class="gmail_quote">Old</div>');
    expect(editableText(el, SKIP)).toBe('Hello\nWorld');
    expect(editableText(el)).toBe('Hello\nSig\nWorld\nOld');
    expect(textOffsetsToRange(el, 6, 11, SKIP)!.toString()).toBe('World');
  });

  it('gives the text offset of a caret, in text and between elements', () => {
    const el = editor('<div>Hello</div><div class="gmail_signature">Sig</div><div>World</div>');
    const world = el.children[2]!.firstChild!;
    expect(textOffsetOf(el, world, 2, SKIP)).toBe(8);
    expect(textOffsetOf(el, el.children[0]!.firstChild!, 5, SKIP)).toBe(5);
    expect(textOffsetOf(el, document.body, 0, SKIP)).toBeUndefined();
  });

  it('a contenteditable field\'s caret is the selection the seller left in it, else the end', () => {
    const el = editor('<div>Hello</div><div>World</div>');
    const field: ComposeField = { kind: 'contenteditable', role: 'body', element: el, host: el, foundBy: 'gmail', skip: SKIP };
    document.getSelection()!.removeAllRanges();
    expect(caretOf(field)).toEqual({ start: 11, end: 11 });
    const range = document.createRange();
    range.setStart(el.children[1]!.firstChild!, 1);
    range.setEnd(el.children[1]!.firstChild!, 3);
    document.getSelection()!.addRange(range);
    expect(caretOf(field)).toEqual({ start: 7, end: 9 });
  });
});
