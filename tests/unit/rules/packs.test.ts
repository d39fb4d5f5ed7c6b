// @vitest-environment node
/**
 * Language packs: the engine without phrases (engine.ts) checks a message only once the packs it
 * needs are registered, and says so when they are not; the packs the build writes hold what the
 * all-languages engine holds; the signs the engine carries are those of the books.
 * This file imports the engine alone, never lib/rules/index.ts (which registers everything).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { lint, packsNeeded } from '../../../lib/rules/engine.ts';
import { addPack, PACK_FORMAT, packPath, readPack, type LanguagePack } from '../../../lib/rules/packs.ts';
import { buildPack, packFiles, packJson, signsSource } from '../../../lib/rules/packs-build.ts';
import { ALL_PHRASE_BOOKS } from '../../../lib/rules/phrases/books.ts';
import { LANGUAGES, type Language } from '../../../lib/rules/types.ts';

const book = (language: Language) => ALL_PHRASE_BOOKS.find((b) => b.language === language)!;
const pack = (language: Language): LanguagePack => JSON.parse(JSON.stringify(buildPack(book(language)))) as LanguagePack;

const ENGLISH = { body: 'Hello, thank you for your order. Use code SAVE10 for 10% off your next order in our store!' };
const GERMAN = {
  body: 'Hallo Frau Schmidt, vielen Dank für Ihre Bestellung. Mit dem Code SPAREN10 erhalten Sie 10 % Rabatt auf Ihre nächste Bestellung in unserem Shop. Mit freundlichen Grüßen',
};

describe('the engine without phrases', () => {
  it('names the packs a message needs, and refuses to check it without them', () => {
    expect(packsNeeded(ENGLISH)).toEqual(['en']);
    expect(packsNeeded(GERMAN)).toEqual(['en', 'de']);
    expect(packsNeeded(ENGLISH, { uiLanguage: 'ja' })).toEqual(['en', 'ja']);
    // Too short to tell: every language, unless the page shows the buyer's.
    expect(packsNeeded({ body: 'Hi! 5 stars?' })).toHaveLength(13);
    expect(packsNeeded({ body: 'Hi! 5 stars?' }, { buyerLanguage: 'pl' })).toEqual(['en', 'pl']);
    expect(() => lint(ENGLISH)).toThrow(/phrases of "en" are not loaded/);
  });

  it('checks a message once its packs are registered', () => {
    for (const language of packsNeeded(ENGLISH)) addPack(readPack(pack(language), language));
    expect(packsNeeded(ENGLISH)).toEqual([]);
    const findings = lint(ENGLISH);
    expect(findings.map((f) => f.category)).toContain('promotion');
    // German still needs its own pack; the English one stays.
    expect(packsNeeded(GERMAN)).toEqual(['de']);
    addPack(readPack(pack('de'), 'de'));
    expect(lint(GERMAN).map((f) => f.category)).toContain('promotion');
  });

  it('speaks the UI language only once its pack is in, English until then', () => {
    const before = lint(ENGLISH, { uiLanguage: 'fr' }).find((f) => f.category === 'promotion')!;
    expect(packsNeeded(ENGLISH, { uiLanguage: 'fr' })).toEqual(['fr']);
    addPack(readPack(pack('fr'), 'fr'));
    const after = lint(ENGLISH, { uiLanguage: 'fr' }).find((f) => f.category === 'promotion')!;
    expect(after.message).not.toBe(before.message);
    expect(packsNeeded(ENGLISH, { uiLanguage: 'fr' })).toEqual([]);
  });

  it('finds what the all-languages engine finds, from the books themselves', async () => {
    // A fresh copy of the engine modules, which registers the TypeScript books and analyses
    // their phrases itself: the packs' JSON and build-time analysis must change nothing.
    vi.resetModules();
    const full = await import('../../../lib/rules/index.ts');
    expect(full.lint).not.toBe(lint);
    const messages = [GERMAN, ENGLISH, { subject: '[Important] Your order', body: 'Please leave us a 5-star review on amazon.com/review!' }];
    for (const message of messages) {
      for (const language of packsNeeded(message, { uiLanguage: 'fr' })) addPack(readPack(pack(language), language));
      expect(lint(message, { uiLanguage: 'fr' })).toEqual(full.lint(message, { uiLanguage: 'fr' }));
    }
  });
});

describe('reading a pack', () => {
  it.each([
    ['not an object', null, /not an object/],
    ['another format', { ...pack('it'), format: PACK_FORMAT + 1 }, new RegExp(`format ${PACK_FORMAT + 1}, expected ${PACK_FORMAT}`)],
    ['another language', pack('es'), /pack of "es"/],
    ['no phrase book', { ...pack('it'), book: { language: 'it' } }, /no phrase book/],
    ['no prefilter', { ...pack('it'), index: 'x' }, /no prefilter/],
    ['no character classes', { ...pack('it'), classes: [1] }, /no character classes/],
    ['no texts', { ...pack('it'), catalog: {} }, /no texts/],
  ])('refuses %s with an error that names the language', (_name, value, message) => {
    expect(() => readPack(value, 'it')).toThrow(message);
    expect(() => readPack(value, 'it')).toThrow(/it language pack is damaged/);
  });

  it('refuses a prefilter that does not fit its book, before registering anything', () => {
    const damaged = pack('pl');
    damaged.index.phrases.keyRuns.pop();
    expect(() => addPack(readPack(damaged, 'pl'))).toThrow(/pl prefilter \(phrases\) is damaged: runs do not add up/);
    const shorter = pack('pl');
    shorter.index.courtesy.factors[0]!.pop();
    expect(() => addPack(readPack(shorter, 'pl'))).toThrow(/pl prefilter \(courtesy\) is damaged: list 0/);
    expect(() => lint({ body: 'Dzień dobry, dziękujemy za zamówienie i pozdrawiamy serdecznie z Krakowa' })).toThrow(/phrases of "pl" are not loaded/);
  });
});

describe('the packs the build writes', () => {
  const files = packFiles();

  it('are one per language, each at its path, holding its book, prefilters and texts', () => {
    expect(files.map((file) => file.path)).toEqual(LANGUAGES.map(packPath));
    for (const language of LANGUAGES) {
      const file = files.find((f) => f.path === packPath(language))!;
      const read = readPack(JSON.parse(file.contents), language);
      expect(read.book).toEqual(JSON.parse(JSON.stringify(book(language))));
      expect(read.index.phrases.codes.length).toBeGreaterThan(100);
      expect(read.index.courtesy.codes.length).toBeGreaterThan(10);
      expect(read.classes.length).toBeGreaterThan(0);
    }
  });

  it('are ASCII in the languages written in Latin letters, UTF-8 in the others, and read the same either way', () => {
    const isAscii = (text: string) => [...text].every((c) => c.charCodeAt(0) < 0x80);
    for (const language of LANGUAGES) {
      const file = files.find((f) => f.path === packPath(language))!;
      expect(JSON.parse(file.contents), language).toEqual(JSON.parse(JSON.stringify(buildPack(book(language)))));
      expect(isAscii(file.contents), language).toBe(!['ja', 'zh', 'ar'].includes(language));
    }
    // The escapes stand for what the books say: "€" in English.
    const english = files.find((f) => f.path === packPath('en'))!.contents;
    expect(english).toContain('\\u20ac');
    expect(JSON.stringify(JSON.parse(english))).toContain('€');
    const mostlyAscii = `Thank you for your order. ${'We will send a free replacement today. '.repeat(4)}Grüße`;
    expect(packJson({ text: mostlyAscii })).toBe(JSON.stringify({ text: mostlyAscii }).replace('ü', '\\u00fc').replace('ß', '\\u00df'));
    // Where such characters are more than a few, the file stays UTF-8.
    expect(packJson({ text: 'Grüße, naïve café' })).toBe('{"text":"Grüße, naïve café"}');
    expect(packJson({ text: 'いつもありがとう' })).toBe('{"text":"いつもありがとう"}');
    expect(packJson({ text: 'plain' })).toBe('{"text":"plain"}');
  });

  it('leave the signs the engine carries up to date (run node scripts/language-signs.ts if not)', () => {
    const committed = readFileSync(new URL('../../../lib/rules/phrases/signs.generated.ts', import.meta.url), 'utf8');
    expect(committed).toBe(signsSource());
  });
});
