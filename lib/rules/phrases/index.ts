/**
 * Every language the checker has phrases for. Any of them may run on any message, whatever the
 * marketplace (sellers mix languages, and a German seller may write to a French buyer): those
 * whose words or script the message shows (books.ts, languagesOf).
 * Adding a language: one data file next to this one, and one line here.
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
export const PHRASE_BOOKS: readonly PhraseBook[] = [en, de, fr, es, it, ja, nl, sv, pl, tr, pt, ar, zh];

export type { PhraseBook } from './types.ts';
