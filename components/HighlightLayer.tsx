import { useEffect, useRef, useState } from 'preact/hooks';
import { uiDirection, uiLanguage } from '../lib/i18n';
import { TextareaMirror } from '../lib/page/mirror';
import type { TextRange } from '../lib/page/mirror';

/** What the layer needs of a finding: where it is, how bad, and what to say. */
export interface HighlightFinding {
  id: string;
  /** UTF-16 offsets into `text`, end exclusive. */
  start: number;
  end: number;
  severity: 'error' | 'warning' | 'info';
  message: string;
}

/** Viewport rectangles of each range in the textarea (see `measureTextRanges`). */
export type MeasureTextRanges = (
  textarea: HTMLTextAreaElement,
  ranges: readonly TextRange[],
  mirrorParent: Element | ShadowRoot,
) => DOMRect[][];

export interface HighlightLayerProps {
  textarea: HTMLTextAreaElement;
  /** The text the findings were computed on. */
  text: string;
  findings: readonly HighlightFinding[];
  /** Where the mirror element goes: the extension's own shadow root. */
  mirrorParent: ShadowRoot | Element;
  activeId?: string;
  onActivate(id: string | null): void;
  /** Draw info findings as faint dotted boxes; by default they get none. */
  showInfo?: boolean;
  /** Replaces the mirror-based measurement (tests, other field kinds). Pass a stable function. */
  measure?: MeasureTextRanges;
}

interface Fragment {
  left: number;
  top: number;
  width: number;
  height: number;
}

interface Box {
  id: string;
  severity: HighlightFinding['severity'];
  message: string;
  /** Relative to the layer's origin, for drawing. */
  fragments: Fragment[];
  /** Viewport coordinates, for hit-testing the pointer. */
  viewport: DOMRect[];
}

/**
 * Follow an edit made since the findings were computed: a range before the changed span keeps
 * its offsets, one after it shifts by the change in length, one touching it is dropped (null).
 * The changed span is what remains after the longest common prefix and suffix.
 */
export function rebaseRange(range: TextRange, oldText: string, newText: string): TextRange | null {
  if (oldText === newText) return { start: range.start, end: range.end };
  const shortest = Math.min(oldText.length, newText.length);
  let prefix = 0;
  while (prefix < shortest && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < shortest - prefix &&
    oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)
  ) {
    suffix++;
  }
  if (range.end <= prefix) return { start: range.start, end: range.end };
  const changedEnd = oldText.length - suffix;
  if (range.start >= changedEnd) {
    const shift = newText.length - oldText.length;
    return { start: range.start + shift, end: range.end + shift };
  }
  return null;
}

/** Extra pixels around a fragment that still count as pointing at it (the underline is thin). */
const HIT_SLOP = 2;

function hitTest(boxes: readonly Box[], x: number, y: number): string | null {
  for (const box of boxes) {
    for (const r of box.viewport) {
      if (x >= r.left - HIT_SLOP && x <= r.right + HIT_SLOP && y >= r.top - HIT_SLOP && y <= r.bottom + HIT_SLOP) {
        return box.id;
      }
    }
  }
  return null;
}

/**
 * Underlines over a textarea's flagged words, drawn in the extension's shadow root. Boxes take
 * no pointer events, so clicks and typing always reach the textarea; hovering is found by
 * hit-testing the pointer against the measured rectangles. Boxes are buttons with tabindex -1,
 * focusable from the panel but never in the way of Tab while the seller types.
 */
