import { describe, expect, it } from 'vitest';
import { CATALOGS, lint, RULES, ruleText, uiLanguageOf } from '../../../lib/rules/index.ts';
import { format } from '../../../lib/rules/messages/index.ts';
import { LANGUAGES as ALL_LANGUAGES } from '../../../lib/rules/types.ts';
import type { Finding, Language, LintOptions, Message } from '../../../lib/rules/types.ts';
import type { MessageCatalog } from '../../../lib/rules/messages/types.ts';

/** The languages with a catalog; the first test holds that to every language. */
const LANGUAGES = ALL_LANGUAGES.filter((language) => CATALOGS[language] !== undefined);
const catalogOf = (language: Language): MessageCatalog => CATALOGS[language] as MessageCatalog;

/** Every string of a catalog, by its path ("rules.emoji.messages.emoji"). */
function leaves(value: unknown, path = '', out = new Map<string, string>()): Map<string, string> {
  if (typeof value === 'string') out.set(path, value);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) leaves(child, path ? `${path}.${key}` : key, out);
  }
  return out;
}

function params(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string))].sort();
}

describe('message catalogs', () => {
  const english = leaves(CATALOGS.en);

  it('exist for every language', () => {
    expect(ALL_LANGUAGES.filter((language) => CATALOGS[language] === undefined)).toEqual([]);
  });

  it('cover every rule', () => {
    for (const language of LANGUAGES) {
      expect(Object.keys(catalogOf(language).rules).sort()).toEqual(RULES.map((rule) => rule.id).sort());
    }
  });

  it.each(LANGUAGES)('%s has the same keys and the same {parameters} as English', (language) => {
    const texts = leaves(catalogOf(language));
    expect([...texts.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [path, template] of english) {
      const translated = texts.get(path) as string;
      expect(translated.trim().length, path).toBeGreaterThan(0);
      expect(params(translated), path).toEqual(params(template));
    }
  });

  it('keep "[Important]" as Amazon wrote it', () => {
    for (const language of LANGUAGES) {
      expect(catalogOf(language).rules['important-tag'].messages.tag).toContain('[Important]');
    }
  });

  it('English reproduces RULES', () => {
    for (const rule of RULES) {
      expect(ruleText(rule.id, 'en')).toEqual({ title: rule.title, why: rule.why });
      expect(ruleText(rule.id)).toEqual({ title: rule.title, why: rule.why });
    }
  });

  it('ruleText gives the UI language', () => {
    expect(ruleText('promotion', 'de').title).toBe('Marketing und Werbung');
    expect(ruleText('email-address', 'ja').title).toBe('メールアドレス');
  });
});

describe('format', () => {
  it('fills in named parameters, leaves unknown ones and does not re-scan values', () => {
    expect(format('{a} and {b}, {a}', { a: 1, b: '{a}' })).toBe('1 and {a}, 1');
    expect(format('{missing}', { a: 'x' })).toBe('{missing}');
    expect(format('plain', undefined)).toBe('plain');
  });
});

describe('uiLanguageOf', () => {
  it('takes the first two letters when the checker speaks them', () => {
    expect(uiLanguageOf('de-AT')).toBe('de');
    expect(uiLanguageOf('ja')).toBe('ja');
    expect(uiLanguageOf('fr_CA')).toBe('fr');
    expect(uiLanguageOf('pt-BR')).toBe('pt');
    expect(uiLanguageOf('pt_PT')).toBe('pt');
    expect(uiLanguageOf('cs-CZ')).toBe('en');
    expect(uiLanguageOf('')).toBe('en');
    expect(uiLanguageOf('constructor')).toBe('en');
  });
});

describe('lint in the UI language', () => {
  const message: Message = {
    subject: '[Important] Your order',
    body:
      'Thank you for your order 112-1234567-1234567! Please leave a positive review 😊 and visit www.shop.com!!! ' +
      'Write to me at seller@example.com or http://amazon.de/help.\n\n\n\nUse code SAVE10 for 10% off your next order.',
  };
  const options: LintOptions = { buyerLanguage: 'de', contactReason: 'other' };

  const shape = (findings: Finding[]) =>
    findings.map((f) => ({
      ruleId: f.ruleId,
      category: f.category,
      severity: f.severity,
      field: f.field,
      start: f.start,
      end: f.end,
      actual: f.actual,
      source: f.source,
      replacements: f.suggestions?.map((s) => s.replacement),
    }));

  const english = lint(message, options);
  const byRule = (findings: Finding[], ruleId: string) => findings.find((f) => f.ruleId === ruleId) as Finding;

  it('defaults to English', () => {
    expect(lint(message, { ...options, uiLanguage: 'en' })).toEqual(english);
    expect(byRule(english, 'emoji').message).toBe('Emoji "😊": Amazon\'s styling rules allow no emojis.');
    expect(byRule(english, 'language-mismatch').message).toContain('looks English');
  });

  it('breaks several rules in the test message', () => {
    expect(new Set(english.map((f) => f.ruleId))).toEqual(
      new Set([
        'important-tag',
        'review-positive',
        'emoji',
        'external-link',
        'repeated-punctuation',
        'email-address',
        'insecure-link',
        'line-breaks',
        'promotion',
        'language-mismatch',
      ]),
    );
  });

  it.each(LANGUAGES)('%s: same findings, ranges and replacements; every text from the catalog', (uiLanguage) => {
    const localized = lint(message, { ...options, uiLanguage });
    expect(shape(localized)).toEqual(shape(english));
    const catalog = catalogOf(uiLanguage);
    for (const finding of localized) {
      const texts = catalog.rules[finding.ruleId as keyof typeof catalog.rules];
      expect(finding.why).toBe(texts.why);
      expect(finding.message).not.toMatch(/\{\w+\}/);
      if (uiLanguage !== 'en') expect(finding.message).not.toBe(byRule(english, finding.ruleId).message);
    }
  });

  it('de: German messages, reasons and labels', () => {
    const german = lint(message, { ...options, uiLanguage: 'de' });
    expect(byRule(german, 'emoji').message).toBe('Emoji „😊“: Die Gestaltungsregeln von Amazon erlauben keine Emojis.');
    expect(byRule(german, 'emoji').why).toBe('Die Gestaltungsregeln von Amazon sagen: keine Emojis.');
    expect(byRule(german, 'emoji').suggestions?.[0]?.label).toBe('Emoji entfernen');
    expect(byRule(german, 'important-tag').message.startsWith('„[Important]“: Amazon hat die Option „[Important]“ abgeschafft.')).toBe(true);
    expect(byRule(german, 'repeated-punctuation').suggestions?.[0]?.label).toBe('Ein „!“ verwenden');
    expect(byRule(german, 'review-positive').suggestions?.[0]?.label).toBe('Um eine Bewertung bitten, ohne zu sagen, welche');
    expect(byRule(german, 'insecure-link').suggestions?.[0]?.label).toBe('https verwenden');
    expect(byRule(german, 'line-breaks').message).toBe(
      '4 Zeilenumbrüche hintereinander: Die Gestaltungsregeln von Amazon erlauben höchstens zwei.',
    );
    expect(byRule(german, 'language-mismatch').message).toBe(
      'Diese Nachricht scheint auf Englisch verfasst zu sein, die bevorzugte Sprache des Käufers ist aber Deutsch: Nachrichten müssen in der Sprache des Käufers verfasst sein.',
    );
  });

  it('ja: Japanese messages, reasons and labels', () => {
    const japanese = lint(message, { ...options, uiLanguage: 'ja' });
    expect(byRule(japanese, 'emoji').message).toBe('絵文字「😊」：Amazonのスタイルルールでは、絵文字は使用できません。');
    expect(byRule(japanese, 'emoji').suggestions?.[0]?.label).toBe('絵文字を削除');
    expect(byRule(japanese, 'email-address').suggestions?.[0]?.label).toBe('メールアドレスを削除');
    expect(byRule(japanese, 'language-mismatch').message).toContain('英語');
    expect(byRule(japanese, 'language-mismatch').message).toContain('ドイツ語');
    expect(byRule(japanese, 'important-tag').message).toContain('[Important]');
  });

  it('localizes the contact-reason hint and the length message', () => {
    const body = 'Hello, I need to confirm your shipping address for order 112-1234567-1234567 before we can send it.';
    const english = lint({ body }, { contactReason: 'review-request' });
    const german = lint({ body }, { contactReason: 'review-request', uiLanguage: 'de' });
    expect(byRule(english, 'contact-reason-mismatch').message).toContain('shipping address problem');
    expect(byRule(german, 'contact-reason-mismatch').message).toContain('„Problem mit der Lieferadresse“');
    const long = { body: `Order 112-1234567-1234567. ${'a'.repeat(900)}` };
    const length = byRule(lint(long, { contactReason: 'customization', uiLanguage: 'fr' }), 'message-length');
    expect(length.message).toContain(String(long.body.length));
    expect(length.message).toContain('800');
  });

  it('falls back to English for an unknown language', () => {
    expect(lint(message, { ...options, uiLanguage: 'cs' as Language })).toEqual(english);
  });
});
