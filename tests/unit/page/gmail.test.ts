import { appendMarkup, setMarkup } from './dom';
import { beforeEach, describe, expect, it } from 'vitest';
import { gmail } from '../../../lib/page/gmail';
import { buyerRecipients, composeSite } from '../../../lib/page/webmail';
import { readFieldText } from '../../../lib/page/field-text';
import { textOffsetsToRange } from '../../../lib/page/custom-highlight';

const BUYER = 'maria+a1b2c3@marketplace.amazon.com';

/** A Gmail compose window as public code finds it (../shared/domain/webmail.md). */
function compose(id: string, { chips = [] as string[], typed = '', body = '' } = {}): HTMLElement {
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  setMarkup(dialog, `<div class="M9" id="${id}">
    <div name="to"><div role="listbox">${chips.map((a) => `<div role="option" data-hovercard-id="${a}" data-name="x">x</div>`).join('')}</div><input peoplekit-id="p"></div>
    <input name="subjectbox" value="Re: Inquiry (Order: 112-1234567-1234567)">
    <div class="Am Al editable" contenteditable="true" role="textbox" g_editable="true">${body}</div>
    <div class="IZ"><div class="Up"><div><div role="button" class="aoO" aria-label="Send \u202a(Ctrl-Enter)\u202c">Send</div></div></div></div>
  </div>`);
  dialog.querySelector<HTMLInputElement>('input[peoplekit-id]')!.value = typed;
  document.body.append(dialog);
  return dialog.querySelector<HTMLElement>('.M9')!;
}

describe('Gmail adapter', () => {
  beforeEach(() => {
    setMarkup(document.body, '');
  });

  it('finds each compose window and the buyer among its recipients', () => {
    const toBuyer = compose('a', { chips: ['friend@example.com', BUYER] });
    const toFriend = compose('b', { chips: ['friend@example.com'] });
    expect(gmail.composeWindows(document)).toEqual([toBuyer, toFriend]);
    expect(buyerRecipients(gmail, toBuyer)).toEqual([BUYER]);
    expect(buyerRecipients(gmail, toFriend)).toEqual([]);
  });

  it('counts a typed address only once the seller has left the box it is typed in', () => {
    const root = compose('t', { typed: 'maria@marketplace.amazon.com' });
    const box = root.querySelector<HTMLInputElement>('input[peoplekit-id]')!;
    box.focus();
    // Still being typed: it may yet become "maria@marketplace.amazon.com.example.net".
    expect(buyerRecipients(gmail, root)).toEqual([]);
    box.blur();
    expect(buyerRecipients(gmail, root)).toEqual(['maria@marketplace.amazon.com']);
  });

  it('counts an address typed in full, older chips and the hidden "Name <addr>" inputs', () => {
    expect(buyerRecipients(gmail, compose('a', { typed: BUYER }))).toEqual([BUYER]);
    const old = compose('b');
    appendMarkup(old, `<div class="vR"><span email="jan+z9@marketplace.amazon.de">Jan</span></div><input type="hidden" name="cc" value="Ana &lt;ana+q1@marketplace.amazon.es&gt;, bob@example.com">`);
    expect(buyerRecipients(gmail, old)).toEqual(['jan+z9@marketplace.amazon.de', 'ana+q1@marketplace.amazon.es']);
  });

  it('checks only the seller\'s new text: not the signature, not the quoted mail', () => {
    const root = compose('a', {
      chips: [BUYER],
      body: '<div>Your lamp ships today.</div><div class="gmail_signature" data-smartmail="gmail_signature">Lily, www.example-shop.com</div><div class="gmail_quote">Maria wrote: coupon?</div>',
    });
    const fields = composeSite(gmail, root).findFields(document);
    const body = fields.find((f) => f.role === 'body')!;
    expect(fields.map((f) => f.role)).toEqual(['body', 'subject']);
    expect(readFieldText(body)).toBe('Your lamp ships today.');
    // Offsets of findings land in the new text (edits and highlights go through them).
    expect(textOffsetsToRange(body.element, 5, 9, body.skip)!.toString()).toBe('lamp');
  });

  it('finds Send, also by its localized label when the class is gone, and reads the order from the subject', () => {
    const root = compose('a', { chips: [BUYER] });
    const site = composeSite(gmail, root);
    expect(site.findSendButton(document)).toBe(root.querySelector('.aoO'));
    expect(site.readContext(document, location)).toMatchObject({ orderId: '112-1234567-1234567', marketplace: 'marketplace.amazon.com' });
    const send = root.querySelector('.aoO')!;
    send.className = '';
    send.setAttribute('aria-label', 'Envoyer \u202a(⌘Entrée)\u202c');
    expect(site.findSendButton(document)).toBe(send);
  });

  it('takes Ctrl/Cmd+Enter inside the window for a send, not outside it', () => {
    const root = compose('a', { chips: [BUYER] });
    const other = compose('b', { chips: [BUYER] });
    const site = composeSite(gmail, root);
    const keyIn = (el: Element, init: KeyboardEventInit): boolean => {
      let answer = false;
      el.addEventListener('keydown', (event) => { answer = site.isSendKey!(event as KeyboardEvent); }, { once: true });
      el.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, composed: true, ...init }));
      return answer;
    };
    const body = root.querySelector('[g_editable]')!;
    expect(keyIn(body, { key: 'Enter', ctrlKey: true })).toBe(true);
    expect(keyIn(body, { key: 'Enter', metaKey: true })).toBe(true);
    expect(keyIn(body, { key: 'Enter' })).toBe(false);
    expect(keyIn(root.querySelector('.aoO')!, { key: 'Enter' })).toBe(true);
    expect(keyIn(other.querySelector('[g_editable]')!, { key: 'Enter', ctrlKey: true })).toBe(false);
  });
});
