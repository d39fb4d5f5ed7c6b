/** Test pages from markup, parsed (never assigned as innerHTML) and adopted into the document. */
export function appendMarkup(parent: Element, markup: string): void {
  const parsed = new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html');
  parent.append(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
}

export function setMarkup(parent: Element, markup: string): void {
  parent.replaceChildren();
  appendMarkup(parent, markup);
}
