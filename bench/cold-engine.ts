/**
 * What the extension's background bundles of the engine (entrypoints/background.ts): the engine
 * without phrases, and the means to register a language pack. The cold-start figure bundles this.
 */
export { lint, packsNeeded } from '../lib/rules/engine.ts';
export { addPack, packPath, readPack } from '../lib/rules/packs.ts';
