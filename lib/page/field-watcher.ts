import type { ComposeField } from './seller-central';
import { readFieldText } from './field-text';

export interface FieldWatchOptions {
  signal: AbortSignal;
  /** Quiet time after the last keystroke before the text is read, in ms. */
  delay?: number;
  /** Called with the field's text: once at the start, then after each pause in typing. */
  onText(text: string): void;
  /** The seller put the caret in this field. */
  onFocus?(): void;
}

/**
 * Reads a compose field's text after the seller pauses typing. Never writes to the field.
 * Paused during IME composition (Japanese, Chinese input): the half-composed text is not the
 * seller's message yet, and reading it would flag syllables.
 */
export function watchField(field: ComposeField, { signal, delay = 150, onText, onFocus }: FieldWatchOptions): void {
  const el = field.element;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let composing = false;
  let lastText: string | undefined;

  const read = (): void => {
    timer = undefined;
    if (signal.aborted || composing) return;
    const text = readFieldText(field);
    if (text === lastText) return;
    lastText = text;
    onText(text);
  };
  const schedule = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(read, delay);
  };
  const options = { signal, passive: true } as const;
  el.addEventListener('input', () => { if (!composing) schedule(); }, options);
  el.addEventListener('compositionstart', () => { composing = true; }, options);
  el.addEventListener('compositionend', () => { composing = false; schedule(); }, options);
  // Pages sometimes set the value from script without an input event (drafts, templates).
  el.addEventListener('change', schedule, options);
  el.addEventListener('focus', () => { onFocus?.(); schedule(); }, options);
  signal.addEventListener('abort', () => { if (timer !== undefined) clearTimeout(timer); });
  read();
}

/** Forces the next read to report the text even when unchanged (after settings change). */
export type { ComposeField };
