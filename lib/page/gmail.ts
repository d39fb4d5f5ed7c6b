/**
 * Everything Clearsend knows about Gmail's compose windows (mail.google.com), in one module:
 * selectors and the localized labels they depend on, each with a generic fallback where one is
 * safe. Facts and sources (gmail.js, InboxSDK, Briskine): ../shared/domain/webmail.md.
 */
import type { MailClient } from './webmail';
import { SEND_WORDS, addressesIn, labelStartsWith, windowAround } from './webmail';

export const GMAIL_SELECTORS = {
  /** Pop-up, inline reply, full-screen and popped-out compose windows all are a div.M9. */
  composeRoot: 'div.M9',
  /** Recipient chips (2021+): address in data-hovercard-id, under div[name=to|cc|bcc]. */
  recipientChip: ':is(div[name="to"], div[name="cc"], div[name="bcc"]) [role="option"][data-hovercard-id]',
  /** Older chips, and the hidden inputs that hold "Name <addr>, …". */
  oldRecipientChip: '.vR span[email]',
  recipientInput: 'input[name="to"], input[name="cc"], input[name="bcc"]',
  /** The box an address is typed into before it becomes a chip. */
  typingBox: 'input[peoplekit-id]',
  /** Inline replies hide the subject box; there is nothing then for the seller to type. */
  subject: 'input[name="subjectbox"]',
  body: '[g_editable="true"], div.Am.Al.editable[contenteditable="true"]',
  /** Fallback: the compose window's only rich-text box. */
  genericBody: '[contenteditable="true"][role="textbox"]',
  /** Not the seller's new text: quoted earlier mail and the signature. */
  notNewText: '.gmail_quote, .gmail_signature, [data-smartmail="gmail_signature"]',
  /** Send, not "Send + archive" (.Uo) and not the scheduling menu. */
  send: 'div[role="button"].aoO, .IZ .Up div > div[role="button"]:not(.Uo):not([aria-haspopup="true"])',
  anyButton: '[role="button"], button',
} as const;

function sendIn(root: HTMLElement): HTMLElement | null {
  const known = root.querySelector<HTMLElement>(GMAIL_SELECTORS.send);
  if (known) return known;
  // Fallback: a button labelled Send in the UI's language (aria-label or tooltip, localized).
  return [...root.querySelectorAll<HTMLElement>(GMAIL_SELECTORS.anyButton)].find((el) => el.getAttribute('aria-haspopup') !== 'true' && labelStartsWith(el, SEND_WORDS)) ?? null;
}

export const gmail: MailClient = {
  name: 'gmail',
  composeWindows(doc) {
    const roots = [...doc.querySelectorAll<HTMLElement>(GMAIL_SELECTORS.composeRoot)];
    // Fallback: a rich-text box with a To field beside it, inside something that holds Send.
    for (const body of doc.querySelectorAll<HTMLElement>(GMAIL_SELECTORS.body)) {
      if (roots.some((root) => root.contains(body))) continue;
      const root = windowAround(body, (scope) => scope.querySelector(`${GMAIL_SELECTORS.recipientInput}, ${GMAIL_SELECTORS.typingBox}, div[name="to"]`) !== null && sendIn(scope) !== null);
      if (root) roots.push(root);
    }
    // A window inside another (a reply's own .M9 in a thread's) is one window: the innermost.
    return roots.filter((root) => !roots.some((other) => other !== root && root.contains(other)));
  },
  recipients(root) {
    const found: string[] = [];
    for (const chip of root.querySelectorAll(GMAIL_SELECTORS.recipientChip)) found.push(chip.getAttribute('data-hovercard-id') ?? '');
    for (const chip of root.querySelectorAll(GMAIL_SELECTORS.oldRecipientChip)) found.push(chip.getAttribute('email') ?? '');
    for (const input of root.querySelectorAll<HTMLInputElement>(GMAIL_SELECTORS.recipientInput)) found.push(...addressesIn(input.value));
    // An address typed in full but not yet turned into a chip is a recipient too, once the seller
    // has left the box: while it is being typed, "…@marketplace.amazon.com" may be the start of
    // a look-alike ("…amazon.com.example.net"), and the window must not switch on in between.
    for (const input of root.querySelectorAll<HTMLInputElement>(GMAIL_SELECTORS.typingBox)) {
      if (input.ownerDocument.activeElement !== input) found.push(...addressesIn(input.value));
    }
    return found.filter(Boolean);
  },
  subject: (root) => root.querySelector<HTMLInputElement>(GMAIL_SELECTORS.subject),
  body: (root) => root.querySelector<HTMLElement>(GMAIL_SELECTORS.body) ?? root.querySelector<HTMLElement>(GMAIL_SELECTORS.genericBody),
  notNewText: GMAIL_SELECTORS.notNewText,
  sendButton: sendIn,
};