export function HighlightLayer(props: HighlightLayerProps) {
  const { textarea, mirrorParent, measure } = props;
  const [boxes, setBoxes] = useState<Box[]>([]);
  const [hoveredId, setHoveredId] = useState<string | null>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const layerRef = useRef<HTMLDivElement>(null);
  const latest = useRef(props);
  latest.current = props;
  const boxesRef = useRef<Box[]>(boxes);
  boxesRef.current = boxes;
  const hoveredRef = useRef<string | null>(null);
  const scheduleRef = useRef<() => void>(() => {});

  useEffect(() => {
    // Events come from the textarea's window; frames and observers from the extension's own
    // realm (in Firefox content scripts the page's constructors are wrapped).
    const view = textarea.ownerDocument.defaultView ?? window;
    let mirror: TextareaMirror | null = null;
    const measureRanges: MeasureTextRanges =
      measure ??
      ((field, ranges, parent) => {
        mirror ??= new TextareaMirror(field, parent);
        return mirror.measure(ranges);
      });

    let live = true;
    const run = () => {
      frame = 0;
      if (!live) return;
      const { text, findings, showInfo } = latest.current;
      const value = textarea.value;
      const shown: { finding: HighlightFinding; range: TextRange }[] = [];
      for (const finding of findings) {
        if (finding.severity === 'info' && !showInfo) continue;
        const range = rebaseRange(finding, text, value);
        if (range && range.end > range.start) shown.push({ finding, range });
      }
      const rects = shown.length > 0 ? measureRanges(textarea, shown.map((s) => s.range), mirrorParent) : [];
      const origin = layerRef.current?.getBoundingClientRect();
      const originLeft = origin?.left ?? 0;
      const originTop = origin?.top ?? 0;
      const next: Box[] = [];
      shown.forEach(({ finding }, i) => {
        const viewport = rects[i] ?? [];
        if (viewport.length === 0) return;
        next.push({
          id: finding.id,
          severity: finding.severity,
          message: finding.message,
          viewport,
          fragments: viewport.map((r) => ({
            left: r.left - originLeft,
            top: r.top - originTop,
            width: r.width,
            height: r.height,
          })),
        });
      });
      setBoxes(next);
    };

    let frame = 0;
    const schedule = () => {
      if (!frame && live) frame = window.requestAnimationFrame(run);
    };
    scheduleRef.current = schedule;

    const onPointerMove = (event: MouseEvent) => {
      const id = hitTest(boxesRef.current, event.clientX, event.clientY);
      if (id === hoveredRef.current) return;
      hoveredRef.current = id;
      setHoveredId(id);
      latest.current.onActivate(id);
    };
    const onPointerLeave = () => {
      if (hoveredRef.current === null) return;
      hoveredRef.current = null;
      setHoveredId(null);
      latest.current.onActivate(null);
    };

    const passive: AddEventListenerOptions = { passive: true };
    const captured: AddEventListenerOptions = { capture: true, passive: true };
    textarea.addEventListener('scroll', schedule, passive);
    // Typing moves the words after the caret before new findings arrive (see rebaseRange).
    textarea.addEventListener('input', schedule, passive);
    textarea.addEventListener('mousemove', onPointerMove, passive);
    textarea.addEventListener('mouseleave', onPointerLeave, passive);
    view.addEventListener('resize', schedule, passive);
    view.addEventListener('scroll', schedule, captured);
    const fonts = textarea.ownerDocument.fonts as FontFaceSet | undefined;
    fonts?.addEventListener('loadingdone', schedule);
    const resizeObserver = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : null;
    resizeObserver?.observe(textarea);
    schedule();

    return () => {
      live = false;
      textarea.removeEventListener('scroll', schedule, passive);
      textarea.removeEventListener('input', schedule, passive);
      textarea.removeEventListener('mousemove', onPointerMove, passive);
      textarea.removeEventListener('mouseleave', onPointerLeave, passive);
      view.removeEventListener('resize', schedule, passive);
      view.removeEventListener('scroll', schedule, captured);
      fonts?.removeEventListener('loadingdone', schedule);
      resizeObserver?.disconnect();
      if (frame) window.cancelAnimationFrame(frame);
      frame = 0;
      scheduleRef.current = () => {};
      hoveredRef.current = null;
      mirror?.dispose();
    };
  }, [textarea, mirrorParent, measure]);

  // New text or findings: measure again on the next frame.
  useEffect(() => scheduleRef.current(), [props.text, props.findings, props.showInfo]);

  const tipId = focusedId ?? hoveredId;
  const tipBox = tipId === null ? undefined : boxes.find((b) => b.id === tipId);

  return (
    <div class="clearsend-hl-layer" ref={layerRef}>
      {boxes.map((box) => (
        <button
          key={box.id}
          type="button"
          tabIndex={-1}
          aria-label={box.message}
          data-finding-id={box.id}
          class={[
            'clearsend-hl-box',
            `clearsend-hl-box--${box.severity}`,
            box.id === props.activeId ? 'clearsend-hl-box--active' : '',
            box.id === tipId ? 'clearsend-hl-box--hover' : '',
          ]
            .filter(Boolean)
            .join(' ')}
          onFocus={() => {
            setFocusedId(box.id);
            props.onActivate(box.id);
          }}
          onBlur={() => setFocusedId((id) => (id === box.id ? null : id))}
        >
          {box.fragments.map((f, i) => (
            <span
              key={i}
              class="clearsend-hl-fragment"
              style={{ left: `${f.left}px`, top: `${f.top}px`, width: `${f.width}px`, height: `${f.height}px` }}
            />
          ))}
        </button>
      ))}
      {tipBox ? <Tooltip box={tipBox} /> : null}
    </div>
  );
}

/** The finding's message next to its underline: below the last line, or above when no room. */
function Tooltip({ box }: { box: Box }) {
  const first = box.fragments[0];
  const last = box.fragments[box.fragments.length - 1];
  const lastViewport = box.viewport[box.viewport.length - 1];
  if (!first || !last || !lastViewport) return null;
  const viewportHeight = typeof window === 'undefined' ? Infinity : window.innerHeight;
  const above = lastViewport.bottom + 48 > viewportHeight;
  const anchor = above ? first : last;
  return (
    <div
      role="tooltip"
      dir={uiDirection()}
      lang={uiLanguage()}
      class={above ? 'clearsend-hl-tip clearsend-hl-tip--above' : 'clearsend-hl-tip'}
      style={{ left: `${anchor.left}px`, top: `${above ? anchor.top : anchor.top + anchor.height}px` }}
    >
      {box.message}
    </div>
  );
}
