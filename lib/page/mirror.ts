/**
 * Where pieces of a <textarea>'s text are on screen.
 *
 * A textarea exposes no geometry for its text, so a hidden copy of it (the mirror) is laid out
 * with the same font, box and wrapping, and a DOM Range over the copy gives the rectangles. The
 * mirror lives in the extension's own shadow root: the host page's DOM and the textarea (which on
 * Seller Central sits inside the open shadow root of a `kat-textarea`) are only ever read.
 */

export interface TextRange {
  /** UTF-16 offsets into the textarea's value, end exclusive. */
  start: number;
  end: number;
}

/**
 * Computed properties that decide where the text wraps and how wide each glyph is. Box sizes,
 * borders and white-space are set separately (see `TextareaMirror.#layoutFrom`).
 */
export const MIRRORED_PROPERTIES = [
  'font-family',
  'font-size',
  'font-style',
  'font-variant',
  'font-weight',
  'font-stretch',
  'font-kerning',
  'font-feature-settings',
  'font-variation-settings',
  'font-size-adjust',
  'font-optical-sizing',
  'font-synthesis',
  'letter-spacing',
  'word-spacing',
  'line-height',
  'text-transform',
  'text-indent',
  'text-align',
  'text-rendering',
  'tab-size',
  'direction',
  'unicode-bidi',
  'writing-mode',
  'hyphens',
  'word-break',
  'line-break',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
] as const;

/**
 * The text the mirror holds: the value, then a zero-width space. The extra character gives a
 * trailing empty line (value ending in "\n", or an empty value) a line box with height, as the
 * caret line has in the textarea. Ranges never reach it: they are clamped to the value's length.
 */
export const MIRROR_SENTINEL = '\u200b';

/** Clamp a range to [0, length] with start <= end; non-finite offsets become 0. */
export function clampRange(range: TextRange, length: number): TextRange {
  const clamp = (n: number) => (Number.isFinite(n) ? Math.min(Math.max(Math.trunc(n), 0), length) : 0);
  const start = clamp(range.start);
  return { start, end: Math.max(start, clamp(range.end)) };
}

interface TextareaLayout {
  key: string;
  properties: [string, string][];
  /**
   * The textarea's `dir` attribute: with `dir="auto"` the direction follows the text (an Arabic
   * message is right to left, an English one left to right), so the mirror takes the attribute,
   * not only the computed direction of the moment, and resolves it from the same text.
   */
  dir: string;
  whiteSpace: string;
  overflowWrap: string;
  borderLeft: number;
  borderTop: number;
  borderRight: number;
  borderBottom: number;
  contentWidth: number;
  contentHeight: number;
}

/** One mirror per textarea, reused across measurements; `dispose()` removes it. */
export class TextareaMirror {
  readonly textarea: HTMLTextAreaElement;
  readonly parent: Element | ShadowRoot;
  readonly #element: HTMLDivElement;
  readonly #text: Text;
  readonly #range: Range;
  #layoutKey = '';
  #disposed = false;

