/**
 * Every language the checker has phrases for, as the engine knows them before loading any phrase
 * data: their signs (signs.ts), in the order of books.ts, generated from the books by
 * scripts/language-signs.ts. Any language may run on any message, whatever the marketplace
 * (sellers mix languages, and a German seller may write to a French buyer): those whose words or
 * script the message shows (lib/rules/books.ts, languagesOf).
 */
export { IMPORTANT_TAG, LANGUAGE_SIGNS } from './signs.generated.ts';
export type { LanguageSigns } from './signs.ts';
export type { PhraseBook } from './types.ts';
