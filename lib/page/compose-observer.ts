import type { ComposeField } from './seller-central';

type FindFields = (doc: Document, ignore?: Element) => ComposeField[];

export interface ComposeObserverOptions {
  signal: AbortSignal;
  /** Clearsend's own UI: never a compose field. */
  ownHost?: Element;
  /** The set of compose fields changed: some appeared, some were replaced or removed. */
  onChange(fields: ComposeField[]): void;
  /** After every scan (the page changed): a cheap moment to re-read what else the page says. */
  onScan?(): void;
  /** Minimum time between two scans of the page, in ms. */
  throttle?: number;
  /** How the site's compose fields are found (the site adapter's findFields). */
  find: FindFields;
}

/**
 * The one place that watches the page for compose boxes appearing, being re-rendered by the
 * single-page app, or going. One MutationObserver (it cannot see into shadow roots, so a focus
 * landing in an unknown box also triggers a scan), scans throttled, everything torn down with
 * the signal. A page with no box costs one observer callback per batch of mutations.
 */
export function observeComposeFields(doc: Document, { signal, ownHost, onChange, onScan, throttle = 250, find }: ComposeObserverOptions): () => void {
  let current: ComposeField[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastScan = 0;

  const same = (a: ComposeField[], b: ComposeField[]): boolean =>
    a.length === b.length && a.every((field, i) => field.element === b[i]?.element);

  const scan = (): void => {
    timer = undefined;
    if (signal.aborted) return;
    lastScan = performance.now();
    const found = find(doc, ownHost);
    if (!same(found, current)) {
      current = found;
      onChange(found);
    }
    onScan?.();
  };
  const schedule = (): void => {
    if (timer !== undefined || signal.aborted) return;
    timer = setTimeout(scan, Math.max(0, throttle - (performance.now() - lastScan)));
  };

  const observer = new MutationObserver((records) => {
    // Only changes in the element tree can add or remove a box; ignore Clearsend's own UI.
    if (records.some((r) => r.type === 'childList' && !(ownHost && ownHost.contains(r.target)))) schedule();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  doc.addEventListener(
    'focusin',
    (event) => {
      const target = event.composedPath()[0];
      if (target instanceof Element && !current.some((f) => f.element === target)) schedule();
    },
    { signal, capture: true, passive: true },
  );
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  });
  scan();
  return schedule;
}
