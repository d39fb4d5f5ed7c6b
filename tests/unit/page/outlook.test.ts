import { setMarkup } from './dom';
import { beforeEach, describe, expect, it } from 'vitest';
import { outlook } from '../../../lib/page/outlook';
import { buyerRecipients, composeSite } from '../../../lib/page/webmail';
import { readFieldText } from '../../../lib/page/field-text';

const BUYER = 'maria+f6e5@marketplace.amazon.de';

function pill(text: string, hover?: string): string {
  const inner = `<span class="textContainer-1"><span class="individualText-2">${text}</span></span>`;
  return `<span class="_EType_RECIPIENT_ENTITY" contenteditable="false">${hover ? `<span class="lpcCommonWeb-hoverTarget" aria-label="${hover}">${inner}</span>` : inner}</span>`;
}

/** An Outlook compose form as public code finds it (../shared/domain/webmail.md). */
function compose(n: number, { to = '', subjectLabel = 'Subject', body = '' } = {}): HTMLElement {
  const root = document.createElement('div');
  root.id = `docking_InitVisiblePart_${n}`;
  setMarkup(root, `
    <div contenteditable="true" aria-label="To">${to}</div>
    <div contenteditable="true" aria-label="Cc"></div>
    <input aria-label="${subjectLabel}" value="RE: Inquiry (Order: 302-1234567-1234567)">
    <div id="editorParent_${n}"><div contenteditable="true" role="textbox" aria-label="Message body, press Alt+F10 to exit">${body}</div></div>
    <button data-testid="ComposeSendButton" aria-label="Send">Send</button>`);
  document.body.append(root);
  return root;
}

describe('Outlook adapter', () => {
  beforeEach(() => {
    setMarkup(document.body, '');
  });

  it('finds the buyer in a pill, in its hover label once resolved, and in what is typed', () => {
    const unresolved = compose(1, { to: pill(BUYER) });
    const resolved = compose(2, { to: pill('Maria Garcia - Marketplace', `Maria Garcia - Marketplace ${BUYER}`) });
    const typed = compose(3, { to: `${pill('friend@example.com')}${BUYER}` });
    const friend = compose(4, { to: pill('friend@example.com') });
    expect(outlook.composeWindows(document)).toEqual([unresolved, resolved, typed, friend]);
    expect(buyerRecipients(outlook, unresolved)).toEqual([BUYER]);
    expect(buyerRecipients(outlook, resolved)).toEqual([BUYER]);
    expect(buyerRecipients(outlook, typed)).toEqual([BUYER]);
    expect(buyerRecipients(outlook, friend)).toEqual([]);
  });

  it('takes what is typed for a recipient only once the seller has left the To line', () => {
    const typing = compose(5, { to: `${pill(BUYER)}maria@marketplace.amazon.com` });
    const well = typing.querySelector<HTMLElement>('[aria-label="To"]')!;
    well.focus();
    // Being typed, it may still become a look-alike ("…amazon.com.example.net"); the pill counts.
    expect(buyerRecipients(outlook, typing)).toEqual([BUYER]);
    well.blur();
    expect(buyerRecipients(outlook, typing)).toEqual([BUYER, 'maria@marketplace.amazon.com']);
  });

  it('remembers a pill\'s address after it resolves to a bare display name', () => {
    const root = compose(1, { to: pill(BUYER) });
    expect(buyerRecipients(outlook, root)).toEqual([BUYER]);
    root.querySelector('[class^="individualText-"]')!.textContent = 'Maria Garcia - Marketplace';
    expect(buyerRecipients(outlook, root)).toEqual([BUYER]);
    root.querySelector('._EType_RECIPIENT_ENTITY')!.remove();
    expect(buyerRecipients(outlook, root)).toEqual([]);
  });

  it('finds the subject by its localized label and the body without the signature and the quoted original', () => {
    const root = compose(1, {
      to: pill(BUYER),
      subjectLabel: 'Betreff',
      body: '<div>Ihr Paket ist unterwegs.</div><div id="Signature">Lily, www.example-shop.com</div><hr><div id="divRplyFwdMsg">Von: Maria</div><div>Gutschein?</div>',
    });
    const fields = composeSite(outlook, root).findFields(document);
    expect(fields.map((f) => f.role)).toEqual(['body', 'subject']);
    expect(readFieldText(fields[0]!).trim()).toBe('Ihr Paket ist unterwegs.');
    expect(composeSite(outlook, root).findSendButton(document)).toBe(root.querySelector('[data-testid="ComposeSendButton"]'));
  });

  it('finds a form without its known id from the body, the wells and Send around it', () => {
    const root = compose(1, { to: pill(BUYER) });
    root.id = 'renamed';
    const send = root.querySelector('[data-testid]')!;
    send.removeAttribute('data-testid');
    send.setAttribute('aria-label', 'Senden');
    expect(outlook.composeWindows(document)).toEqual([root]);
    expect(outlook.sendButton(root)).toBe(send);
  });
});