  constructor(textarea: HTMLTextAreaElement, mirrorParent: Element | ShadowRoot) {
    this.textarea = textarea;
    this.parent = mirrorParent;
    const doc = mirrorParent.ownerDocument ?? textarea.ownerDocument;
    this.#element = doc.createElement('div');
    this.#element.setAttribute('aria-hidden', 'true');
    this.#element.dataset.clearsendMirror = '';
    const fixed: [string, string][] = [
      // Out of sight and out of the way; the rectangles are translated to the textarea anyway,
      // so where the mirror sits does not matter.
      ['position', 'fixed'],
      ['left', '0'],
      ['top', '0'],
      ['visibility', 'hidden'],
      ['pointer-events', 'none'],
      ['z-index', '-1'],
      ['overflow', 'hidden'],
      ['margin', '0'],
      ['box-sizing', 'content-box'],
      ['border-style', 'solid'],
      ['border-color', 'transparent'],
      ['height', 'auto'],
      ['min-height', '0'],
      ['max-height', 'none'],
      ['min-width', '0'],
      ['max-width', 'none'],
      ['transform', 'none'],
      ['zoom', '1'],
      ['contain', 'layout style'],
    ];
    for (const [name, value] of fixed) this.#element.style.setProperty(name, value);
    this.#text = doc.createTextNode('');
    this.#element.append(this.#text, doc.createTextNode(MIRROR_SENTINEL));
    this.#range = doc.createRange();
    mirrorParent.appendChild(this.#element);
  }

  /** The mirror element, for inspection; never write to it from outside. */
  get element(): HTMLDivElement {
    return this.#element;
  }

  get disposed(): boolean {
    return this.#disposed;
  }

  /**
   * For each range, its rectangles in viewport coordinates, one per line fragment, clipped to
   * the textarea's visible padding box (the text scrolls under the padding, not the border).
   * A range scrolled out of view, an empty range, or a hidden textarea gives [].
   */
  measure(ranges: readonly TextRange[]): DOMRect[][] {
    if (this.#disposed) return ranges.map(() => []);
    const textarea = this.textarea;

    // Read everything the textarea can tell first, then write the mirror, then read the mirror:
    // one forced layout per call, however many ranges.
    const value = textarea.value;
    const layout = this.#layoutFrom(textarea);
    const box = textarea.getBoundingClientRect();
    const outerWidth = textarea.offsetWidth;
    const outerHeight = textarea.offsetHeight;
    const scrollTop = textarea.scrollTop;
    const scrollLeft = textarea.scrollLeft;
    const clientLeft = textarea.clientLeft;
    const clientTop = textarea.clientTop;
    const clientWidth = textarea.clientWidth;
    const clientHeight = textarea.clientHeight;

    this.#sync(value, layout);

    if (outerWidth <= 0 || outerHeight <= 0 || box.width <= 0 || box.height <= 0) {
      return ranges.map(() => []);
    }
    const mirrorBox = this.#element.getBoundingClientRect();
    const mirrorWidth = this.#element.offsetWidth;
    const mirrorHeight = this.#element.offsetHeight;
    if (mirrorWidth <= 0 || mirrorBox.width <= 0) return ranges.map(() => []);

    // CSS zoom or a scale transform on either side shows up as a ratio between the drawn box
    // and the layout box; map mirror pixels to layout pixels to textarea pixels.
    const mirrorScaleX = mirrorBox.width / mirrorWidth;
    const mirrorScaleY = mirrorHeight > 0 && mirrorBox.height > 0 ? mirrorBox.height / mirrorHeight : mirrorScaleX;
    const scaleX = box.width / outerWidth;
    const scaleY = box.height / outerHeight;
    const toViewportX = (x: number) => box.left + ((x - mirrorBox.left) / mirrorScaleX - scrollLeft) * scaleX;
    const toViewportY = (y: number) => box.top + ((y - mirrorBox.top) / mirrorScaleY - scrollTop) * scaleY;

    const clipLeft = box.left + clientLeft * scaleX;
    const clipTop = box.top + clientTop * scaleY;
    const clipRight = clipLeft + clientWidth * scaleX;
    const clipBottom = clipTop + clientHeight * scaleY;

    return ranges.map((range) => {
      const { start, end } = clampRange(range, value.length);
      if (start === end) return [];
      this.#range.setStart(this.#text, start);
      this.#range.setEnd(this.#text, end);
      const out: DOMRect[] = [];
      for (const rect of Array.from(this.#range.getClientRects())) {
        const left = Math.max(toViewportX(rect.left), clipLeft);
        const right = Math.min(toViewportX(rect.right), clipRight);
        const top = Math.max(toViewportY(rect.top), clipTop);
        const bottom = Math.min(toViewportY(rect.bottom), clipBottom);
        if (right < left || bottom <= top) continue;
        out.push(new DOMRect(left, top, right - left, bottom - top));
      }
      return out;
    });
  }

  /** Remove the mirror element. Later `measure` calls return empty rectangles. */
  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    this.#range.detach();
    this.#element.remove();
  }

  #layoutFrom(textarea: HTMLTextAreaElement): TextareaLayout {
    const view = textarea.ownerDocument.defaultView;
    const computed = view ? view.getComputedStyle(textarea) : textarea.style;
    const px = (name: string) => {
      const n = Number.parseFloat(computed.getPropertyValue(name));
      return Number.isFinite(n) ? n : 0;
    };
    const properties: [string, string][] = MIRRORED_PROPERTIES.map((name) => [name, computed.getPropertyValue(name)]);
    // `wrap="off"` shows as white-space: pre (or text-wrap-mode: nowrap in newer engines).
    const noWrap =
      computed.getPropertyValue('white-space') === 'pre' || computed.getPropertyValue('text-wrap-mode') === 'nowrap';
    const whiteSpace = noWrap ? 'pre' : 'pre-wrap';
    const overflowWrap = noWrap ? 'normal' : computed.getPropertyValue('overflow-wrap') || 'break-word';
    const paddingX = px('padding-left') + px('padding-right');
    const paddingY = px('padding-top') + px('padding-bottom');
    // clientWidth excludes a vertical scrollbar, so the mirror wraps where the textarea does.
    // clientLeft is the left border plus a left-side scrollbar (RTL), which shifts the content.
    const hasLayout = textarea.clientWidth > 0 || textarea.offsetWidth > 0;
    const borderLeft = hasLayout ? textarea.clientLeft : px('border-left-width');
    const borderTop = hasLayout ? textarea.clientTop : px('border-top-width');
    const borderRight = px('border-right-width');
    const borderBottom = px('border-bottom-width');
    const contentWidth = Math.max(0, (hasLayout ? textarea.clientWidth : px('width')) - paddingX);
    const contentHeight = Math.max(0, (hasLayout ? textarea.clientHeight : px('height')) - paddingY);
    const dir = (textarea.getAttribute('dir') ?? '').trim().toLowerCase();
    const key = [
      ...properties.map(([, v]) => v),
      dir,
      whiteSpace,
      overflowWrap,
      borderLeft,
      borderTop,
      borderRight,
      borderBottom,
      contentWidth,
      contentHeight,
    ].join('|');
    return {
      key,
      properties,
      dir,
      whiteSpace,
      overflowWrap,
      borderLeft,
      borderTop,
      borderRight,
      borderBottom,
      contentWidth,
      contentHeight,
    };
  }

  #sync(value: string, layout: TextareaLayout): void {
    if (this.#text.data !== value) this.#text.data = value;
    if (layout.key === this.#layoutKey) return;
    this.#layoutKey = layout.key;
    const style = this.#element.style;
    for (const [name, v] of layout.properties) {
      if (v) style.setProperty(name, v);
      else style.removeProperty(name);
    }
    if (layout.dir === 'auto' || layout.dir === 'rtl' || layout.dir === 'ltr') this.#element.setAttribute('dir', layout.dir);
    else this.#element.removeAttribute('dir');
    style.setProperty('white-space', layout.whiteSpace);
    style.setProperty('overflow-wrap', layout.overflowWrap);
    style.setProperty('word-wrap', layout.overflowWrap);
    style.setProperty('border-left-width', `${layout.borderLeft}px`);
    style.setProperty('border-top-width', `${layout.borderTop}px`);
    style.setProperty('border-right-width', `${layout.borderRight}px`);
    style.setProperty('border-bottom-width', `${layout.borderBottom}px`);
    style.setProperty('width', `${layout.contentWidth}px`);
    // Height follows the content; the rectangles below the fold are clipped afterwards.
    style.setProperty('min-height', `${layout.contentHeight}px`);
  }
}

const mirrors = new WeakMap<HTMLTextAreaElement, TextareaMirror>();

/**
 * Rectangles of `ranges` in `textarea`, through a mirror kept per textarea inside
 * `mirrorParent` (the extension's own shadow root). See `TextareaMirror.measure`.
 */
export function measureTextRanges(
  textarea: HTMLTextAreaElement,
  ranges: readonly TextRange[],
  mirrorParent: Element | ShadowRoot,
): DOMRect[][] {
  let mirror = mirrors.get(textarea);
  if (!mirror || mirror.disposed || mirror.parent !== mirrorParent || mirror.element.parentNode !== mirrorParent) {
    mirror?.dispose();
    mirror = new TextareaMirror(textarea, mirrorParent);
    mirrors.set(textarea, mirror);
  }
  return mirror.measure(ranges);
}

/** Remove the mirror `measureTextRanges` keeps for this textarea, if any. */
export function releaseTextareaMirror(textarea: HTMLTextAreaElement): void {
  mirrors.get(textarea)?.dispose();
  mirrors.delete(textarea);
}
