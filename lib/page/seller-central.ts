/**
 * Everything Clearsend knows about Seller Central's markup lives in this module, so that Amazon
 * renaming a class is a one-file fix. Every selector is a best guess from public automation
 * scripts and help pages; each lookup falls back to a generic search.
 */
import type { ContactReason, Language } from '../rules/types';
import { deepText, queryAllDeep, queryDeep } from './deep-query';

/** Selectors of Seller Central's messaging pages (Katal `kat-*` components, open shadow roots). */
export const SELECTORS = {
  contactForm: '#ayb-contact-buyer',
  contactHeader: '.ayb-contact-buyer-header h2',
  /** The message body on the contact-buyer form; the real <textarea> is in its shadow root. */
  contactBody: '.contact-buyer-text-area kat-textarea',
  /** Older builds addressed the body by Katal's generated id. */
  legacyBody: "[unique-id='katal-id-20']",
  /** Any Katal text area (inbox reply boxes are these too). */
  katTextarea: 'kat-textarea',
  contactReason: 'kat-radiobutton',
  languageLabel: 'kat-label',
  sendButton: 'kat-button.ayb-contact-form-send-button',
  /** The Request a Review page's confirmation (a Yes/No pair of kat-buttons, labels localised). */
  requestReviewButton: 'kat-button, button',
  /** A subject line, on pages that have an editable one. */
  subject:
    'input[name*="subject" i], input[id*="subject" i], input[aria-label*="subject" i], kat-input[label*="subject" i]',
} as const;

export type FieldKind = 'textarea' | 'contenteditable';
export type FieldRole = 'body' | 'subject';

export interface ComposeField {
  kind: FieldKind;
  role: FieldRole;
  /** The element that holds the text: a <textarea>/<input>, or a contenteditable element. */
  element: HTMLTextAreaElement | HTMLInputElement | HTMLElement;
  /** The element the page itself works with (the kat-* component, or the element itself). */
  host: HTMLElement;
  /** How it was found, for diagnostics: 'contact-form', 'katal', 'generic'. */
  foundBy: 'contact-form' | 'legacy' | 'katal' | 'generic';
}

export interface PageContext {
  orderId?: string;
  buyerName?: string;
  buyerLanguage?: Language;
  /** The language name as the page shows it, even when Clearsend has no rules for it. */
  buyerLanguageLabel?: string;
  contactReason?: ContactReason;
  contactReasonLabel?: string;
  /** Seller Central host, e.g. sellercentral.amazon.de */
  marketplace: string;
}

const ORDER_ID = /\b\d{3}-\d{7}-\d{7}\b/;

function innerTextarea(component: Element): HTMLTextAreaElement | null {
  if (component instanceof HTMLTextAreaElement) return component;
  return component.shadowRoot?.querySelector('textarea') ?? null;
}

function isVisible(el: HTMLElement): boolean {
  if (!el.isConnected) return false;
  const style = getComputedStyle(el);
  if (style.display === 'none' || style.visibility === 'hidden') return false;
  const rect = el.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}

function isEditableRoot(el: HTMLElement): boolean {
  // The outermost editable element only: nested ones are part of the same box.
  return el.isContentEditable && !(el.parentElement?.isContentEditable ?? false);
}

/**
 * The compose boxes on the page, best match first: the contact-buyer form, Katal text areas
 * (inbox replies), then any visible textarea or contenteditable region. `ignore` is Clearsend's
 * own UI, which is never checked.
 */
export function findComposeFields(doc: Document, ignore?: Element): ComposeField[] {
  const fields: ComposeField[] = [];
  const seen = new Set<Element>();
  const add = (element: ComposeField['element'], host: HTMLElement, foundBy: ComposeField['foundBy'], role: FieldRole = 'body'): void => {
    if (seen.has(element) || (ignore && (ignore.contains(host) || ignore === host))) return;
    seen.add(element);
    const kind: FieldKind = element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement ? 'textarea' : 'contenteditable';
    fields.push({ kind, role, element, host, foundBy });
  };

  for (const component of doc.querySelectorAll<HTMLElement>(SELECTORS.contactBody)) {
    const textarea = innerTextarea(component);
    if (textarea) add(textarea, component, 'contact-form');
  }
  for (const component of doc.querySelectorAll<HTMLElement>(SELECTORS.legacyBody)) {
    const textarea = innerTextarea(component);
    if (textarea) add(textarea, component, 'legacy');
  }
  for (const component of queryAllDeep<HTMLElement>(doc, SELECTORS.katTextarea)) {
    const textarea = innerTextarea(component);
    if (textarea && isVisible(component)) add(textarea, component, 'katal');
  }
  // Generic fallback: the page's markup changed, or a box Clearsend has no name for.
  for (const textarea of queryAllDeep<HTMLTextAreaElement>(doc, 'textarea')) {
    if (isVisible(textarea) && !textarea.readOnly && !textarea.disabled) add(textarea, textarea, 'generic');
  }
  for (const editable of queryAllDeep<HTMLElement>(doc, '[contenteditable]:not([contenteditable="false"])')) {
    if (isEditableRoot(editable) && isVisible(editable)) add(editable, editable, 'generic');
  }
  for (const subject of queryAllDeep<HTMLElement>(doc, SELECTORS.subject)) {
    const input = subject instanceof HTMLInputElement ? subject : subject.shadowRoot?.querySelector('input');
    if (input && !input.readOnly && !input.disabled) add(input, subject, 'generic', 'subject');
  }
  return fields;
}

