import { beforeEach, describe, expect, it } from 'vitest';
import { contactReasonFromLabel } from '../../../lib/page/contact-reasons';
import {
  findComposeFields,
  findSendButton,
  isDialogSend,
  isReviewStepOpen,
  languageFromName,
  pressableSendElement,
  readPageContext,
} from '../../../lib/page/seller-central';
import type { ComposeField } from '../../../lib/page/seller-central';

/**
 * Minimal Katal-like components, shaped as public automation code shows them: the textarea and
 * the button's <button> in open shadow roots, the radio's <input slot="radio"> in the light DOM.
 */
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
      this.attachShadow({ mode: 'open' }).append(document.createElement('slot'));
    }
    connectedCallback() {
      if (this.querySelector('input')) return;
      const input = document.createElement('input');
      input.type = 'radio';
      input.slot = 'radio';
      input.name = this.getAttribute('name') ?? '';
      this.append(input);
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
      const button = document.createElement('button');
      button.className = 'button';
      this.attachShadow({ mode: 'open' }).append(button);
    }
  });
}

/** The contact-buyer form as ../shared/domain/seller-central-page.md draws it. */
const CONTACT_FORM = `
  <div id="ayb-contact-buyer">
    <div class="ayb-contact-buyer-header"><h2>Send message to Jürgen Müller-Lüdenscheidt</h2></div>
    <div><kat-box><div>
      <kat-radiobutton name="r" value="a1" label="Schedule a delivery"></kat-radiobutton>
      <kat-radiobutton name="r" value="a2" label="Other"></kat-radiobutton>
    </div></kat-box></div>
    <div>
      <kat-tooltip><kat-label text="Buyer's Language of Preference: German"></kat-label></kat-tooltip>
      <form><div><div><div class="contact-buyer-text-area"><kat-textarea unique-id="katal-id-7"></kat-textarea></div></div></div></form>
    </div>
    <div><kat-modal visible="false">
      <div slot="header"><h1>Review message</h1></div>
      <div slot="footer"><kat-button class="review-send" label="Send"></kat-button></div>
    </kat-modal></div>
    <div><kat-button class="ayb-contact-form-send-button" label="Send"></kat-button></div>
  </div>`;

const CONTACT_URL = new URL('https://sellercentral.amazon.de/messaging/contact?orderID=302-1234567-7654321&marketplaceID=A1PA6795UKMFR9');

function setBody(html: string): void {
  document.body.innerHTML = html; // eslint-disable-line no-restricted-syntax -- test fixture
}

function fieldOf(host: HTMLElement): ComposeField {
  return { kind: 'textarea', role: 'body', element: host.shadowRoot!.querySelector('textarea')!, host, foundBy: 'katal' };
}

