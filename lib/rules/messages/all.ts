/**
 * Every UI language's catalog. Only the all-languages entry (lib/rules/index.ts) and what builds
 * the language packs import this; the engine itself carries English alone (index.ts).
 */
import type { Language } from '../types.ts';
import { ar } from './ar.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';
import { ja } from './ja.ts';
import { nl } from './nl.ts';
import { pl } from './pl.ts';
import { pt } from './pt.ts';
import { sv } from './sv.ts';
import { tr } from './tr.ts';
import type { MessageCatalog } from './types.ts';
import { zh } from './zh.ts';

export const CATALOGS: { readonly [L in Language]: MessageCatalog } = { en, de, fr, es, it, ja, nl, sv, pl, tr, pt, ar, zh };
