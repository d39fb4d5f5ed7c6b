/**
 * Everything Clearsend knows about Outlook on the web's compose forms (outlook.office.com,
 * outlook.office365.com, outlook.live.com, outlook.cloud.microsoft), in one module: selectors and
 * the localized labels they depend on, each with a generic fallback where one is safe. Facts and
 * sources (Briskine and public Outlook scripts): ../shared/domain/webmail.md.
 */
import type { MailClient } from './webmail';
import { SEND_WORDS, addressesIn, labelStartsWith, windowAround } from './webmail';

/** "To", "Cc", "Bcc" as the recipient wells' aria-labels say them in Clearsend's UI languages. */
const WELL_LABELS = ['To', 'Cc', 'Bcc', 'An', 'À', 'A', 'Para', 'CC', 'BCC', 'Cci', 'CCO', 'Ccn', '宛先', 'ＣＣ', 'ＢＣＣ'];
/** "Subject" (placeholder "Add a subject") in the same languages. */
const SUBJECT_LABELS = ['Subject', 'Add a subject', 'Betreff', 'Betreff hinzufügen', 'Objet', 'Ajouter un objet', 'Asunto', 'Agregar un asunto', 'Añadir un asunto', 'Oggetto', 'Aggiungi un oggetto', '件名', '件名を追加'];
/** "Message body" (sometimes followed by ", press Alt+F10 to exit"). */
const BODY_LABELS = ['Message body', 'Nachrichtentext', 'Textkörper', 'Corps du message', 'Cuerpo del mensaje', 'Corpo del messaggio', 'メッセージ本文'];

const any = (attribute: string, values: readonly string[], tail = ''): string => values.map((value) => `[${attribute}="${value}"]${tail}`).join(', ');
const anyPrefix = (attribute: string, values: readonly string[], tail = ''): string => values.map((value) => `[${attribute}^="${value}"]${tail}`).join(', ');

export const OUTLOOK_SELECTORS = {
  /** Docked in the reading pane, or a popped-out form. */
  composeRoot: '[id^="docking_InitVisiblePart_"], [data-app-section="Form_Content"]',
  /** Recipient wells: contenteditable divs labelled To/Cc/Bcc (Bcc absent until shown). */
  recipientWell: `div[contenteditable="true"]:is(${any('aria-label', WELL_LABELS)})`,
  /** Where a resolved pill keeps the address once its text became the display name. */
  pillAddress: '.lpcCommonWeb-hoverTarget, [data-lpc-hover-target-id]',
  pill: '._EType_RECIPIENT_ENTITY, [contenteditable="false"]',
  subject: `input[id$="_SUBJECT"], input:is(${any('aria-label', SUBJECT_LABELS)}), input:is(${any('placeholder', SUBJECT_LABELS)})`,
  body: `div[role="textbox"][contenteditable="true"]:is(${anyPrefix('aria-label', BODY_LABELS)}), [id^="editorParent_"] > [contenteditable="true"]`,
  /** Not the seller's new text: the quoted original (after #divRplyFwdMsg), the signature. */
  notNewText: '#divRplyFwdMsg, #divRplyFwdMsg ~ *, #appendonsend, #appendonsend ~ *, #Signature, [id^="Signature_"]',
  send: '[data-testid="ComposeSendButton"], button[aria-label="Send"]',
  anyButton: 'button, [role="button"]',
} as const;

function sendIn(root: HTMLElement): HTMLElement | null {
  const known = root.querySelector<HTMLElement>(OUTLOOK_SELECTORS.send);
  if (known) return known;
  return [...root.querySelectorAll<HTMLElement>(OUTLOOK_SELECTORS.anyButton)].find((el) => labelStartsWith(el, SEND_WORDS)) ?? null;
}

/**
 * A pill's address, remembered from before it resolved: afterwards its text is the display name
 * and the address survives only in attributes that may change.
 */
const pillAddresses = new WeakMap<Element, string[]>();

function pillAddressesOf(pill: Element): string[] {
  const seen = [
    ...addressesIn(pill.textContent),
    ...[pill, ...pill.querySelectorAll(OUTLOOK_SELECTORS.pillAddress)].flatMap((el) => [...addressesIn(el.getAttribute('aria-label')), ...addressesIn(el.getAttribute('title'))]),
  ];
  if (seen.length > 0) pillAddresses.set(pill, seen);
  return seen.length > 0 ? seen : pillAddresses.get(pill) ?? [];
}

export const outlook: MailClient = {
  name: 'outlook',
  composeWindows(doc) {
    const roots = [...doc.querySelectorAll<HTMLElement>(OUTLOOK_SELECTORS.composeRoot)];
    // Fallback: a message body inside something that also holds recipient wells and Send.
    for (const body of doc.querySelectorAll<HTMLElement>(OUTLOOK_SELECTORS.body)) {
      if (roots.some((root) => root.contains(body))) continue;
      const root = windowAround(body, (scope) => scope.querySelector(OUTLOOK_SELECTORS.recipientWell) !== null && sendIn(scope) !== null);
      if (root) roots.push(root);
    }
    return roots.filter((root) => !roots.some((other) => other !== root && root.contains(other)));
  },
  recipients(root) {
    const found: string[] = [];
    for (const well of root.querySelectorAll(OUTLOOK_SELECTORS.recipientWell)) {
      const pills = [...well.querySelectorAll(OUTLOOK_SELECTORS.pill)].filter((pill) => pill.parentElement?.closest(OUTLOOK_SELECTORS.pill) === null || pill.parentElement === well);
      for (const pill of pills) found.push(...pillAddressesOf(pill));
      // What is typed but not yet a pill: the well's own text outside the pills, once the seller
      // has left the well (while typing, a relay domain may be the start of a look-alike).
      const active = well.ownerDocument.activeElement;
      if (active && well.contains(active)) continue;
      let typed = '';
      for (const node of well.childNodes) if (!(node instanceof Element && pills.includes(node))) typed += `${node.textContent ?? ''} `;
      found.push(...addressesIn(typed));
    }
    return found;
  },
  subject: (root) => root.querySelector<HTMLInputElement>(OUTLOOK_SELECTORS.subject),
  body: (root) => root.querySelector<HTMLElement>(OUTLOOK_SELECTORS.body),
  notNewText: OUTLOOK_SELECTORS.notNewText,
  sendButton: sendIn,
};
