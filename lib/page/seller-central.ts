/**
 * Everything Clearsend knows about Seller Central's markup lives in this module, so that Amazon
 * renaming a class is a one-file fix. What is confirmed, likely or unknown about the real pages is
 * in ../shared/domain/seller-central-page.md (public automation code, 2021 to 2026); every lookup
 * has a generic fallback that works on that structure without the names.
 */
import type { ContactReason, Language } from '../rules/types';
import { deepText, queryAllDeep, queryDeep } from './deep-query';
import { LANGUAGE_LABEL, languageFromName } from './language-names';

/** Selectors of Seller Central's messaging pages (Katal `kat-*` components, open shadow roots). */
export const SELECTORS = {
  contactForm: '#ayb-contact-buyer',
  contactHeader: '.ayb-contact-buyer-header h2',
  /**
   * The message body on the contact-buyer form, rendered once a contact reason is picked; the real
   * <textarea> is in its shadow root. (`unique-id="katal-id-N"` is a per-page counter, never a name.)
   */
  contactBody: '.contact-buyer-text-area kat-textarea',
  /** Any Katal text area (inbox reply boxes are likely these too). */
  katTextarea: 'kat-textarea',
  /** Contact reasons: `label` carries the text; the <input type=radio slot="radio"> is a light-DOM child. */
  contactReason: 'kat-radiobutton',
  radioInput: 'input[type="radio"]',
  languageLabel: 'kat-label',
  /** Outside the <form> that holds the box. */
  sendButton: 'kat-button.ayb-contact-form-send-button',
  /** What a generic search for Send looks at. */
  button: 'kat-button, button, input[type="submit"], [role="button"]',
  /**
   * The page's own pop-ups: Amazon's "Review message" step is a kat-modal (`visible="true"` when
   * open) that automation finds as div[role=dialog].
   */
  dialog: 'kat-modal, [role="dialog"], [role="alertdialog"], dialog',
  /** Dialogs that sit over the page (a non-modal [role=dialog] region may be there all along). */
  modalDialog: 'kat-modal[visible="true"], dialog[open], [role="dialog"][aria-modal="true"], [role="alertdialog"][aria-modal="true"]',
  /** Headings that may name the buyer of an open inbox thread (the thread's markup is unknown). */
  heading: 'h1, h2, h3, h4, [role="heading"]',
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
  /** How it was found, for diagnostics: 'contact-form', 'katal', 'generic', or a mail client. */
  foundBy: 'contact-form' | 'katal' | 'generic' | 'gmail' | 'outlook';
  /**
   * In a contenteditable: elements (a CSS selector) that are not the seller's new text (quoted
   * earlier mail, the signature). Left out of the text, so never checked, highlighted or edited.
   */
  skip?: string;
}

export interface PageContext {
  orderId?: string;
  buyerName?: string;
  buyerLanguage?: Language;
  /** The language name as the page shows it, even when Clearsend has no rules for it. */
  buyerLanguageLabel?: string;
  /** The reason picked, read from its label where the labels' data is (see contact-reasons.ts). */
  contactReason?: ContactReason;
  /** The contact reason picked, as the page words it. */
  contactReasonLabel?: string;
  /** Seller Central host, e.g. sellercentral.amazon.de */
  marketplace: string;
}

// Bounded by non-digits, not by word boundaries: textContent runs elements' texts together
// ("Order ID: 112-1234567-1234567Hello").
const ORDER_ID = /(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)/;
const ORDER_IDS = /(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)/g;

function innerTextarea(component: Element): HTMLTextAreaElement | null {
  if (component instanceof HTMLTextAreaElement) return component;
  return component.shadowRoot?.querySelector('textarea') ?? null;
}