/** Language names as Seller Central may show them (in English or in the language itself). */
const LANGUAGE_NAMES: Record<string, Language> = {
  english: 'en', englisch: 'en', anglais: 'en', inglés: 'en', ingles: 'en', inglese: 'en', 英語: 'en',
  german: 'de', deutsch: 'de', allemand: 'de', alemán: 'de', aleman: 'de', tedesco: 'de', ドイツ語: 'de',
  french: 'fr', französisch: 'fr', français: 'fr', francais: 'fr', francés: 'fr', frances: 'fr', francese: 'fr', フランス語: 'fr',
  spanish: 'es', spanisch: 'es', espagnol: 'es', español: 'es', espanol: 'es', spagnolo: 'es', スペイン語: 'es',
  italian: 'it', italienisch: 'it', italien: 'it', italiano: 'it', イタリア語: 'it',
  japanese: 'ja', japanisch: 'ja', japonais: 'ja', japonés: 'ja', japones: 'ja', giapponese: 'ja', 日本語: 'ja',
};

/** "Buyer's Language of Preference: Spanish" and its translations: the part after the colon. */
const LANGUAGE_LABEL = /(?:language of preference|bevorzugte sprache|langue préférée|idioma preferido|lingua preferita|希望言語|優先言語)[^:：]*[:：]\s*([^\s,.;()]+(?:\s[^\s,.;()]+)?)/i;

