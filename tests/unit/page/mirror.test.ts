import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  MIRROR_SENTINEL,
  TextareaMirror,
  clampRange,
  measureTextRanges,
  releaseTextareaMirror,
} from '../../../lib/page/mirror';
import {
  clearHighlights,
  editableText,
  highlightRanges,
  supportsCustomHighlights,
  textOffsetsToRange,
} from '../../../lib/page/custom-highlight';

/** A textarea inside a custom element's open shadow root, as Seller Central's kat-textarea has it. */
function composeBox(value: string, style: Record<string, string> = {}) {
  const host = document.createElement('kat-textarea');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const textarea = document.createElement('textarea');
  for (const [name, v] of Object.entries(style)) textarea.style.setProperty(name, v);
  textarea.value = value;
  shadow.append(textarea);
  return { host, shadow, textarea };
}

/** The extension's own shadow root, where mirrors go. */
function extensionRoot() {
  const host = document.createElement('clearsend-assistant');
  document.body.append(host);
  return host.attachShadow({ mode: 'open' });
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('clampRange', () => {
  it.each([
    [{ start: 2, end: 5 }, 10, { start: 2, end: 5 }],
    [{ start: -3, end: 4 }, 10, { start: 0, end: 4 }],
    [{ start: 8, end: 50 }, 10, { start: 8, end: 10 }],
    [{ start: 12, end: 50 }, 10, { start: 10, end: 10 }],
    [{ start: 6, end: 3 }, 10, { start: 6, end: 6 }],
    [{ start: Number.NaN, end: 3 }, 10, { start: 0, end: 3 }],
  ])('%o within %i is %o', (range, length, expected) => {
    expect(clampRange(range, length)).toEqual(expected);
  });
});

describe('TextareaMirror', () => {
  it('puts the mirror in the given parent, never in the page or the textarea\'s shadow root', () => {
    const { host, shadow, textarea } = composeBox('Hello buyer');
    const root = extensionRoot();
    const mirror = new TextareaMirror(textarea, root);
    mirror.measure([{ start: 0, end: 5 }]);
    expect(mirror.element.parentNode).toBe(root);
    expect(shadow.childNodes).toHaveLength(1);
    expect(host.childNodes).toHaveLength(0);
    expect(document.querySelectorAll('[data-clearsend-mirror]')).toHaveLength(0);
    expect(mirror.element.getAttribute('aria-hidden')).toBe('true');
  });

  it('copies the textarea\'s text and adds a zero-width sentinel so a trailing empty line has height', () => {
    const { textarea } = composeBox('Dear buyer,\n');
    const mirror = new TextareaMirror(textarea, extensionRoot());
    mirror.measure([]);
    const texts = Array.from(mirror.element.childNodes, (n) => n.textContent);
    expect(texts).toEqual(['Dear buyer,\n', MIRROR_SENTINEL]);
    expect(mirror.element.textContent).toBe(`Dear buyer,\n${MIRROR_SENTINEL}`);
  });

  it('follows later edits of the value in the same text node', () => {
    const { textarea } = composeBox('first');
    const mirror = new TextareaMirror(textarea, extensionRoot());
    mirror.measure([]);
    const node = mirror.element.firstChild;
    textarea.value = 'second draft';
    mirror.measure([]);
    expect(mirror.element.firstChild).toBe(node);
    expect(node?.textContent).toBe('second draft');
  });

  it('copies the style that decides wrapping, and wraps like a textarea', () => {
    const { textarea } = composeBox('text', {
      'font-family': 'Georgia, serif',
      'font-size': '17px',
      'font-weight': '700',
      'letter-spacing': '1px',
      'word-spacing': '3px',
      'line-height': '22px',
      'text-transform': 'uppercase',
      'text-indent': '5px',
      'tab-size': '4',
      'padding-left': '7px',
      'padding-right': '9px',
      'padding-top': '3px',
      'border-left-width': '2px',
      'border-right-width': '4px',
      'border-style': 'solid',
      direction: 'rtl',
      'text-align': 'right',
      width: '300px',
    });
    const mirror = new TextareaMirror(textarea, extensionRoot());
    mirror.measure([]);
    const style = mirror.element.style;
    expect(style.getPropertyValue('font-family')).toMatch(/Georgia/);
    expect(style.getPropertyValue('font-size')).toBe('17px');
    expect(style.getPropertyValue('font-weight')).toBe('700');
    expect(style.getPropertyValue('letter-spacing')).toBe('1px');
    expect(style.getPropertyValue('word-spacing')).toBe('3px');
    expect(style.getPropertyValue('line-height')).toBe('22px');
    expect(style.getPropertyValue('text-transform')).toBe('uppercase');
    expect(style.getPropertyValue('text-indent')).toBe('5px');
    expect(style.getPropertyValue('tab-size')).toBe('4');
    expect(style.getPropertyValue('padding-left')).toBe('7px');
    expect(style.getPropertyValue('padding-right')).toBe('9px');
    expect(style.getPropertyValue('padding-top')).toBe('3px');
    expect(style.getPropertyValue('direction')).toBe('rtl');
    expect(style.getPropertyValue('text-align')).toBe('right');
    expect(style.getPropertyValue('border-right-width')).toBe('4px');
    expect(style.getPropertyValue('white-space')).toBe('pre-wrap');
    expect(style.getPropertyValue('overflow-wrap')).toBe('break-word');
    expect(style.getPropertyValue('box-sizing')).toBe('content-box');
    expect(style.getPropertyValue('visibility')).toBe('hidden');
    expect(style.getPropertyValue('pointer-events')).toBe('none');
    // Without layout (no clientWidth) the content width is the computed width minus padding.
    expect(style.getPropertyValue('width')).toBe('284px');
  });

  it('keeps long lines unwrapped when the textarea does not wrap', () => {
    const { textarea } = composeBox('text', { 'white-space': 'pre' });
    const mirror = new TextareaMirror(textarea, extensionRoot());
    mirror.measure([]);
    expect(mirror.element.style.getPropertyValue('white-space')).toBe('pre');
  });

  it('restyles only when the textarea\'s style changed', () => {
    const { textarea } = composeBox('text', { 'font-size': '14px' });
    const mirror = new TextareaMirror(textarea, extensionRoot());
    mirror.measure([]);
    const setProperty = vi.spyOn(mirror.element.style, 'setProperty');
    mirror.measure([{ start: 0, end: 2 }]);
    expect(setProperty).not.toHaveBeenCalled();
    textarea.style.setProperty('font-size', '20px');
    mirror.measure([]);
    expect(setProperty).toHaveBeenCalledWith('font-size', '20px');
  });

  it('returns one entry per range, empty without layout, and never changes the textarea', () => {
    const { textarea } = composeBox('We offer a free gift for a 5-star review.', { width: '200px' });
    textarea.setAttribute('aria-label', 'Message');
    const before = { html: textarea.outerHTML, value: textarea.value, style: textarea.getAttribute('style') };
    const result = measureTextRanges(
      textarea,
      [
        { start: 11, end: 20 },
        { start: -4, end: 400 },
        { start: 30, end: 30 },
      ],
      extensionRoot(),
    );
    expect(result).toEqual([[], [], []]);
    expect(textarea.outerHTML).toBe(before.html);
    expect(textarea.value).toBe(before.value);
    expect(textarea.getAttribute('style')).toBe(before.style);
    releaseTextareaMirror(textarea);
  });

  it('clamps ranges to the text before building DOM ranges', () => {
    const { textarea } = composeBox('short');
    const mirror = new TextareaMirror(textarea, extensionRoot());
    const setEnd = vi.spyOn(Range.prototype, 'setEnd');
    // Layout is faked so measurement reaches the ranges.
    vi.spyOn(textarea, 'offsetWidth', 'get').mockReturnValue(100);
    vi.spyOn(textarea, 'offsetHeight', 'get').mockReturnValue(40);
    vi.spyOn(textarea, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, 100, 40));
    vi.spyOn(mirror.element, 'offsetWidth', 'get').mockReturnValue(100);
    vi.spyOn(mirror.element, 'offsetHeight', 'get').mockReturnValue(40);
    vi.spyOn(mirror.element, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, 100, 40));
    expect(() => mirror.measure([{ start: 2, end: 999 }])).not.toThrow();
    expect(setEnd).toHaveBeenCalledWith(mirror.element.firstChild, 5);
  });

  it('translates and clips the rectangles to the textarea\'s visible box', () => {
    const { textarea } = composeBox('one two three');
    const mirror = new TextareaMirror(textarea, extensionRoot());
    // The textarea at (100, 50), 200x60 with 1px borders; scrolled down by 10px.
    vi.spyOn(textarea, 'offsetWidth', 'get').mockReturnValue(200);
    vi.spyOn(textarea, 'offsetHeight', 'get').mockReturnValue(60);
    vi.spyOn(textarea, 'clientLeft', 'get').mockReturnValue(1);
    vi.spyOn(textarea, 'clientTop', 'get').mockReturnValue(1);
    vi.spyOn(textarea, 'clientWidth', 'get').mockReturnValue(198);
    vi.spyOn(textarea, 'clientHeight', 'get').mockReturnValue(58);
    vi.spyOn(textarea, 'scrollTop', 'get').mockReturnValue(10);
    vi.spyOn(textarea, 'getBoundingClientRect').mockReturnValue(new DOMRect(100, 50, 200, 60));
    // The mirror at the viewport's origin.
    vi.spyOn(mirror.element, 'offsetWidth', 'get').mockReturnValue(200);
    vi.spyOn(mirror.element, 'offsetHeight', 'get').mockReturnValue(90);
    vi.spyOn(mirror.element, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, 200, 90));
    const fragments = new Map<number, DOMRect[]>([
      // Fully visible after scrolling: y 30 -> 70.
      [0, [new DOMRect(5, 30, 40, 16)]],
      // Scrolled out above: y 2 -> 42, bottom 58 < top of the visible box 51.
      [4, [new DOMRect(5, 2, 30, 6)]],
      // Two line fragments, the second cut by the bottom edge (y 62 -> 102, clip at 109).
      [8, [new DOMRect(150, 46, 40, 16), new DOMRect(1, 62, 20, 16)]],
    ]);
    vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
      return (fragments.get(this.startOffset) ?? []) as unknown as DOMRectList;
    });
    const [first, hidden, wrapped] = mirror.measure([
      { start: 0, end: 3 },
      { start: 4, end: 7 },
      { start: 8, end: 13 },
    ]);
    expect(first?.map((r) => [r.left, r.top, r.width, r.height])).toEqual([[105, 70, 40, 16]]);
    expect(hidden).toEqual([]);
    expect(wrapped?.map((r) => [r.left, r.top, r.width, r.height])).toEqual([
      [250, 86, 40, 16],
      [101, 102, 20, 7],
    ]);
  });

  it('dispose removes the mirror and later measurements are empty', () => {
    const { textarea } = composeBox('text');
    const root = extensionRoot();
    const mirror = new TextareaMirror(textarea, root);
    mirror.dispose();
    mirror.dispose();
    expect(root.childNodes).toHaveLength(0);
    expect(mirror.disposed).toBe(true);
    expect(mirror.measure([{ start: 0, end: 1 }])).toEqual([[]]);
  });

  it('measureTextRanges reuses one mirror per textarea and releaseTextareaMirror removes it', () => {
    const { textarea } = composeBox('text');
    const root = extensionRoot();
    measureTextRanges(textarea, [{ start: 0, end: 1 }], root);
    const mirror = root.firstChild;
    measureTextRanges(textarea, [{ start: 1, end: 2 }], root);
    expect(root.childNodes).toHaveLength(1);
    expect(root.firstChild).toBe(mirror);
    releaseTextareaMirror(textarea);
    expect(root.childNodes).toHaveLength(0);
  });
});