function isVisible(el: Element): boolean {
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

/** The element's parent, or the host of the shadow root it sits in. */
function parentAcrossShadow(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** `el` or its nearest ancestor (across shadow roots) matching `selector`. */
function closestAcrossShadow(el: Element, selector: string): Element | null {
  for (let at: Element | null = el; at; at = parentAcrossShadow(at)) if (at.matches(selector)) return at;
  return null;
}

function containsAcrossShadow(ancestor: Element, el: Element): boolean {
  for (let at: Element | null = el; at; at = parentAcrossShadow(at)) if (at === ancestor) return true;
  return false;
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
  for (const component of queryAllDeep<HTMLElement>(doc, SELECTORS.katTextarea)) {
    const textarea = innerTextarea(component);
    // Either may carry the size: a host styled `display: contents` has none of its own.
    if (textarea && (isVisible(component) || isVisible(textarea))) add(textarea, component, 'katal');
  }
  // Generic fallback: the page's markup changed, or a box Clearsend has no name for.
  for (const textarea of queryAllDeep<HTMLTextAreaElement>(doc, 'textarea')) {
    if (isVisible(textarea) && !textarea.readOnly && !textarea.disabled) add(textarea, textarea, 'generic');
  }
  for (const editable of queryAllDeep<HTMLElement>(doc, '[contenteditable]:not([contenteditable="false"])')) {
    if (isEditableRoot(editable) && isVisible(editable)) add(editable, editable, 'generic');
  }
  for (const subject of queryAllDeep<HTMLElement>(doc, SELECTORS.subject)) {
    // A kat-input's real field is in its shadow root; its light-DOM copy is hidden and skipped.
    const input = subject instanceof HTMLInputElement ? subject : subject.shadowRoot?.querySelector('input');
    if (input && input.type !== 'hidden' && isVisible(input) && !input.readOnly && !input.disabled) add(input, subject, 'generic', 'subject');
  }
  return fields;
}

export { languageFromName };


/** Whether a kat-radiobutton is the selected one: its light-DOM input, else the reflected attribute. */
function isCheckedReason(radio: Element): boolean {
  // The input is live; the host's `checked="true"` follows a microtask later. Older builds (and
  // the first guesses) kept the input in the shadow root.
  const input = radio.querySelector<HTMLInputElement>(`:scope > ${SELECTORS.radioInput}`) ?? radio.shadowRoot?.querySelector<HTMLInputElement>(SELECTORS.radioInput);
  if (input) return input.checked;
  return radio.getAttribute('checked') === 'true';
}

function isContactPage(url: URL): boolean {
  return /^\/messaging\/contact(?:\/|$)/i.test(url.pathname);
}

/**
 * The label of the contact reason picked, as the page words it. What reason it names is read in
 * the background (lib/page/contact-reasons.ts): the labels of thirteen languages would weigh on
 * every page the content script runs on.
 */
function checkedReason(doc: Document, url: URL): string | undefined {
  for (const radio of queryAllDeep<HTMLElement>(doc, SELECTORS.contactReason)) {
    if (!isCheckedReason(radio)) continue;
    const label = radio.getAttribute('label') ?? deepText(radio);
    return label.replace(/\s+/g, ' ').trim() || undefined;
  }
  // Generic fallback, on contact pages only (elsewhere a radio is a filter, not a reason): a
  // native radio group. Its text is a <label>, else an aria-label, never its value.
  if (!isContactPage(url)) return undefined;
  const native = queryAllDeep<HTMLInputElement>(doc, `${SELECTORS.radioInput}:checked`).find((input) => !closestAcrossShadow(input, SELECTORS.contactReason));
  if (!native) return undefined;
  const label = (native.labels?.[0]?.textContent ?? native.closest('label')?.textContent ?? native.getAttribute('aria-label') ?? '').replace(/\s+/g, ' ').trim();
  return label || undefined;
}

/** "Send message to Maria Garcia" → "Maria Garcia" (and the other marketplaces' wording). */
const SEND_TO = /(?:send (?:a )?message to|nachricht (?:senden )?an|envoyer un message à|enviar mensaje a|invia messaggio a|invia un messaggio a)\s+(.+)$/i;
const SEND_TO_JA = /^(.+?)\s*(?:様|さま)?\s*にメッセージを送信/;

function isInboxPage(url: URL): boolean {
  return /^\/messaging\/inbox(?:\/|$)/i.test(url.pathname);
}

/**
 * The part of the page that belongs to the box's conversation: the nearest ancestor of the box
 * (below <body>) that shows an order ID. Null when the first one that does shows several (the
 * box's own part has none, and the next part up holds a thread list): left out, never guessed.
 */
function conversationOf(near: Element): { container: Element; orderId: string } | null {
  for (let at = parentAcrossShadow(near); at && at !== at.ownerDocument.body && at !== at.ownerDocument.documentElement; at = parentAcrossShadow(at)) {
    const ids = new Set(at.textContent?.match(ORDER_IDS) ?? []);
    if (ids.size === 0) continue;
    const [only] = ids;
    return ids.size === 1 && only ? { container: at, orderId: only } : null;
  }
  return null;
}

/**
 * An inbox thread's buyer: the first heading of the nearest part of the page around the box that
 * has one, when it reads like a name (no digits, no @). A guess: the thread's markup is unknown.
 */
function threadBuyerName(near: Element): string | undefined {
  for (let at = parentAcrossShadow(near); at && at !== at.ownerDocument.body; at = parentAcrossShadow(at)) {
    const heading = at.querySelector(SELECTORS.heading);
    if (!heading) continue;
    const text = deepText(heading);
    return text.length >= 2 && text.length <= 60 && !/[\d@]/.test(text) ? text : undefined;
  }
  return undefined;
}

function buyerNameFrom(doc: Document, url: URL, near?: Element): string | undefined {
  const header = doc.querySelector(SELECTORS.contactHeader);
  const text = header ? deepText(header) : '';
  const match = SEND_TO.exec(text) ?? SEND_TO_JA.exec(text);
  if (match?.[1]) return match[1].trim() || undefined;
  return near && isInboxPage(url) ? threadBuyerName(near) : undefined;
}

function orderIdFrom(doc: Document, url: URL, near?: Element): string | undefined {
  // Contact, returns-contact and review pages carry it in the URL.
  for (const key of ['orderID', 'orderId', 'orderid']) {
    const value = url.searchParams.get(key);
    if (value && ORDER_ID.test(value)) return ORDER_ID.exec(value)?.[0];
  }
  const inPath = ORDER_ID.exec(url.pathname);
  if (inPath) return inPath[0];
  // An inbox thread's URL carries a case UUID: the order is what the open conversation shows.
  const conversation = near ? conversationOf(near) : null;
  if (conversation) return conversation.orderId;
  // The inbox searched for an order: ?fi=search&ss={orderId}.
  const searched = url.searchParams.get('fi') === 'search' ? url.searchParams.get('ss') : null;
  if (searched && ORDER_ID.test(searched)) return ORDER_ID.exec(searched)?.[0];
  // The contact form's own text, never the whole page (its first order ID may be another buyer's).
  const form = doc.querySelector(SELECTORS.contactForm);
  return form ? ORDER_ID.exec(form.textContent ?? '')?.[0] : undefined;
}

/**
 * What the page says about the order and the buyer. `near` is the compose box the seller writes
 * in: on the inbox, the order and the buyer are read from the conversation around it. Never
 * throws: unknown stays undefined.
 */
export function readPageContext(doc: Document, location: Location | URL, near?: Element): PageContext {
  const url = new URL(location.href);
  const context: PageContext = { marketplace: url.hostname };
  try {
    context.orderId = orderIdFrom(doc, url, near);
    context.buyerName = buyerNameFrom(doc, url, near);
    for (const label of queryAllDeep<HTMLElement>(doc, SELECTORS.languageLabel)) {
      const text = label.getAttribute('text') ?? deepText(label);
      const match = LANGUAGE_LABEL.exec(text);
      if (!match?.[1]) continue;
      context.buyerLanguageLabel = match[1];
      context.buyerLanguage = languageFromName(match[1]);
      break;
    }
    const reasonLabel = checkedReason(doc, url);
    if (reasonLabel) context.contactReasonLabel = reasonLabel;
  } catch {
    // A page whose markup changed loses context, never the assistant.
  }
  return context;
}

const SEND_LABEL = /^(?:send|reply|senden|antworten|envoyer|répondre|enviar|responder|invia|rispondi|送信|返信)\b/i;

function buttonLabel(el: Element): string {
  return (el.getAttribute('label') ?? el.getAttribute('aria-label') ?? (el instanceof HTMLInputElement ? el.value : deepText(el))).trim();
}

/** The page's own pop-up (not Clearsend's) that `el` is in, if any. */
function pageDialogOf(el: Element, ignore?: Element): Element | null {
  const dialog = closestAcrossShadow(el, SELECTORS.dialog);
  return dialog && !(ignore && containsAcrossShadow(ignore, dialog)) ? dialog : null;
}

/**
 * The send button that belongs with a compose field: the contact form's, else the nearest button
 * labelled Send, searched from the box up to the page root (on the contact form Send is outside
 * the <form> that holds the box). A Send inside a pop-up of the page (Amazon's Review-message
 * step) belongs to the pop-up, not to the box, unless the box is in that pop-up too. `ignore` is
 * Clearsend's own UI, whose "Send anyway" is never the page's Send.
 */
export function findSendButton(doc: Document, field?: ComposeField, ignore?: Element): HTMLElement | null {
  const known = doc.querySelector<HTMLElement>(SELECTORS.sendButton);
  if (known) return known;
  const boxDialog = field ? pageDialogOf(field.host, ignore) : null;
  const fits = (el: HTMLElement): boolean =>
    !(ignore && containsAcrossShadow(ignore, el)) && pageDialogOf(el, ignore) === boxDialog && SEND_LABEL.test(buttonLabel(el));
  let scope: Element | null = field ? parentAcrossShadow(field.host) : doc.documentElement;
  for (; scope; scope = parentAcrossShadow(scope)) {
    // The nearest level that holds a Send wins; kat-buttons hold their own <button>: the host counts.
    const found = queryAllDeep<HTMLElement>(scope, SELECTORS.button).find((el) => fits(el) && !closestAcrossShadow(parentAcrossShadow(el) ?? el, 'kat-button'));
    if (found) return found;
  }
  return null;
}

/**
 * A click on Send inside one of the page's own pop-ups, such as Amazon's Review-message step:
 * the second step of a send the seller already decided on, never held.
 */
export function isDialogSend(path: readonly EventTarget[], ignore?: Element): boolean {
  return path.some((target) => target instanceof HTMLElement && target.matches(SELECTORS.button) && SEND_LABEL.test(buttonLabel(target)) && pageDialogOf(target, ignore) !== null);
}

/** Whether one of the page's pop-ups is open with a Send of its own (Amazon's Review-message step). */
/** Whether one of the page's own dialogs is open (Clearsend's highlights then step aside). */
export function isPageDialogOpen(doc: Document, ignore?: Element): boolean {
  return queryAllDeep<HTMLElement>(doc, SELECTORS.modalDialog).some(
    (dialog) => !(ignore && containsAcrossShadow(ignore, dialog)) && (dialog.localName === 'kat-modal' || isVisible(dialog)),
  );
}

export function isReviewStepOpen(doc: Document, ignore?: Element): boolean {
  return queryAllDeep<HTMLElement>(doc, SELECTORS.dialog).some((dialog) => {
    if (ignore && containsAcrossShadow(ignore, dialog)) return false;
    const open = dialog.localName === 'kat-modal' ? dialog.getAttribute('visible') === 'true' : isVisible(dialog);
    return open && queryAllDeep<HTMLElement>(dialog, SELECTORS.button).some((button) => SEND_LABEL.test(buttonLabel(button)));
  });
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

/** What the adapter found on a page, without any of it: for the page report. */
export interface PageInventory {
  composeBoxes: { foundBy: ComposeField['foundBy']; role: FieldRole }[];
  /** How Send was found for the first box: by Seller Central's class, by its label, or not. */
  sendButton: 'known' | 'label' | 'none';
  contactReasons: number;
  contactReasonChecked: boolean;
  languageLabel: boolean;
  buyerLanguage?: Language;
  orderId: boolean;
  buyerName: boolean;
  reviewStepOpen: boolean;
}

export function pageInventory(doc: Document, location: Location | URL, ignore?: Element): PageInventory {
  const fields = findComposeFields(doc, ignore);
  const body = fields.find((f) => f.role === 'body');
  const send = findSendButton(doc, body, ignore);
  const context = readPageContext(doc, location, body?.host);
  return {
    composeBoxes: fields.map((f) => ({ foundBy: f.foundBy, role: f.role })),
    sendButton: !send ? 'none' : send.matches(SELECTORS.sendButton) ? 'known' : 'label',
    contactReasons: queryAllDeep(doc, SELECTORS.contactReason).length,
    contactReasonChecked: context.contactReasonLabel !== undefined,
    languageLabel: context.buyerLanguageLabel !== undefined,
    buyerLanguage: context.buyerLanguage,
    orderId: context.orderId !== undefined,
    buyerName: context.buyerName !== undefined,
    reviewStepOpen: isReviewStepOpen(doc, ignore),
  };
}
