/**
 * The background's language packs (lib/rules/packs.ts): each read from the extension's own
 * files the first time a message needs its language, then kept for the life of the background.
 * A Seller Central message in English costs the English pack alone; a German one, English and
 * German. Several requests waiting for the same pack share one read; a read that failed is tried
 * again by the next request.
 */
import { packsNeeded } from '../rules/engine';
import { addPack, packPath, readPack, type PackPath } from '../rules/packs';
import type { Language, LintOptions, Message } from '../rules/types';

/** Reads one of the extension's files as JSON (the path is relative to its root). */
export type ReadPackFile = (path: PackPath) => Promise<unknown>;

export function createPackLoader(readFile: ReadPackFile): (message: Message, options?: LintOptions) => Promise<void> {
  const reading = new Map<Language, Promise<void>>();
  const load = (language: Language): Promise<void> => {
    let pending = reading.get(language);
    if (!pending) {
      pending = readFile(packPath(language)).then((json) => addPack(readPack(json, language)));
      reading.set(language, pending);
      pending.catch(() => reading.delete(language));
    }
    return pending;
  };
  return async (message, options) => {
    await Promise.all(packsNeeded(message, options).map(load));
  };
}