/** Parse markup without innerHTML, into a contenteditable root. */
function editable(markup: string): HTMLElement {
  const doc = new DOMParser().parseFromString(`<div contenteditable="true">${markup}</div>`, 'text/html');
  const root = document.importNode(doc.body.firstElementChild as HTMLElement, true);
  document.body.append(root);
  return root;
}

describe('editableText', () => {
  it.each([
    ['plain text', 'Hello buyer', 'Hello buyer'],
    ['inline markup', 'Hello <b>dear <i>buyer</i></b>!', 'Hello dear buyer!'],
    ['<br> as a newline', 'one<br>two<br><br>three', 'one\ntwo\n\nthree'],
    ['block per line', '<div>one</div><div>two</div>', 'one\ntwo'],
    ['empty line as <div><br></div>', '<div>one</div><div><br></div><div>two</div>', 'one\n\ntwo'],
    ['text around a block', 'one<div>two</div>three', 'one\ntwo\nthree'],
    ['paragraphs and lists', '<p>Hi,</p><ul><li>a</li><li>b</li></ul><p>Bye</p>', 'Hi,\na\nb\nBye'],
    ['trailing <br> in a block', '<div>one<br></div><div>two</div>', 'one\ntwo'],
    ['skipped elements', 'a<style>p{}</style><script>1</script>b', 'ab'],
    ['spaces kept verbatim', 'a  b\u00a0c', 'a  b\u00a0c'],
    ['empty', '', ''],
  ])('%s', (_name, markup, expected) => {
    expect(editableText(editable(markup))).toBe(expected);
  });
});