describe('the Seller Central page adapter', () => {
  beforeEach(() => {
    defineKatal();
    setBody(CONTACT_FORM);
  });

  it('finds the body inside the kat-textarea shadow root, inside the form', () => {
    const fields = findComposeFields(document);
    expect(fields[0]?.foundBy).toBe('contact-form');
    expect(fields[0]?.element).toBeInstanceOf(HTMLTextAreaElement);
    expect(fields[0]?.host.tagName).toBe('KAT-TEXTAREA');
    expect(fields[0]?.element.getRootNode()).toBe(fields[0]?.host.shadowRoot);
  });

  it('never takes a box by its Katal counter id', () => {
    // katal-id-20 is a dropdown on another page: a box elsewhere with that id is not the body.
    setBody('<div class="filters"><kat-textarea unique-id="katal-id-20"></kat-textarea></div>');
    expect(findComposeFields(document)).toEqual([]);
  });

  it('never offers Clearsend’s own UI as a compose field', () => {
    const own = document.createElement('div');
    own.append(document.createElement('kat-textarea'));
    document.body.append(own);
    const fields = findComposeFields(document, own);
    expect(fields.every((f) => !own.contains(f.host))).toBe(true);
  });

  it('reads the order, buyer, language and the reason from the slotted light-DOM radio', () => {
    const radios = document.querySelectorAll('kat-radiobutton');
    // The input is a light-DOM child, not in the shadow root; the host has not reflected it yet.
    const input = radios[0]!.querySelector<HTMLInputElement>(':scope > input[slot="radio"]')!;
    expect(radios[0]!.shadowRoot!.querySelector('input')).toBeNull();
    input.checked = true;
    expect(radios[0]!.hasAttribute('checked')).toBe(false);
    // The page gives the label; what reason it names is read where the labels' data is.
    const context = readPageContext(document, CONTACT_URL);
    expect(context).toEqual({
      marketplace: 'sellercentral.amazon.de',
      orderId: '302-1234567-7654321',
      buyerName: 'Jürgen Müller-Lüdenscheidt',
      buyerLanguage: 'de',
      buyerLanguageLabel: 'German',
      contactReasonLabel: 'Schedule a delivery',
    });
    expect(contactReasonFromLabel(context.contactReasonLabel ?? '')).toBe('delivery-scheduling');
  });

  it('reads checked="true" on a host without an input, and not checked="false"', () => {
    setBody(`<kat-radiobutton label="Other" checked="false"></kat-radiobutton><kat-radiobutton label="Notify of a problem with shipping your order" checked="true"></kat-radiobutton>`);
    for (const radio of document.querySelectorAll('kat-radiobutton')) radio.querySelector('input')?.remove();
    const context = readPageContext(document, CONTACT_URL);
    expect(contactReasonFromLabel(context.contactReasonLabel ?? '')).toBe('unexpected-problem');
    expect(context.contactReasonLabel).toBe('Notify of a problem with shipping your order');
  });

  it('takes a native radio group as the reason only on contact pages, by its label, never its value', () => {
    setBody('<label><input type="radio" name="x" value="customization" checked> Other</label>');
    expect(readPageContext(document, CONTACT_URL).contactReasonLabel).toBe('Other');
    expect(contactReasonFromLabel(readPageContext(document, CONTACT_URL).contactReasonLabel ?? '')).toBe('other');
    expect(readPageContext(document, new URL('https://sellercentral.amazon.com/messaging/inbox')).contactReasonLabel).toBeUndefined();
  });

  it('reads the order ID of a contact from Manage Returns from its URL', () => {
    setBody('<main><h1>Contact buyer about a return</h1><form><kat-textarea></kat-textarea></form></main>');
    const url = new URL('https://sellercentral.amazon.com/messaging/contact/returns?buyerID=A2B3C4&isMYR=1&returnRequestId=Dk3&orderID=113-2468013-5791357');
    const context = readPageContext(document, url, document.querySelector('kat-textarea')!);
    expect(context.orderId).toBe('113-2468013-5791357');
    // The page's heading is not a buyer's name: nothing is read from it off the inbox.
    expect(context.buyerName).toBeUndefined();
  });

  it('finds the order ID in the contact form when the URL has none, and survives a page with nothing', () => {
    setBody('<div id="ayb-contact-buyer">Order 114-7654321-1234567</div>');
    expect(readPageContext(document, new URL('https://sellercentral.amazon.com/messaging/contact')).orderId).toBe('114-7654321-1234567');
    document.body.replaceChildren();
    expect(readPageContext(document, new URL('https://sellercentral.amazon.com/messaging/inbox'))).toEqual({ marketplace: 'sellercentral.amazon.com' });
  });

  it('knows language names in several languages and ignores unknown ones', () => {
    expect(languageFromName('Spanish')).toBe('es');
    expect(languageFromName('Französisch')).toBe('fr');
    expect(languageFromName('日本語')).toBe('ja');
    expect(languageFromName('Dutch')).toBe('nl');
    expect(languageFromName('Klingon')).toBeUndefined();
  });

  it('finds the send button and the inner button a click lands on', () => {
    const button = findSendButton(document);
    expect(button?.classList.contains('ayb-contact-form-send-button')).toBe(true);
    expect(pressableSendElement(button!).tagName).toBe('BUTTON');
  });

  it('without the known class, finds the Send outside the form, not the pop-up’s or Clearsend’s', () => {
    document.querySelector('.ayb-contact-form-send-button')!.classList.remove('ayb-contact-form-send-button');
    const own = document.createElement('clearsend-assistant');
    const anyway = document.createElement('button');
    anyway.textContent = 'Send anyway';
    own.attachShadow({ mode: 'open' }).append(anyway);
    document.body.prepend(own);
    const field = fieldOf(document.querySelector('kat-textarea')!);
    const button = findSendButton(document, field, own);
    expect(button?.tagName).toBe('KAT-BUTTON');
    expect(button?.closest('kat-modal')).toBeNull();
    expect(button?.closest('form')).toBeNull();
  });

  it('prefers the Send nearest the box, past a Cancel beside it', () => {
    setBody(`
      <section class="other"><kat-button label="Send"></kat-button></section>
      <section class="compose"><form><div><kat-textarea></kat-textarea></div></form>
        <div><kat-button label="Cancel"></kat-button><kat-button class="mine" label="Send"></kat-button></div></section>`);
    const button = findSendButton(document, fieldOf(document.querySelector('kat-textarea')!));
    expect(button?.classList.contains('mine')).toBe(true);
  });

  it('tells the Review-message step’s Send from the form’s, and sees the step open', () => {
    const modal = document.querySelector('kat-modal')!;
    expect(isReviewStepOpen(document)).toBe(false);
    modal.setAttribute('visible', 'true');
    expect(isReviewStepOpen(document)).toBe(true);
    const inner = document.querySelector('.review-send')!.shadowRoot!.querySelector('button')!;
    const path = (target: Element): EventTarget[] => {
      const nodes: EventTarget[] = [];
      for (let at: Node | null = target; at; at = at instanceof ShadowRoot ? at.host : at.parentNode) nodes.push(at);
      return nodes;
    };
    expect(isDialogSend(path(inner))).toBe(true);
    expect(isDialogSend(path(document.querySelector('.ayb-contact-form-send-button')!))).toBe(false);
  });
});

