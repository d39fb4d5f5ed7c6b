/**
 * Every language's full phrase book, in the order the engine tries them. Only what builds the
 * language packs (packs.ts) and the all-languages entry (lib/rules/index.ts) imports this: the
 * extension's background loads each language's pack when a message first needs it.
 * Adding a language: one data file next to this one, one line here, then
 * `node scripts/language-signs.ts` (npm run build runs it).
 */
import { ar } from './ar.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';
import { ja } from './ja.ts';
import { pt } from './pt.ts';
import { nl } from './nl.ts';
import { sv } from './sv.ts';
import { pl } from './pl.ts';
import { tr } from './tr.ts';
import type { PhraseBook } from './types.ts';
import { zh } from './zh.ts';

// Japanese before Chinese: its kana claim a text before Chinese's Han characters (language.ts, books.ts).
export const ALL_PHRASE_BOOKS: readonly PhraseBook[] = [en, de, fr, es, it, ja, nl, sv, pl, tr, pt, ar, zh];

