import { browser } from 'wxt/browser';
import { LANGUAGES } from './rules/types';
import type { Language } from './rules/types';

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

/**
 * The browser's UI language if Clearsend speaks it (one of LANGUAGES), English otherwise:
 * the language of the rule engine's messages and of the options page's names.
 */
export function uiLanguage(): Language {
  let locale = 'en';
  try {
    // The language the extension's own messages are shown in (each translation names itself),
    // so the engine's messages match the rest of the UI; getUILanguage and @@ui_locale can differ
    // from the translation the browser picked (seen with Chromium started with --lang).
    locale = browser.i18n.getMessage('uiLanguageCode') || browser.i18n.getUILanguage();
  } catch {
    // No i18n API (unit tests).
  }
  // Not the engine's uiLanguageOf: importing it would bring every message catalog into the
  // content script, which only needs the language's name.
  const base = locale.toLowerCase().split(/[-_]/)[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : 'en';
}

/** Interface languages written right to left. */
const RIGHT_TO_LEFT: readonly Language[] = ['ar'];

/**
 * The direction Clearsend's own UI is laid out in: right to left when its UI language is Arabic.
 * Set as `dir` on the root of every panel, dialog and page it draws; the styles use logical
 * properties (margin-inline-start, border-inline-start), so the layout mirrors with it.
 */
export function uiDirection(): 'ltr' | 'rtl' {
  return directionOf(uiLanguage());
}

/** The direction a language is written in: a template's text is laid out in its own language's. */
export function directionOf(language: string): 'ltr' | 'rtl' {
  return (RIGHT_TO_LEFT as readonly string[]).includes(language) ? 'rtl' : 'ltr';
}