describe('the inbox: the open thread, never the thread list', () => {
  const LIST = ['305-7654321-1234567', '249-5556667-7778889', '171-2345678-3456789']
    .map((id, i) => `<a class="thread-link" href="#">Buyer ${i} · ${id} · Hello</a>`)
    .join('');
  const thread = (header: string) => `
    <div class="layout">
      <aside><nav>${LIST}</nav></aside>
      <main><section class="thread">
        <div class="thread-header">${header}</div>
        <div class="message">Could you tell me when the table will be delivered?</div>
        <form><kat-textarea></kat-textarea></form><div><kat-button label="Send"></kat-button></div>
      </section></main>
    </div>`;
  const THREAD_URL = new URL('https://sellercentral.amazon.com/messaging/inbox?fi=caseId&ss=6a1d2e4f-8b3c-4d5e-a6f7-1b2c3d4e5f60&cc=6a1d2e4f-8b3c-4d5e-a6f7-1b2c3d4e5f60');

  beforeEach(() => defineKatal());

  it('reads the order ID and the buyer of the open thread around the reply box', () => {
    setBody(thread('<h2>Maria Garcia</h2><p>Order ID: 112-1234567-1234567</p>'));
    const context = readPageContext(document, THREAD_URL, document.querySelector('kat-textarea')!);
    expect(context.orderId).toBe('112-1234567-1234567');
    expect(context.buyerName).toBe('Maria Garcia');
  });

  it('reads an order ID that runs into the next element’s text', () => {
    setBody(thread('<h2>Maria Garcia</h2><p>Order ID: 112-1234567-1234567</p>').replace(/>\s+</g, '><'));
    expect(document.querySelector('.thread')!.textContent).toContain('112-1234567-1234567Could');
    expect(readPageContext(document, THREAD_URL, document.querySelector('kat-textarea')!).orderId).toBe('112-1234567-1234567');
  });

  it('leaves the order out when the open thread shows none, and when no box tells which thread is open', () => {
    setBody(thread('<h2>Noah Smith</h2>'));
    expect(readPageContext(document, THREAD_URL, document.querySelector('kat-textarea')!).orderId).toBeUndefined();
    setBody(thread('<h2>Maria Garcia</h2><p>Order ID: 112-1234567-1234567</p>'));
    expect(readPageContext(document, THREAD_URL).orderId).toBeUndefined();
  });

  it('takes the searched order from a search URL', () => {
    setBody(thread('<h2>Noah Smith</h2>'));
    const url = new URL('https://sellercentral.amazon.com/messaging/inbox?fi=search&ss=112-1234567-1234567');
    expect(readPageContext(document, url, document.querySelector('kat-textarea')!).orderId).toBe('112-1234567-1234567');
  });

  it('does not take a heading with digits or an address for a name', () => {
    setBody(thread('<h2>Case 12345 · maria@example.com</h2><p>Order ID: 112-1234567-1234567</p>'));
    expect(readPageContext(document, THREAD_URL, document.querySelector('kat-textarea')!).buyerName).toBeUndefined();
  });
});