export function languageFromName(name: string): Language | undefined {
  const key = name.trim().toLowerCase().split(/[\s(]/)[0] ?? '';
  return LANGUAGE_NAMES[key];
}

/** Contact reason ids from the radio button's value, or from words in its label. */
const REASON_WORDS: [RegExp, ContactReason][] = [
  [/custom|personali|anpass|gravur|カスタマイズ/i, 'customization'],
  [/schedul|deliver|termin|livraison|entrega|consegna|配送日/i, 'delivery-scheduling'],
  [/address|adresse|dirección|direccion|indirizzo|住所/i, 'address-issue'],
  [/unexpected|problem|problème|problema|問題/i, 'unexpected-problem'],
  [/invoice|rechnung|facture|factura|fattura|請求書/i, 'invoice'],
  [/return|rücksend|retour|devoluci|reso|返品/i, 'return'],
  [/review|feedback|bewertung|avis|reseña|recensione|レビュー/i, 'review-request'],
  [/information|informationen|renseignement|información|informazioni|情報/i, 'order-information'],
];
const REASON_IDS = new Set<ContactReason>([
  'customization', 'delivery-scheduling', 'address-issue', 'order-information', 'unexpected-problem', 'return', 'invoice', 'review-request', 'other',
]);

function reasonFrom(value: string | null, label: string): ContactReason {
  if (value && REASON_IDS.has(value as ContactReason)) return value as ContactReason;
  for (const [words, reason] of REASON_WORDS) if (words.test(label) || (value && words.test(value))) return reason;
  return 'other';
}

function checkedReason(doc: Document): { reason: ContactReason; label: string } | undefined {
  for (const radio of queryAllDeep<HTMLElement>(doc, SELECTORS.contactReason)) {
    const input = radio.shadowRoot?.querySelector<HTMLInputElement>('input[type="radio"]');
    const checked = input ? input.checked : radio.hasAttribute('checked');
    if (!checked) continue;
    const label = radio.getAttribute('label') ?? deepText(radio);
    return { reason: reasonFrom(radio.getAttribute('value'), label), label };
  }
  // Generic fallback: a native radio group.
  const native = doc.querySelector<HTMLInputElement>('input[type="radio"]:checked');
  if (!native) return undefined;
  const label = native.labels?.[0]?.textContent?.trim() ?? native.value;
  return { reason: reasonFrom(native.value, label), label };
}

/** "Send message to Maria Garcia" → "Maria Garcia" (and the other marketplaces' wording). */
const SEND_TO = /(?:send (?:a )?message to|nachricht (?:senden )?an|envoyer un message à|enviar mensaje a|invia messaggio a|invia un messaggio a)\s+(.+)$/i;
const SEND_TO_JA = /^(.+?)\s*(?:様|さま)?\s*にメッセージを送信/;

function buyerNameFrom(doc: Document): string | undefined {
  const header = doc.querySelector(SELECTORS.contactHeader);
  const text = header ? deepText(header) : '';
  const match = SEND_TO.exec(text) ?? SEND_TO_JA.exec(text);
  return match?.[1]?.trim() || undefined;
}

function orderIdFrom(doc: Document, url: URL): string | undefined {
  for (const key of ['orderID', 'orderId', 'orderid']) {
    const value = url.searchParams.get(key);
    if (value && ORDER_ID.test(value)) return ORDER_ID.exec(value)?.[0];
  }
  const inPath = ORDER_ID.exec(url.pathname);
  if (inPath) return inPath[0];
  const form = doc.querySelector(SELECTORS.contactForm) ?? doc.body;
  return form ? ORDER_ID.exec(form.textContent ?? '')?.[0] : undefined;
}

/** What the page says about the order and the buyer. Never throws: unknown stays undefined. */
export function readPageContext(doc: Document, location: Location | URL): PageContext {
  const url = new URL(location.href);
  const context: PageContext = { marketplace: url.hostname };
  try {
    context.orderId = orderIdFrom(doc, url);
    context.buyerName = buyerNameFrom(doc);
    for (const label of queryAllDeep<HTMLElement>(doc, SELECTORS.languageLabel)) {
      const text = label.getAttribute('text') ?? deepText(label);
      const match = LANGUAGE_LABEL.exec(text);
      if (!match?.[1]) continue;
      context.buyerLanguageLabel = match[1];
      context.buyerLanguage = languageFromName(match[1]);
      break;
    }
    const reason = checkedReason(doc);
    if (reason) {
      context.contactReason = reason.reason;
      context.contactReasonLabel = reason.label;
    }
  } catch {
    // A page whose markup changed loses context, never the assistant.
  }
  return context;
}

/** The send button that belongs with a compose field (the contact form's, or the nearest). */
export function findSendButton(doc: Document, field?: ComposeField): HTMLElement | null {
  const known = doc.querySelector<HTMLElement>(SELECTORS.sendButton);
  if (known) return known;
  const scope: ParentNode = field?.host.closest('form, [role="dialog"], section, article, main') ?? doc;
  const candidates = queryAllDeep<HTMLElement>(scope, 'kat-button, button, input[type="submit"]');
  return (
    candidates.find((el) => /^(send|reply|senden|antworten|envoyer|répondre|enviar|responder|invia|rispondi|送信|返信)\b/i.test(
      (el.getAttribute('label') ?? el.textContent ?? (el as HTMLInputElement).value ?? '').trim(),
    )) ?? null
  );
}

/** The inner element a click on the send button really lands on (for re-sending after the guard). */
export function pressableSendElement(button: HTMLElement): HTMLElement {
  return button.shadowRoot?.querySelector<HTMLElement>('button') ?? button;
}

/** Seller Central's Request a Review page: /messaging/reviews?orderId=…&marketplaceId=… */
export function isRequestReviewPage(location: Location | URL): boolean {
  return /\/messaging\/reviews\/?$/i.test(new URL(location.href).pathname);
}

/** "Yes" on the Request a Review page, in the UI languages Seller Central offers. */
const YES = /^(?:yes|ja|oui|sí|si|sì|はい|是|tak|evet|sim|ja, anfordern)$/i;

/**
 * The Request a Review page's Yes button, when a click's path goes through it (the seller just
 * asked Amazon to send the buyer its review request). Null for any other click.
 */
export function requestReviewConfirmation(path: readonly EventTarget[]): HTMLElement | null {
  for (const target of path) {
    if (!(target instanceof HTMLElement) || !target.matches(SELECTORS.requestReviewButton)) continue;
    const label = (target.getAttribute('label') ?? target.textContent ?? '').trim();
    if (YES.test(label)) return target;
  }
  return null;
}

export { queryDeep };
