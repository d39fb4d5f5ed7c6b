/**
 * Language packs: one language's phrase book, the prefilter's analysis of its phrases (worked
 * out at build time, packs-build.ts) and its UI catalog, as one JSON file in the extension
 * (packs/<language>.json). The background reads a pack the first time a message needs its
 * language (engine.ts, packsNeeded), so a cold start parses the engine and the one or two
 * languages of the message, not thirteen.
 */
import { addPhraseBook } from './books.ts';
import { addCatalog } from './messages/index.ts';
import type { MessageCatalog } from './messages/types.ts';
import type { StoredIndex } from './language-index.ts';
import type { ClassSpec } from './quick-regex.ts';
import type { PhraseBook } from './phrases/types.ts';
import { LANGUAGES, type Language } from './types.ts';

/** Bumped when the pack's shape changes: a pack of another shape is refused, never misread. */
export const PACK_FORMAT = 4;

export interface LanguagePack {
  format: typeof PACK_FORMAT;
  language: Language;
  book: PhraseBook;
  /** The language's prefilters, worked out at build time (language-index.ts). */
  index: { phrases: StoredIndex; courtesy: StoredIndex };
  /** The character classes the parsed regexes refer to by number (quick-regex.ts ClassSpec). */
  classes: ClassSpec[];
  catalog: MessageCatalog;
}

export type PackPath = `packs/${Language}.json`;

/** Where a language's pack is, relative to the extension's root. */
export function packPath(language: Language): PackPath {
  return `packs/${language}.json`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The pack of `language`, from parsed JSON, or an Error saying what is wrong with it (a pack is
 * built with the extension, so this only happens to a damaged install).
 */
export function readPack(value: unknown, language: Language): LanguagePack {
  const fail = (what: string): never => {
    throw new Error(`Clearsend's ${language} language pack is damaged: ${what}`);
  };
  if (!isObject(value)) return fail('not an object');
  if (value.format !== PACK_FORMAT) return fail(`format ${String(value.format)}, expected ${PACK_FORMAT}`);
  if (value.language !== language) return fail(`it is the pack of "${String(value.language)}"`);
  const { book, catalog, index } = value;
  if (!isObject(book) || book.language !== language || !isObject(book.promotion) || !Array.isArray(book.stopWords)) return fail('no phrase book');
  if (!isObject(index) || !isObject(index.phrases) || !isObject(index.courtesy)) return fail('no prefilter');
  const isSpec = (c: unknown) => Array.isArray(c) && (c[0] === 0 || c[0] === 1) && typeof c[1] === 'string' && c.length % 2 === 0 && c.slice(2).every((n) => Number.isInteger(n));
  if (!Array.isArray(value.classes) || !value.classes.every(isSpec)) return fail('no character classes');
  if (!isObject(catalog) || !isObject(catalog.rules) || !isObject(catalog.labels)) return fail('no texts');
  return value as unknown as LanguagePack;
}

/** Registers a pack's phrases and texts with the engine. */
export function addPack(pack: LanguagePack): void {
  if (!(LANGUAGES as readonly string[]).includes(pack.language)) throw new Error(`Clearsend has no language "${String(pack.language)}"`);
  addPhraseBook(pack.book, { phrases: pack.index.phrases, courtesy: pack.index.courtesy, classes: pack.classes });
  addCatalog(pack.language, pack.catalog);
}