describe('contact-reason labels', () => {
  it.each([
    // Seen in public automation code.
    ['Notify of a problem with shipping your order', 'unexpected-problem'],
    ['Other', 'other'],
    ['注文の詳細を確認する', 'order-information'],
    ['その他', 'other'],
    // English wordings of the other reasons.
    ['Confirm custom design details', 'customization'],
    ['Request customization information', 'customization'],
    ['Schedule a delivery', 'delivery-scheduling'],
    ['Arrange a delivery appointment', 'delivery-scheduling'],
    ['Resolve an issue with the shipping address', 'address-issue'],
    ['Confirm order details', 'order-information'],
    ['Additional information required', 'order-information'],
    ['Upload an invoice', 'invoice'],
    ['Resolve a return', 'return'],
    // German.
    ['Details zur Anpassung bestätigen', 'customization'],
    ['Lieferung planen', 'delivery-scheduling'],
    ['Problem mit der Lieferadresse lösen', 'address-issue'],
    ['Über ein Problem mit dem Versand Ihrer Bestellung informieren', 'unexpected-problem'],
    ['Bestelldetails bestätigen', 'order-information'],
    ['Rechnung hochladen', 'invoice'],
    ['Sonstiges', 'other'],
    // French.
    ['Confirmer les détails de personnalisation', 'customization'],
    ['Planifier une livraison', 'delivery-scheduling'],
    ["Résoudre un problème d'adresse de livraison", 'address-issue'],
    ["Signaler un problème avec l'expédition de votre commande", 'unexpected-problem'],
    ['Confirmer les détails de la commande', 'order-information'],
    ['Télécharger une facture', 'invoice'],
    ['Autre', 'other'],
    // Spanish.
    ['Confirmar los detalles de personalización', 'customization'],
    ['Programar una entrega', 'delivery-scheduling'],
    ['Resolver un problema con la dirección de envío', 'address-issue'],
    ['Notificar un problema con el envío de su pedido', 'unexpected-problem'],
    ['Confirmar los detalles del pedido', 'order-information'],
    ['Subir una factura', 'invoice'],
    ['Otro', 'other'],
    // Italian.
    ['Confermare i dettagli della personalizzazione', 'customization'],
    ['Programmare la consegna', 'delivery-scheduling'],
    ["Risolvere un problema con l'indirizzo di spedizione", 'address-issue'],
    ["Segnalare un problema con la spedizione dell'ordine", 'unexpected-problem'],
    ["Confermare i dettagli dell'ordine", 'order-information'],
    ['Caricare una fattura', 'invoice'],
    ['Altro', 'other'],
    // Japanese.
    ['カスタマイズの詳細を確認する', 'customization'],
    ['配送日時を調整する', 'delivery-scheduling'],
    ['お届け先住所の問題を解決する', 'address-issue'],
    ['配送に関する問題を通知する', 'unexpected-problem'],
    ['請求書をアップロードする', 'invoice'],
  ] as const)('%s → %s', (label, reason) => {
    expect(contactReasonFromLabel(label)).toBe(reason);
  });

  it.each([
    'Something new from Amazon',
    'Confirm delivery details',
    'Product question',
    'Mitteilung',
    'Autre chose à signaler',
    '',
    '商品について',
  ])('an unknown label (%j) is "other", never a critical reason', (label) => {
    expect(contactReasonFromLabel(label)).toBe('other');
  });
});
