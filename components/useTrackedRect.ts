import { useEffect, useState } from 'preact/hooks';

/**
 * The viewport rectangle of `element`, kept current through scrolling (of the page or any
 * scroll container), window resizes and the element's own resizes. Measured at most once a frame.
 */
export function useTrackedRect(element: Element | undefined): DOMRect | null {
  const [rect, setRect] = useState<DOMRect | null>(() => element?.getBoundingClientRect() ?? null);
  useEffect(() => {
    if (!element) {
      setRect(null);
      return undefined;
    }
    let frame = 0;
    const measure = (): void => {
      frame = 0;
      const next = element.getBoundingClientRect();
      setRect((prev) =>
        prev && prev.top === next.top && prev.left === next.left && prev.width === next.width && prev.height === next.height ? prev : next,
      );
    };
    const schedule = (): void => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    const abort = new AbortController();
    window.addEventListener('scroll', schedule, { capture: true, passive: true, signal: abort.signal });
    window.addEventListener('resize', schedule, { passive: true, signal: abort.signal });
    const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : undefined;
    resize?.observe(element);
    measure();
    return () => {
      abort.abort();
      resize?.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [element]);
  return rect;
}
