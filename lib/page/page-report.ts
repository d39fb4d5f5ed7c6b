/**
 * The page report a seller can paste into a bug report when Clearsend cannot read a Seller
 * Central page (Amazon changed it): the page's structure as the extension sees it, open shadow
 * roots included, and what the adapter did and did not find. Nothing of what the page says
 * survives: every text and every attribute value is replaced by its length; ids and class names
 * are kept (they are the page's vocabulary), with every digit turned into 0 and any token that
 * could hold an address or a long value replaced by its length too. The URL keeps its path and
 * its parameter names only.
 */
import type { PageInventory } from './seller-central';
import { pageInventory } from './seller-central';

export const PAGE_REPORT_VERSION = 1;
/** A report stays pasteable: deeper or longer pages are cut, and the cut is said. */
const MAX_ELEMENTS = 3000;
const MAX_DEPTH = 60;
const CONTROLS = 'textarea, input, select, button, [contenteditable], [role="textbox"], [role="button"]';
/** Elements whose content is not the page's structure. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'link', 'meta']);

/** An id or class token, with digits zeroed; a token that looks like more than a name, by its length. */
function safeToken(token: string): string {
  if (token.length > 40 || /[@%/:=]/.test(token)) return `…${token.length}`;
  return token.replace(/\d/g, '0');
}

function describe(el: Element): string {
  let text = el.localName;
  if (el.id) text += `#${safeToken(el.id)}`;
  for (const name of el.classList) text += `.${safeToken(name)}`;
  const attributes = [...el.attributes].filter((a) => a.name !== 'id' && a.name !== 'class');
  // The name says what it is; the value only how long it is.
  if (attributes.length > 0) text += ` [${attributes.map((a) => `${safeToken(a.name)}=${a.value.length}`).join(' ')}]`;
  return text;
}

function controlState(el: Element): string {
  const parts: string[] = [];
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) parts.push(`value=${el.value.length}`);
  if (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')) parts.push(el.checked ? 'checked' : 'unchecked');
  if ((el as HTMLInputElement).disabled) parts.push('disabled');
  const rect = el.getBoundingClientRect();
  parts.push(rect.width > 0 && rect.height > 0 ? `${Math.round(rect.width)}x${Math.round(rect.height)}` : 'no size');
  return parts.join(' ');
}

function yesNo(value: boolean): string {
  return value ? 'yes' : 'no';
}

function inventoryLines(found: PageInventory): string[] {
  const boxes = found.composeBoxes.map((b) => `${b.role} by ${b.foundBy}`).join(', ');
  return [
    `message box: ${found.composeBoxes.length > 0 ? `yes (${boxes})` : 'no'}`,
    `send button: ${found.sendButton === 'none' ? 'no' : `yes (by ${found.sendButton === 'known' ? 'its Seller Central class' : 'its label'})`}`,
    `contact reasons: ${found.contactReasons}, one picked: ${yesNo(found.contactReasonChecked)}`,
    `buyer's language: ${yesNo(found.languageLabel)}${found.buyerLanguage ? ` (${found.buyerLanguage})` : ''}`,
    `order ID: ${yesNo(found.orderId)}`,
    `buyer name: ${yesNo(found.buyerName)}`,
    `review-message step open: ${yesNo(found.reviewStepOpen)}`,
  ];
}

/** Path and parameter names of the page's address, the values by their length. */
function safeLocation(location: Location | URL): string {
  const url = new URL(location.href);
  const path = url.pathname
    .split('/')
    .map((part) => (/^[a-z-]{0,30}$/i.test(part) ? part : `…${part.length}`))
    .join('/');
  const query = [...url.searchParams].map(([name, value]) => `${safeToken(name)}=${value.length}`).join('&');
  return `${url.hostname}${path}${query ? `?${query}` : ''}`;
}

export interface PageReportOptions {
  /** Clearsend's own UI: left out of the report. */
  ignore?: Element;
  location?: Location | URL;
}

export function pageReport(doc: Document, { ignore, location = doc.location }: PageReportOptions = {}): string {
  const lines: string[] = [
    `Clearsend page report v${PAGE_REPORT_VERSION}`,
    `page: ${safeLocation(location)}`,
    `browser: ${navigator.userAgent.replace(/\s+/g, ' ').slice(0, 200)}`,
    '',
    'found:',
    ...inventoryLines(pageInventory(doc, location, ignore)).map((line) => `  ${line}`),
    '',
    'structure (texts and attribute values by their length):',
  ];
  const controls: string[] = [];
  let elements = 0;
  let cut = 0;

  const walk = (node: Node, depth: number, path: string): void => {
    for (const child of node.childNodes) {
      const indent = '  '.repeat(depth + 1);
      if (child.nodeType === Node.TEXT_NODE) {
        const length = (child.nodeValue ?? '').trim().length;
        if (length > 0) lines.push(`${indent}"${length}"`);
        continue;
      }
      if (!(child instanceof Element) || SKIPPED.has(child.localName) || child === ignore) continue;
      if (elements >= MAX_ELEMENTS || depth >= MAX_DEPTH) {
        cut++;
        continue;
      }
      elements++;
      const name = describe(child);
      const short = name.split(' [')[0] ?? '';
      const here = path.endsWith('>>>') ? `${path} ${short}` : `${path} > ${short}`;
      lines.push(`${indent}${name}`);
      if (child.matches(CONTROLS)) controls.push(`${here}  (${controlState(child)})`);
      if (child.shadowRoot) {
        lines.push(`${indent}  #shadow-root (open)`);
        walk(child.shadowRoot, depth + 2, `${here} >>>`);
      }
      walk(child, depth + 1, here);
    }
  };
  if (doc.body) {
    lines.push(describe(doc.body));
    walk(doc.body, 0, 'body');
  }
  if (cut > 0) lines.push(`… ${cut} more elements not listed`);
  lines.push('', 'form controls (path, state):', ...controls.map((c) => `  ${c}`));
  return lines.join('\n');
}
