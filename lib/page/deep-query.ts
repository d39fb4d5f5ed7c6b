/**
 * querySelectorAll that also looks inside open shadow roots: Seller Central's Katal components
 * (`kat-*`) keep their real form controls in open shadow roots.
 */
export function queryAllDeep<E extends Element = Element>(root: ParentNode, selector: string): E[] {
  const found: E[] = [];
  const visit = (scope: ParentNode): void => {
    for (const el of scope.querySelectorAll<E>(selector)) found.push(el);
    // Only elements with a shadow root need a second look; custom elements are the usual ones.
    for (const el of scope.querySelectorAll('*')) {
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root);
  return found;
}

/** The first element matching `selector` in `root` or any open shadow root below it. */
export function queryDeep<E extends Element = Element>(root: ParentNode, selector: string): E | null {
  const direct = root.querySelector<E>(selector);
  if (direct) return direct;
  for (const el of root.querySelectorAll('*')) {
    if (!el.shadowRoot) continue;
    const inner = queryDeep<E>(el.shadowRoot, selector);
    if (inner) return inner;
  }
  return null;
}

/** The text an element shows, including what its open shadow root renders. */
export function deepText(el: Element): string {
  let text = '';
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) text += node.nodeValue ?? '';
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    if (node instanceof HTMLSlotElement) return; // slotted light DOM is walked from its host
    if (node instanceof HTMLStyleElement || node instanceof HTMLScriptElement) return;
    for (const child of node.childNodes) walk(child);
  };
  walk(el);
  return text.replace(/\s+/g, ' ').trim();
}
