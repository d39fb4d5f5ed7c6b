import { describe, expect, it, vi } from 'vitest';
import { detectLanguage, lint, RULES } from '../../../lib/rules/index.ts';
import type { Category } from '../../../lib/rules/types.ts';

const CATEGORIES: Category[] = [
  'important-tag', 'promotion', 'review-manipulation', 'external-link', 'contact-info', 'opt-out',
  'formatting', 'not-permitted-type', 'length', 'cancellation-request', 'off-amazon', 'contact-reason', 'placeholder', 'context',
];

describe('RULES', () => {
  it('lists unique ids, each with a category, a default severity, a source and a reason', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(CATEGORIES).toContain(rule.category);
      expect(['error', 'warning', 'info']).toContain(rule.severity);
      expect(rule.source.length).toBeGreaterThan(10);
      expect(rule.why.length).toBeGreaterThan(10);
    }
  });
  it('covers every category', () => {
    expect(new Set(RULES.map((rule) => rule.category))).toEqual(new Set(CATEGORIES));
  });
  it('keeps context hints at info level', () => {
    expect(RULES.filter((rule) => rule.category === 'context').every((rule) => rule.severity === 'info')).toBe(true);
  });
});

describe('lint', () => {
  const message = {
    subject: '[Important] Your order',
    body: 'Please leave a positive review 😊 and visit www.shop.com!!!',
  };

  it('sorts findings by field, then start', () => {
    const findings = lint(message);
    const keys = findings.map((f) => [f.field === 'subject' ? 0 : 1, f.start] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(keys).toEqual(sorted);
    expect(findings[0]?.field).toBe('subject');
  });

  it('fills why and source from the rule catalog', () => {
    for (const f of lint(message)) {
      const rule = RULES.find((r) => r.id === f.ruleId);
      expect(rule).toBeDefined();
      expect(f.category).toBe(rule?.category);
      expect(f.why).toBe(rule?.why);
      expect(f.source).toBe(rule?.source);
      expect(f.message.length).toBeGreaterThan(10);
    }
  });

  it('drops the findings of disabled rules, and of disabled categories', () => {
    const all = lint(message).map((f) => f.ruleId);
    expect(all).toContain('emoji');
    expect(lint(message, { disabledRules: ['emoji'] }).map((f) => f.ruleId)).toEqual(all.filter((id) => id !== 'emoji'));
    const withoutFormatting = lint(message, { disabledRules: ['formatting'] });
    expect(withoutFormatting.some((f) => f.category === 'formatting')).toBe(false);
    expect(withoutFormatting.length).toBeGreaterThan(0);
  });

  it('reports a link inside an HTML tag as well as the tag', () => {
    const findings = lint({ body: 'See <img src="https://cdn.shop.example.com/logo.png">' });
    expect(findings.filter((f) => f.category === 'external-link')).toHaveLength(1);
    expect(findings.filter((f) => f.ruleId === 'html-markup')).toHaveLength(1);
  });

  it('accepts a message without subject, an empty body, and junk from untyped callers', () => {
    expect(lint({ body: '' })).toEqual([]);
    expect(() => lint({ body: undefined as unknown as string })).not.toThrow();
    expect(() => lint(null as unknown as { body: string })).not.toThrow();
  });

  it('mentions the contact reasons that still reach opted-out buyers in the [Important] message', () => {
    const tag = lint({ subject: '[Important] Delivery', body: 'x' }).find((f) => f.ruleId === 'important-tag');
    expect(tag?.message).toMatch(/customization/);
    expect(tag?.message).toMatch(/delivery scheduling/);
    expect(tag?.message).toMatch(/address/);
  });
});

describe('detectLanguage', () => {
  const cases: [string, ReturnType<typeof detectLanguage>][] = [
    ['Hello, thank you for your order. The parcel will arrive on Tuesday, please let us know if you are not at home.', 'en'],
    ['Hallo, vielen Dank für Ihre Bestellung. Das Paket kommt am Dienstag, bitte geben Sie uns Bescheid, wenn Sie nicht zu Hause sind.', 'de'],
    ['Bonjour, merci pour votre commande. Le colis arrivera mardi, merci de nous prévenir si vous êtes absent.', 'fr'],
    ['Hola, gracias por su pedido. El paquete llegará el martes, por favor avísenos si no está en casa.', 'es'],
    ['Buongiorno, grazie per il suo ordine. Il pacco arriverà martedì, ci avvisi se non è a casa.', 'it'],
    ['ご注文ありがとうございます。お荷物は火曜日に到着予定です。', 'ja'],
    ['OK', undefined],
    ['', undefined],
  ];
  for (const [text, language] of cases) {
    it(`${JSON.stringify(text.slice(0, 30))} -> ${String(language)}`, () => {
      expect(detectLanguage(text)).toBe(language);
    });
  }
});

describe('languages compiled on first use', () => {
  it('compiles only the languages a message can be written in', async () => {
    vi.resetModules();
    const fresh = await import('../../../lib/rules/index.ts');
    const books = await import('../../../lib/rules/books.ts');
    expect(books.compiledLanguageCount()).toBe(0);
    fresh.lint({ body: 'Hello Sarah, thank you for your order. The parcel left our warehouse today and should arrive on Friday.' });
    expect(books.compiledLanguageCount()).toBe(1);
    fresh.lint({ body: 'Hallo Frau Schmidt, vielen Dank für Ihre Bestellung. Das Paket ist heute bei uns losgegangen und kommt am Freitag an.' });
    expect(books.compiledLanguageCount()).toBe(2);
  });

  it('checks a text too short to tell in every language', async () => {
    const books = await import('../../../lib/rules/books.ts');
    expect(books.languagesOf('5 Sterne bitte')).toEqual(books.ALL_LANGUAGES);
    expect(books.languagesOf('ご注文ありがとうございます。お届けは明日です。')).toEqual(['en', 'ja']);
  });

  it('checks a text too short to tell in English and the buyer\'s language, when the page shows it', async () => {
    const books = await import('../../../lib/rules/books.ts');
    expect(books.languagesOf('5 Sterne bitte', 'de')).toEqual(['en', 'de']);
    expect(books.languagesOf('Hi! 5 stars?', 'pl')).toEqual(['en', 'pl']);
    expect(books.languagesOf('Hi! 5 stars?', 'en')).toEqual(['en']);
    // A text long enough to tell is told, whatever the buyer's language.
    const german = 'Hallo Frau Schmidt, vielen Dank für Ihre Bestellung. Das Paket ist heute bei uns losgegangen.';
    expect(books.languagesOf(german, 'fr')).toEqual(books.languagesOf(german));
    expect(books.languagesOf(german, 'fr')).toContain('de');
    const { lint } = await import('../../../lib/rules/index.ts');
    // A rule of the buyer's language still fires on a message's first words.
    expect(lint({ body: '5 Sterne bitte' }, { buyerLanguage: 'de' }).map((f) => f.category)).toContain('review-manipulation');
  });

  it('checks a long text without the words of any language in English only', async () => {
    const books = await import('../../../lib/rules/books.ts');
    expect(books.languagesOf('😊'.repeat(400))).toEqual(['en']);
    expect(books.languagesOf('\u200f'.repeat(1000))).toEqual(['en']);
    expect(books.languagesOf('555-123-4567 '.repeat(80))).toEqual(['en']);
    expect(books.languagesOf('😊 5 Sterne?')).toEqual(books.ALL_LANGUAGES);
  });

  it('tells the languages written in their own script by it, even in a few words', async () => {
    const books = await import('../../../lib/rules/books.ts');
    // Japanese uses Han characters too: its kana claim the text, so Chinese phrases do not run.
    expect(books.languagesOf('ご注文の商品は明日発送いたします。')).toEqual(['en', 'ja']);
    expect(books.languagesOf('您的订单明天发货。')).toEqual(['en', 'zh']);
    expect(books.languagesOf('شكرا لطلبك')).toEqual(['en', 'ar']);
    // Latin marketing words inside them are still checked in English.
    expect(books.languagesOf('关注我们的 Instagram 获取优惠')).toEqual(['en', 'zh']);
  });
});
