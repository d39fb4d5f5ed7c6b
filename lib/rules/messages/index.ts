/**
 * The engine's texts in the UI languages: rule titles and reasons for the settings page,
 * finding messages and suggestion labels. English is built in; the other catalogs are registered
 * (addCatalog) by the all-languages entry, or by the background from the UI language's pack.
 * Adding a language is one catalog file and one line in all.ts.
 */
import type { RuleId } from '../catalog.ts';
import { LANGUAGES, type Language } from '../types.ts';
import { en } from './en.ts';
import type { MessageCatalog, Params } from './types.ts';

export type * from './types.ts';

const REGISTERED = new Map<Language, MessageCatalog>([['en', en]]);

/** Registers a UI language's catalog (a language registered again keeps its first catalog). */
export function addCatalog(language: Language, catalog: MessageCatalog): void {
  if (!REGISTERED.has(language)) REGISTERED.set(language, catalog);
}

/** Whether a UI language's catalog is registered. */
export function hasCatalog(language: Language): boolean {
  return REGISTERED.has(language);
}

/** The catalog of a UI language; English for anything else, or while its catalog is not loaded. */
export function catalogFor(uiLanguage: Language | undefined): MessageCatalog {
  return (uiLanguage !== undefined ? REGISTERED.get(uiLanguage) : undefined) ?? en;
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
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : 'en';
}

/** A rule's title and reason in a UI language, for the settings page. */
export function ruleText(ruleId: RuleId | string, uiLanguage?: Language): { title: string; why: string } {
  const texts = catalogFor(uiLanguage).rules[ruleId as RuleId] ?? en.rules[ruleId as RuleId];
  return texts ? { title: texts.title, why: texts.why } : { title: ruleId, why: '' };
}
