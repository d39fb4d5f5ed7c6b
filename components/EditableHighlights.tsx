import { useEffect, useMemo } from 'preact/hooks';
import type { Finding } from '../lib/rules/types';
import { clearHighlights, highlightRanges, supportsCustomHighlights, textOffsetsToRange } from '../lib/page/custom-highlight';

const SEVERITIES = ['error', 'warning'] as const;
const NAME = (severity: string): string => `clearsend-${severity}`;

/**
 * `::highlight()` rules must live in the document that holds the text, not in Clearsend's shadow
 * root. A constructed style sheet is adopted (no element is added to the page) and removed on
 * unmount.
 */
const HIGHLIGHT_CSS = `
::highlight(clearsend-error) { text-decoration: underline wavy #d13212; text-decoration-skip-ink: none; background-color: rgb(209 50 18 / 0.12); }
::highlight(clearsend-warning) { text-decoration: underline #c78a00; background-color: rgb(199 138 0 / 0.12); }
`;

function adoptSheet(doc: Document): (() => void) | undefined {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return () => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch {
    return undefined;
  }
}

export interface EditableHighlightsProps {
  editor: HTMLElement;
  text: string;
  findings: readonly Finding[];
  /** What is not the seller's text in the box (see ComposeField.skip). */
  skip?: string;
}

/**
 * The ranges each mounted instance draws, per severity: several compose windows (Gmail) each
 * have their own, and the one named highlight per severity is the union of them all.
 */
const drawn = new Map<object, Map<string, Range[]>>();

function redraw(severity: string): void {
  const ranges = [...drawn.values()].flatMap((bySeverity) => bySeverity.get(severity) ?? []);
  if (ranges.length) highlightRanges(NAME(severity), ranges);
  else clearHighlights(NAME(severity));
}

/** Highlights findings in a contenteditable compose box where the browser has the API. Renders nothing. */
export function EditableHighlights({ editor, text, findings, skip }: EditableHighlightsProps) {
  const owner = useMemo(() => ({}), []);
  useEffect(() => {
    if (!supportsCustomHighlights()) return undefined;
    const root = editor.getRootNode();
    const release = adoptSheet(root instanceof ShadowRoot ? (root as unknown as Document) : editor.ownerDocument);
    return () => {
      drawn.delete(owner);
      for (const severity of SEVERITIES) redraw(severity);
      release?.();
    };
  }, [editor, owner]);

  useEffect(() => {
    if (!supportsCustomHighlights()) return;
    const bySeverity = new Map<string, Range[]>();
    for (const severity of SEVERITIES) {
      const ranges = findings
        .filter((f) => f.severity === severity && f.end > f.start)
        .map((f) => textOffsetsToRange(editor, f.start, f.end, skip))
        .filter((r): r is Range => r !== null);
      bySeverity.set(severity, ranges);
    }
    drawn.set(owner, bySeverity);
    for (const severity of SEVERITIES) redraw(severity);
  }, [editor, text, findings, skip, owner]);

  return null;
}
