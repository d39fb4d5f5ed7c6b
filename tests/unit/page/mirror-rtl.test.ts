/**
 * The mirror that finds where a textarea's words are (lib/page/mirror.ts) lays its copy out in
 * the textarea's direction: an Arabic message in a right-to-left (or `dir="auto"`) textarea, or a
 * mixed Arabic and English one, is measured as the textarea shows it, so the underlines stay on
 * the flagged words.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { TextareaMirror } from '../../../lib/page/mirror';

function textarea(value: string, attributes: Record<string, string> = {}, style: Record<string, string> = {}): HTMLTextAreaElement {
  const element = document.createElement('textarea');
  for (const [name, v] of Object.entries(attributes)) element.setAttribute(name, v);
  for (const [name, v] of Object.entries(style)) element.style.setProperty(name, v);
  element.value = value;
  document.body.append(element);
  return element;
}

function extensionRoot(): ShadowRoot {
  const host = document.createElement('clearsend-assistant');
  document.body.append(host);
  return host.attachShadow({ mode: 'open' });
}

afterEach(() => document.body.replaceChildren());

describe('the mirror of a right-to-left textarea', () => {
  it('copies direction and unicode-bidi', () => {
    const box = textarea('يرجى إلغاء الطلب من حسابك.', {}, { direction: 'rtl', 'unicode-bidi': 'plaintext', 'text-align': 'start' });
    const mirror = new TextareaMirror(box, extensionRoot());
    mirror.measure([{ start: 0, end: 4 }]);
    const style = mirror.element.style;
    expect(style.getPropertyValue('direction')).toBe('rtl');
    expect(style.getPropertyValue('unicode-bidi')).toBe('plaintext');
    expect(style.getPropertyValue('text-align')).toBe('start');
    mirror.dispose();
  });

  it('takes the dir attribute, so dir="auto" resolves from the same (mixed) text', () => {
    const box = textarea('Order 408-1234567-1234567: يرجى إلغاء الطلب', { dir: 'auto' });
    const mirror = new TextareaMirror(box, extensionRoot());
    mirror.measure([{ start: 0, end: 5 }]);
    expect(mirror.element.getAttribute('dir')).toBe('auto');
    expect(mirror.element.textContent?.startsWith(box.value)).toBe(true);
    mirror.dispose();
  });

  it('follows a change of the dir attribute, and drops it when the textarea has none', () => {
    const box = textarea('شكرًا لطلبك', { dir: 'rtl' });
    const mirror = new TextareaMirror(box, extensionRoot());
    mirror.measure([{ start: 0, end: 3 }]);
    expect(mirror.element.getAttribute('dir')).toBe('rtl');
    box.setAttribute('dir', 'ltr');
    mirror.measure([{ start: 0, end: 3 }]);
    expect(mirror.element.getAttribute('dir')).toBe('ltr');
    box.removeAttribute('dir');
    mirror.measure([{ start: 0, end: 3 }]);
    expect(mirror.element.hasAttribute('dir')).toBe(false);
    mirror.dispose();
  });
});