describe('textOffsetsToRange', () => {
  const samples = [
    'We offer a <b>free <i>gift</i></b> for reviews',
    '<div>Dear buyer,</div><div><br></div><div>Visit <a href="#">our site</a> now</div>',
    'line one<br>line two<br><br>end',
    '<p>Hi,</p><ul><li>free</li><li>gift</li></ul>bye',
    '😀 emoji <span>🎁 gift</span>',
  ];

  it.each(samples)('every [start, end) of %s selects the same text as editableText gives', (markup) => {
    const root = editable(markup);
    const text = editableText(root);
    for (let start = 0; start <= text.length; start++) {
      for (let end = start; end <= text.length; end++) {
        const range = textOffsetsToRange(root, start, end);
        expect(range, `${start}-${end}`).not.toBeNull();
        // Range.toString() has no line breaks; compare without them.
        expect(range?.toString(), `${start}-${end}`).toBe(text.slice(start, end).replaceAll('\n', ''));
      }
    }
  });

  it('starts and ends ranges inside the text nodes that hold the words', () => {
    const root = editable('<div>Dear buyer,</div><div>a <b>free gift</b></div>');
    const text = editableText(root);
    const start = text.indexOf('free');
    const range = textOffsetsToRange(root, start, start + 'free gift'.length);
    expect(range?.startContainer.textContent).toBe('free gift');
    expect(range?.startOffset).toBe(0);
    expect(range?.endContainer.textContent).toBe('free gift');
    expect(range?.endOffset).toBe(9);
  });

  it('rejects offsets outside the text', () => {
    const root = editable('abc');
    expect(textOffsetsToRange(root, -1, 2)).toBeNull();
    expect(textOffsetsToRange(root, 0, 4)).toBeNull();
    expect(textOffsetsToRange(root, 2, 1)).toBeNull();
    expect(textOffsetsToRange(root, 0.5, 1)).toBeNull();
  });

  it('gives a collapsed range in an empty element', () => {
    const root = editable('');
    const range = textOffsetsToRange(root, 0, 0);
    expect(range?.collapsed).toBe(true);
    expect(range?.startContainer).toBe(root);
  });

  it('does not change the editable element', () => {
    const root = editable('<div>one <b>two</b></div><div>three<br></div>');
    const before = root.outerHTML;
    editableText(root);
    textOffsetsToRange(root, 2, 9);
    expect(root.outerHTML).toBe(before);
  });
});

