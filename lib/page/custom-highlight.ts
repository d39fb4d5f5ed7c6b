/**
 * Highlights in contenteditable compose boxes, through the CSS Custom Highlight API: the ranges
 * are registered with `CSS.highlights` and painted by `::highlight(name)` rules, so the editor's
 * DOM is never written. Where the API is missing every call is a no-op that returns false.
 *
 * The `::highlight(name)` rules must be in a style sheet of the tree that holds the editable
 * text (the page's document, or the editor's shadow root), not in the extension's shadow root.
 */

/** Whether `CSS.highlights` and `Highlight` exist in this window. */
export function supportsCustomHighlights(): boolean {
  return (
    typeof globalThis.Highlight === 'function' &&
    typeof globalThis.CSS !== 'undefined' &&
    typeof globalThis.CSS.highlights === 'object' &&
    globalThis.CSS.highlights !== null
  );
}

/** Register `ranges` under `name`, replacing what was there. False when unsupported. */
export function highlightRanges(name: string, ranges: readonly AbstractRange[]): boolean {
  if (!supportsCustomHighlights()) return false;
  CSS.highlights.set(name, new Highlight(...ranges));
  return true;
}

/** Remove the highlight `name`. False when unsupported or when there was none. */
export function clearHighlights(name: string): boolean {
  if (!supportsCustomHighlights()) return false;
  return CSS.highlights.delete(name);
}

/*
 * The text model, shared by `editableText` and `textOffsetsToRange` so that offsets agree:
 *
 * - Nodes are walked in document order under `root`.
 * - A text node contributes its data verbatim (no whitespace collapsing: editors keep typed
 *   spaces as they are or as U+00A0, and both count as one character).
 * - A <br> contributes "\n".
 * - A block element (tag names in BLOCK_TAGS) separates its content from what comes before and
 *   after it with one "\n", added only between two pieces of content and only when the text so
 *   far does not already end with "\n". So `<div>a</div><div>b</div>` is "a\nb",
 *   `<div>a</div><div><br></div><div>b</div>` is "a\n\nb", and `a<div>b</div>c` is "a\nb\nc".
 * - Elements in SKIPPED_TAGS, and elements matching the caller's `skip` selector (a mail's quoted
 *   text and signature), are ignored with everything inside them. CSS is not consulted:
 *   `display` set by a style sheet does not change the model.
 *
 * Offsets are UTF-16 code units, like DOM text offsets and JavaScript strings.
 */

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY',
  'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IFRAME', 'OBJECT']);

interface BoundaryPoint {
  node: Node;
  offset: number;
}

/** A run of the model's text and the DOM boundary points at each of its offsets. */
interface Piece {
  start: number;
  end: number;
  /** Boundary point at `start + k`, 0 <= k <= end - start. */
  point(k: number): BoundaryPoint;
}

function childIndex(node: Node): number {
  let i = 0;
  for (let n = node.previousSibling; n; n = n.previousSibling) i++;
  return i;
}

function walk(root: Node, skip?: string): { text: string; pieces: Piece[] } {
  let text = '';
  const pieces: Piece[] = [];
  let breakPending = false;

  const emit = (length: number, chunk: string, makePoint: (k: number) => BoundaryPoint) => {
    if (breakPending && text.length > 0 && !text.endsWith('\n')) {
      const previous = pieces[pieces.length - 1];
      const before = previous ? previous.point(previous.end - previous.start) : makePoint(0);
      const after = makePoint(0);
      const start = text.length;
      pieces.push({ start, end: start + 1, point: (k) => (k === 0 ? before : after) });
      text += '\n';
    }
    breakPending = false;
    const start = text.length;
    pieces.push({ start, end: start + length, point: makePoint });
    text += chunk;
  };

  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE) {
      const data = (node as CharacterData).data;
      if (data.length > 0) emit(data.length, data, (k) => ({ node, offset: k }));
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) return;
    if (skip && (node as Element).matches(skip)) return;
    if (tag === 'BR') {
      const parent = node.parentNode;
      if (!parent) return;
      const index = childIndex(node);
      emit(1, '\n', (k) => ({ node: parent, offset: k === 0 ? index : index + 1 }));
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) breakPending = true;
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    if (block) breakPending = true;
  };

  for (let child = root.firstChild; child; child = child.nextSibling) visit(child);
  return { text, pieces };
}

/** The plain text of an editable element, in the model described above. */
export function editableText(root: HTMLElement, skip?: string): string {
  return walk(root, skip).text;
}

/** Index of the piece holding `offset` (start-inclusive when `forStart`, else end-inclusive). */
function findPiece(pieces: readonly Piece[], offset: number, forStart: boolean): number {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const piece = pieces[mid]!;
    const below = forStart ? offset < piece.start : offset <= piece.start;
    const above = forStart ? offset >= piece.end : offset > piece.end;
    if (below) hi = mid - 1;
    else if (above) lo = mid + 1;
    else return mid;
  }
  return -1;
}

function pointAt(pieces: readonly Piece[], offset: number, forStart: boolean): BoundaryPoint | null {
  let index = findPiece(pieces, offset, forStart);
  // Offset 0 as an end, or the text's length as a start, sits on the outer edge of the text.
  if (index < 0) index = forStart ? pieces.length - 1 : 0;
  const piece = pieces[index];
  if (!piece) return null;
  return piece.point(Math.min(Math.max(offset - piece.start, 0), piece.end - piece.start));
}

/**
 * A live Range over [start, end) of `editableText(root)`, or null when the offsets are outside
 * the text or start > end. A collapsed range is returned for start === end.
 */
export function textOffsetsToRange(root: HTMLElement, start: number, end: number, skip?: string): Range | null {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end) return null;
  const { text, pieces } = walk(root, skip);
  if (end > text.length) return null;
  const range = root.ownerDocument.createRange();
  if (pieces.length === 0) {
    range.setStart(root, 0);
    range.collapse(true);
    return range;
  }
  const from = pointAt(pieces, start, true);
  const to = start === end ? from : pointAt(pieces, end, false);
  if (!from || !to) return null;
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/**
 * The text offset, in the model above, of a DOM boundary point inside `root` (the caret): the
 * length of the text before it. Undefined when the point is not inside `root`.
 */
export function textOffsetOf(root: HTMLElement, node: Node, offset: number, skip?: string): number | undefined {
  if (!root.contains(node)) return undefined;
  const doc = root.ownerDocument;
  const caret = doc.createRange();
  caret.setStart(node, offset);
  const { text, pieces } = walk(root, skip);
  const before = (point: BoundaryPoint): boolean => {
    const probe = doc.createRange();
    probe.setStart(point.node, point.offset);
    return probe.compareBoundaryPoints(Range.START_TO_START, caret) <= 0;
  };
  let found = 0;
  for (const piece of pieces) {
    const length = piece.end - piece.start;
    if (!before(piece.point(0))) return found;
    const first = piece.point(0);
    // Within one text node the caret's own offset says where it is.
    if (first.node === node && node.nodeType === Node.TEXT_NODE) return piece.start + Math.min(Math.max(offset - first.offset, 0), length);
    found = before(piece.point(length)) ? piece.end : piece.start;
  }
  return pieces.length ? found : Math.min(found, text.length);
}
