/**
 * The engine's texts in the UI languages: rule titles and reasons for the settings page,
 * finding messages and suggestion labels. Adding a language is one catalog file and one line here.
 */
import type { RuleId } from '../catalog.ts';
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
import type { MessageCatalog, Params } from './types.ts';
import { zh } from './zh.ts';

export type * from './types.ts';

export const CATALOGS: { readonly [L in Language]: MessageCatalog } = { en, de, fr, es, it, ja, nl, sv, pl, tr, pt, ar, zh };

/** The catalog of a UI language; English for anything else. */
export function catalogFor(uiLanguage: Language | undefined): MessageCatalog {
  return (uiLanguage !== undefined && Object.hasOwn(CATALOGS, uiLanguage) ? CATALOGS[uiLanguage] : undefined) ?? en;
}

const PARAM = /\{(\w+)\}/g;

/** Templates split once into text and parameter names (odd indexes): formatting is then a join. */
const SPLIT = new Map<string, readonly string[]>();

function split(template: string): readonly string[] {
  let parts = SPLIT.get(template);
  if (!parts) {
    parts = template.split(PARAM);
    SPLIT.set(template, parts);
  }
  return parts;
}

/** Fills in `{name}` parameters. An unknown name stays as written; values are not re-scanned. */
export function format(template: string, params?: Params): string {
  if (!params) return template;
  const parts = split(template);
  if (parts.length === 1) return template;
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string;
    const value = params[name];
    out += (value === undefined ? `{${name}}` : String(value)) + (parts[i + 1] as string);
  }
  return out;
}

/** The UI language for a browser locale ("de-AT" -> "de"); English unless Clearsend speaks it. */
export function uiLanguageOf(locale: string): Language {
  const base = (typeof locale === 'string' ? locale : '').toLowerCase().split(/[-_]/)[0] ?? '';
  return Object.hasOwn(CATALOGS, base) ? (base as Language) : 'en';
}

/** A rule's title and reason in a UI language, for the settings page. */
export function ruleText(ruleId: RuleId | string, uiLanguage?: Language): { title: string; why: string } {
  const texts = catalogFor(uiLanguage).rules[ruleId as RuleId] ?? en.rules[ruleId as RuleId];
  return texts ? { title: texts.title, why: texts.why } : { title: ruleId, why: '' };
}