describe('custom highlights', () => {
  it('are a no-op returning false where the API is missing', () => {
    vi.stubGlobal('Highlight', undefined);
    expect(supportsCustomHighlights()).toBe(false);
    expect(highlightRanges('clearsend-error', [document.createRange()])).toBe(false);
    expect(clearHighlights('clearsend-error')).toBe(false);
    vi.unstubAllGlobals();
  });

  it('register and clear ranges under a name where the API exists', () => {
    class FakeHighlight extends Set<AbstractRange> {
      constructor(...ranges: AbstractRange[]) {
        super(ranges);
      }
    }
    const registry = new Map<string, FakeHighlight>();
    vi.stubGlobal('Highlight', FakeHighlight);
    vi.stubGlobal('CSS', { highlights: registry });
    try {
      const root = editable('a free gift');
      const range = textOffsetsToRange(root, 2, 6);
      expect(range).not.toBeNull();
      expect(supportsCustomHighlights()).toBe(true);
      expect(highlightRanges('clearsend-error', [range as Range])).toBe(true);
      expect([...(registry.get('clearsend-error') ?? [])]).toEqual([range]);
      expect(clearHighlights('clearsend-error')).toBe(true);
      expect(registry.has('clearsend-error')).toBe(false);
      expect(clearHighlights('clearsend-error')).toBe(false);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
