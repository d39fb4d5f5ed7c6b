/**
 * What both mail clients' adapters share: one compose window as a site for the shared assistant,
 * and the relay-address test that decides whether a window is read at all. Each client's markup
 * is in its own module (gmail.ts, outlook.ts); facts and sources: ../shared/domain/webmail.md.
 */
import type { ComposeField, PageContext } from './seller-central';
import type { SiteAdapter } from './site';
import { isBuyerRelayAddress, relayDomainOf } from '../webmail/hosts';

/** One mail client's compose windows, each looked up inside its own root (several coexist). */
export interface MailClient {
  name: 'gmail' | 'outlook';
  /** The open compose and reply windows, outermost element of each. */
  composeWindows(doc: Document): HTMLElement[];
  /** Every recipient address the window shows (To, Cc, Bcc), as written. Reads no other text. */
  recipients(root: HTMLElement): string[];
  subject(root: HTMLElement): HTMLInputElement | null;
  body(root: HTMLElement): HTMLElement | null;
  /** In the body: quoted earlier mail and the signature, which are not the seller's new text. */
  notNewText: string;
  sendButton(root: HTMLElement): HTMLElement | null;
}

/** Bounded by non-digits: text runs elements' texts together. */
const ORDER_ID = /(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)/g;

/** A plain e-mail address anywhere in a string (pill text, aria-label, a hidden input's value). */
const ADDRESS = /[^\s<>(),;:"']+@[a-z0-9-]+(?:\.[a-z0-9-]+)+/gi;

export function addressesIn(text: string | null | undefined): string[] {
  return text ? (text.match(ADDRESS) ?? []) : [];
}

/** The buyer relay addresses among a window's recipients (empty: the window is never read). */
export function buyerRecipients(client: MailClient, root: HTMLElement): string[] {
  return [...new Set(client.recipients(root).filter(isBuyerRelayAddress))];
}

function isShown(el: Element): boolean {
  if (!el.isConnected) return false;
  const style = getComputedStyle(el);
  return style.display !== 'none' && style.visibility !== 'hidden';
}

/** A control with a label that starts with one of `words` (buttons carry localized labels). */
export function labelStartsWith(el: Element, words: RegExp): boolean {
  const label = el.getAttribute('aria-label') ?? el.getAttribute('data-tooltip') ?? el.getAttribute('title') ?? el.textContent ?? '';
  // Gmail wraps the shortcut in U+202A/U+202C: "Send ‪(Ctrl-Enter)‬".
  return words.test(label.replace(/[\u202a-\u202e]/g, '').trim());
}

/** Send, in the UI languages Clearsend speaks and a few more. */
export const SEND_WORDS = /^(?:send|senden|envoyer|enviar|invia|inviar|verzenden|skicka|wyślij|gönder|送信|보내기|发送|發送)(?:\s|\(|$)/i;

/**
 * The site adapter of one compose window: fields, Send and context are looked for inside `root`
 * alone. The send guard also answers Ctrl/Cmd+Enter in the window and Enter or Space on its Send.
 */
export function composeSite(client: MailClient, root: HTMLElement): SiteAdapter {
  const findFields = (_doc: Document, ignore?: Element): ComposeField[] => {
    if (!root.isConnected) return [];
    const fields: ComposeField[] = [];
    const body = client.body(root);
    if (body && body.isContentEditable && !(ignore && ignore.contains(body))) {
      fields.push({ kind: 'contenteditable', role: 'body', element: body, host: body, foundBy: client.name, skip: client.notNewText });
    }
    const subject = client.subject(root);
    if (subject && subject.type !== 'hidden' && isShown(subject) && !subject.readOnly && !subject.disabled) {
      fields.push({ kind: 'textarea', role: 'subject', element: subject, host: subject, foundBy: client.name });
    }
    return fields;
  };

  const readContext = (): PageContext => {
    const relay = buyerRecipients(client, root)[0];
    const context: PageContext = { marketplace: (relay && relayDomainOf(relay)) ?? location.hostname };
    try {
      // Amazon's relay mail names the order in its subject ("… (Order: 112-…)"), or the quoted
      // earlier mail does; one order ID only, never a guess between several.
      const subject = client.subject(root)?.value ?? '';
      const inSubject = new Set(subject.match(ORDER_ID) ?? []);
      const ids = inSubject.size > 0 ? inSubject : new Set(root.textContent?.match(ORDER_ID) ?? []);
      if (ids.size === 1) context.orderId = [...ids][0];
    } catch {
      // A window whose markup changed loses context, never the assistant.
    }
    return context;
  };

  const sendButton = (): HTMLElement | null => (root.isConnected ? client.sendButton(root) : null);

  return {
    findFields,
    readContext,
    findSendButton: sendButton,
    isSendKey(event) {
      const path = event.composedPath();
      if (!path.includes(root)) return false;
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey) return true;
      const send = sendButton();
      return Boolean(send && (event.key === 'Enter' || event.key === ' ') && path[0] instanceof Element && send.contains(path[0]));
    },
    pressSend(button) {
      // Some of the clients' buttons answer the mouse sequence, not a bare click().
      const init = { bubbles: true, cancelable: true, composed: true, view: button.ownerDocument.defaultView };
      button.dispatchEvent(new MouseEvent('mousedown', init));
      button.dispatchEvent(new MouseEvent('mouseup', init));
      button.click();
    },
    isDialogSend: () => false,
    isPageDialogOpen: () => false,
    isReviewStepOpen: () => false,
    isRequestReviewPage: () => false,
    requestReviewConfirmation: () => null,
  };
}

/** The nearest ancestor of `el` that also holds a Send button: a compose window without its name. */
export function windowAround(el: HTMLElement, hasSend: (scope: HTMLElement) => boolean): HTMLElement | null {
  for (let at = el.parentElement; at && at !== el.ownerDocument.body; at = at.parentElement) if (hasSend(at)) return at;
  return null;
}
