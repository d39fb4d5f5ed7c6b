import { browser } from 'wxt/browser';

/** A key of public/_locales/en/messages.json (WXT generates the union). */
export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

/**
 * The UI text in the browser's language, from public/_locales. `fallback` is shown when the
 * key is missing (and in unit tests, where no locale files are loaded).
 */
export function t(key: MessageKey, fallback: string, substitutions?: string | string[]): string {
  try {
    const text = browser.i18n.getMessage(key, substitutions);
    return text || fallback;
  } catch {
    return fallback;
  }
}
