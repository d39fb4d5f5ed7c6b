import { browser } from 'wxt/browser';

/**
 * The UI text in the browser's language, from public/_locales. `fallback` is shown when the
 * key is missing (and in unit tests, where no locale files are loaded).
 */
export function t(key: string, fallback: string, substitutions?: string | string[]): string {
  try {
    const text = browser.i18n.getMessage(key, substitutions);
    return text || fallback;
  } catch {
    return fallback;
  }
}
