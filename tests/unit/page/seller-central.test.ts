import { beforeEach, describe, expect, it } from 'vitest';
import { findComposeFields, findSendButton, languageFromName, pressableSendElement, readPageContext } from '../../../lib/page/seller-central';

/** A minimal Katal-like component: the real control in an open shadow root. */
function defineKatal(): void {
  if (customElements.get('kat-textarea')) return;
  customElements.define('kat-textarea', class extends HTMLElement {
    constructor() {
      super();
      this.attachShadow({ mode: 'open' }).append(document.createElement('textarea'));
    }
  });
  customElements.define('kat-radiobutton', class extends HTMLElement {
    constructor() {
      super();
      const input = document.createElement('input');
      input.type = 'radio';
      this.attachShadow({ mode: 'open' }).append(input);
    }
  });
  customElements.define('kat-label', class extends HTMLElement {
    constructor() {
      super();
      const span = document.createElement('span');
      this.attachShadow({ mode: 'open' }).append(span);
    }
    static observedAttributes = ['text'];
    attributeChangedCallback(_n: string, _o: string | null, value: string | null) {
      this.shadowRoot!.querySelector('span')!.textContent = value;
    }
  });
  customElements.define('kat-button', class extends HTMLElement {
    constructor() {
      super();
      this.attachShadow({ mode: 'open' }).append(document.createElement('button'));
    }
  });
}

const CONTACT_FORM = `
  <div id="ayb-contact-buyer">
    <div class="ayb-contact-buyer-header"><h2>Send message to Jürgen Müller-Lüdenscheidt</h2></div>
    <kat-box>
      <kat-radiobutton name="r" value="" label="Schedule a delivery"></kat-radiobutton>
      <kat-radiobutton name="r" value="" label="Other"></kat-radiobutton>
    </kat-box>
    <kat-tooltip><kat-label text="Buyer's Language of Preference: German"></kat-label></kat-tooltip>
    <div class="contact-buyer-text-area"><kat-textarea></kat-textarea></div>
    <kat-button class="ayb-contact-form-send-button" label="Send"></kat-button>
  </div>`;

describe('the Seller Central page adapter', () => {
  beforeEach(() => {
    defineKatal();
    document.body.innerHTML = CONTACT_FORM; // eslint-disable-line no-restricted-syntax -- test fixture
  });

  it('finds the body inside the kat-textarea shadow root', () => {
    const fields = findComposeFields(document);
    expect(fields[0]?.foundBy).toBe('contact-form');
    expect(fields[0]?.element).toBeInstanceOf(HTMLTextAreaElement);
    expect(fields[0]?.host.tagName).toBe('KAT-TEXTAREA');
    expect(fields[0]?.element.getRootNode()).toBe(fields[0]?.host.shadowRoot);
  });

  it('never offers Clearsend’s own UI as a compose field', () => {
    const own = document.createElement('div');
    own.append(document.createElement('kat-textarea'));
    document.body.append(own);
    const fields = findComposeFields(document, own);
    expect(fields.every((f) => !own.contains(f.host))).toBe(true);
  });

  it('reads the order, buyer, language and contact reason', () => {
    const radios = document.querySelectorAll('kat-radiobutton');
    radios[0]!.shadowRoot!.querySelector('input')!.checked = true;
    const context = readPageContext(document, new URL('https://sellercentral.amazon.de/messaging/contact?orderID=302-1234567-7654321&marketplaceID=A1PA6795UKMFR9'));
    expect(context).toEqual({
      marketplace: 'sellercentral.amazon.de',
      orderId: '302-1234567-7654321',
      buyerName: 'Jürgen Müller-Lüdenscheidt',
      buyerLanguage: 'de',
      buyerLanguageLabel: 'German',
      contactReason: 'delivery-scheduling',
      contactReasonLabel: 'Schedule a delivery',
    });
  });

  it('finds the order ID in the page when the URL has none, and survives a page with nothing', () => {
    document.body.innerHTML = '<div id="ayb-contact-buyer">Order 114-7654321-1234567</div>'; // eslint-disable-line no-restricted-syntax -- test fixture
    expect(readPageContext(document, new URL('https://sellercentral.amazon.com/messaging/inbox')).orderId).toBe('114-7654321-1234567');
    document.body.replaceChildren();
    expect(readPageContext(document, new URL('https://sellercentral.amazon.com/messaging/inbox'))).toEqual({ marketplace: 'sellercentral.amazon.com' });
  });

  it('knows language names in several languages and ignores unknown ones', () => {
    expect(languageFromName('Spanish')).toBe('es');
    expect(languageFromName('Französisch')).toBe('fr');
    expect(languageFromName('日本語')).toBe('ja');
    expect(languageFromName('Dutch')).toBeUndefined();
  });

  it('finds the send button and the inner button a click lands on', () => {
    const button = findSendButton(document);
    expect(button?.tagName).toBe('KAT-BUTTON');
    expect(pressableSendElement(button!).tagName).toBe('BUTTON');
  });
});
