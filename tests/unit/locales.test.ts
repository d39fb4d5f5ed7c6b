import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Placeholder {
  content: string;
  example?: string;
}

interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, Placeholder>;
}

type Messages = Record<string, Entry>;

const LOCALES_DIR = join(process.cwd(), 'public', '_locales');
/** Every translation in public/_locales (zh_CN is the browser's name for Simplified Chinese). */
const TRANSLATIONS = readdirSync(LOCALES_DIR).filter((locale) => locale !== 'en').sort();
/** Every interface language Clearsend has: the engine's languages, Chinese as the browser names it. */
const EXPECTED_TRANSLATIONS = ['ar', 'de', 'es', 'fr', 'it', 'ja', 'nl', 'pl', 'pt', 'sv', 'tr', 'zh_CN'];

/** Chrome Web Store limit for the manifest description. */
const MAX_DESCRIPTION = 132;

/**
 * Keys whose translation is rightly the same text as the English message: the word is the
 * ordinary one in that language, so translating it differently would be worse UI text.
 */
const SAME_AS_ENGLISH: Readonly<Record<string, readonly string[]>> = {
  de: ['categoryLinks'], // "Links" is the German word for web links.
  fr: ['fieldBody'], // "Message" is the French word for a message.
  es: ['severityError'], // "Error" is the Spanish word for an error.
  it: [],
  ja: [],
};

function readText(locale: string): string {
  return readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8');
}

function readMessages(locale: string): Messages {
  return JSON.parse(readText(locale)) as Messages;
}

/** The message with "$$" (a literal dollar sign) and the named placeholders ($NAME$) taken out. */
function withoutNamed(entry: Entry): string {
  let text = entry.message.replaceAll('$$', '');
  for (const name of Object.keys(entry.placeholders ?? {})) {
    text = text.replace(new RegExp(`\\$${name}\\$`, 'gi'), '');
  }
  return text;
}

/** How often each positional substitution ($1…$9) occurs, e.g. { $1: 1, $2: 1 }. */
function positional(entry: Entry): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [token] of withoutNamed(entry).matchAll(/\$[1-9](?!\d)/g)) counts[token] = (counts[token] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

/** How often each named placeholder is used in the message, by lower-case name. */
function namedUses(entry: Entry): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const name of Object.keys(entry.placeholders ?? {})) {
    const key = name.toLowerCase();
    counts[key] = entry.message.replaceAll('$$', '').match(new RegExp(`\\$${name}\\$`, 'gi'))?.length ?? 0;
  }
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

/** The placeholder blocks, without the translatable examples, by lower-case name. */
function placeholderContents(entry: Entry): Record<string, string> {
  return Object.fromEntries(
    Object.entries(entry.placeholders ?? {})
      .map(([name, p]) => [name.toLowerCase(), p.content] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

/** Template tokens such as {orderId}, which reach the template editor literally. */
function braceTokens(entry: Entry): string[] {
  return [...entry.message.matchAll(/\{[A-Za-z]+\}/g)].map((m) => m[0]).sort();
}

const en = readMessages('en');
const enKeys = Object.keys(en);

it('every interface language has its translation', () => {
  expect(TRANSLATIONS).toEqual(EXPECTED_TRANSLATIONS);
});

describe('English messages', () => {
  it('have a non-empty message for every key', () => {
    expect(enKeys.length).toBeGreaterThan(0);
    const empty = enKeys.filter((key) => !en[key]?.message.trim());
    expect(empty).toEqual([]);
  });
});

describe.each(TRANSLATIONS)('%s messages', (locale) => {
  const messages = (): Messages => readMessages(locale);
  const translatedKeys = (): string[] => enKeys.filter((key) => key in messages());

  it('are valid JSON', () => {
    expect(() => JSON.parse(readText(locale)) as unknown).not.toThrow();
  });

  it('have the same keys as English', () => {
    const keys = Object.keys(messages());
    expect({ missing: enKeys.filter((key) => !keys.includes(key)), extra: keys.filter((key) => !(key in en)) }).toEqual({
      missing: [],
      extra: [],
    });
  });

  it('have a non-empty message for every key', () => {
    const empty = translatedKeys().filter((key) => typeof messages()[key]?.message !== 'string' || !messages()[key]?.message.trim());
    expect(empty).toEqual([]);
  });

  it('keep the positional substitutions ($1…$9) of the English message', () => {
    const wrong = translatedKeys()
      .map((key) => ({ key, en: positional(en[key]!), [locale]: positional(messages()[key]!) }))
      .filter((row) => JSON.stringify(row.en) !== JSON.stringify(row[locale]));
    expect(wrong).toEqual([]);
  });

  it('keep the named placeholders of the English message', () => {
    const wrong = translatedKeys()
      .map((key) => ({
        key,
        en: { block: placeholderContents(en[key]!), uses: namedUses(en[key]!) },
        [locale]: { block: placeholderContents(messages()[key]!), uses: namedUses(messages()[key]!) },
      }))
      .filter((row) => JSON.stringify(row.en) !== JSON.stringify(row[locale]));
    expect(wrong).toEqual([]);
  });

  it('have no other dollar signs than the English message', () => {
    const stray = (entry: Entry): number => withoutNamed(entry).replace(/\$[1-9](?!\d)/g, '').split('$').length - 1;
    const wrong = translatedKeys().filter((key) => stray(messages()[key]!) !== stray(en[key]!));
    expect(wrong).toEqual([]);
  });

  it('keep template tokens such as {orderId} untranslated', () => {
    const wrong = translatedKeys().filter((key) => JSON.stringify(braceTokens(messages()[key]!)) !== JSON.stringify(braceTokens(en[key]!)));
    expect(wrong).toEqual([]);
  });

  it('translate every message, except the listed ones that are rightly the same', () => {
    const same = translatedKeys().filter((key) => messages()[key]?.message === en[key]?.message);
    expect(same.sort()).toEqual([...(SAME_AS_ENGLISH[locale] ?? [])].filter((key) => key in en).sort());
  });

  it(`keep the description within ${MAX_DESCRIPTION} characters`, () => {
    const description = messages().extDescription?.message ?? '';
    expect(description.length).toBeGreaterThan(0);
    expect(description.length).toBeLessThanOrEqual(MAX_DESCRIPTION);
  });

  it('keep the product name in the extension name', () => {
    expect(messages().extName?.message).toMatch(/^Clearsend/);
  });
});
