// @vitest-environment node
import { describe, it, expect } from 'vitest';
import {
  BUILT_IN_TEMPLATES,
  PURPOSES,
  TEMPLATE_LOCALES,
  findTemplate,
  purposeInfo,
  purposeTitle,
  templatesFor,
} from '../../../lib/templates/index.ts';
import { PLACEHOLDERS, placeholdersIn, unknownTokens } from '../../../lib/templates/placeholders.ts';
import type { TemplatePurpose } from '../../../lib/templates/types.ts';

const ALL_PURPOSES: readonly TemplatePurpose[] = [
  'address-problem',
  'information-needed',
  'customization-confirmation',
  'delivery-scheduling',
  'delay-or-problem',
  'return-question',
  'invoice',
  'warranty-instructions',
  'review-request',
];

const CRITICAL = new Set(['address-issue', 'delivery-scheduling', 'customization']);

describe('the built-in library', () => {
  it('has one template for every purpose in every language', () => {
    expect([...TEMPLATE_LOCALES].sort()).toEqual(['ar', 'de', 'en', 'es', 'fr', 'it', 'ja', 'nl', 'pl', 'pt', 'sv', 'tr', 'zh']);
    expect(PURPOSES.map((p) => p.purpose).sort()).toEqual([...ALL_PURPOSES].sort());
    expect(BUILT_IN_TEMPLATES).toHaveLength(ALL_PURPOSES.length * TEMPLATE_LOCALES.length);
    for (const locale of TEMPLATE_LOCALES) {
      const purposes = templatesFor(locale).map((t) => t.purpose);
      expect(purposes.sort(), locale).toEqual([...ALL_PURPOSES].sort());
    }
  });

  it('gives every template a unique id that finds it', () => {
    const ids = BUILT_IN_TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const template of BUILT_IN_TEMPLATES) {
      expect(template.id).toBe(`builtin.${template.locale}.${template.purpose}`);
      expect(findTemplate(template.id)).toBe(template);
    }
    expect(findTemplate('builtin.en.nothing')).toBeUndefined();
  });

  it('maps purposes to contact reasons, critical ones delivered despite opt-out', () => {
    expect(Object.fromEntries(PURPOSES.map((p) => [p.purpose, p.contactReason]))).toEqual({
      'address-problem': 'address-issue',
      'delivery-scheduling': 'delivery-scheduling',
      'customization-confirmation': 'customization',
      'information-needed': 'order-information',
      'delay-or-problem': 'unexpected-problem',
      'return-question': 'return',
      invoice: 'invoice',
      'warranty-instructions': 'other',
      'review-request': 'review-request',
    });
    for (const info of PURPOSES) {
      expect(info.deliveredDespiteOptOut, info.purpose).toBe(CRITICAL.has(info.contactReason));
      expect(info.label.length).toBeGreaterThan(0);
    }
    for (const template of BUILT_IN_TEMPLATES) {
      const info = purposeInfo(template.purpose);
      expect(template.contactReason).toBe(info.contactReason);
      expect(template.deliveredDespiteOptOut).toBe(info.deliveredDespiteOptOut);
    }
  });

  it('titles each template in its own language, distinct within a language', () => {
    for (const locale of TEMPLATE_LOCALES) {
      const titles = templatesFor(locale).map((t) => t.title);
      expect(new Set(titles).size, locale).toBe(titles.length);
      for (const template of templatesFor(locale)) {
        expect(template.title.trim()).toBe(template.title);
        expect(template.title.length).toBeGreaterThan(3);
        expect(purposeTitle(template.purpose, locale)).toBe(template.title);
      }
    }
  });

  describe.each(BUILT_IN_TEMPLATES.map((t) => [t.id, t] as const))('%s', (_id, template) => {
    const { body } = template;

    it('declares exactly the placeholders it uses, all known', () => {
      expect(template.placeholders).toEqual(placeholdersIn(body));
      expect(unknownTokens(body)).toEqual([]);
      for (const name of template.placeholders) expect(PLACEHOLDERS).toContain(name);
      // Nothing brace-like that is not a whole token.
      expect(body.replace(/\{[A-Za-z]+\}/g, '')).not.toMatch(/[{}]/);
    });

    it('carries the order ID, greets the buyer by name and is signed by the seller', () => {
      expect(body).toContain('{orderId}');
      expect(body).toContain('{productName}');
      const firstLine = body.split('\n')[0] as string;
      expect(firstLine).toContain('{buyerName}');
      expect(body.trimEnd().endsWith('{sellerName}')).toBe(true);
    });

    it('keeps within the length limits', () => {
      const limit = template.purpose === 'customization-confirmation' ? 800 : 2000;
      // Realistic values are longer than most tokens; leave room for them.
      expect(body.length + 200).toBeLessThan(limit);
    });

    it('is plain, tidy text', () => {
      expect(body).not.toMatch(/\n{3}/);
      expect(body).not.toMatch(/\r|\t/);
      expect(body).not.toMatch(/[ \u3000]\n|[ ]{2}/);
      expect(body).toBe(body.trim());
      expect(body).not.toMatch(/https?:|www\.|@|<|>/i);
      expect(body).not.toMatch(/\p{Extended_Pictographic}/u);
      expect(body).not.toMatch(/\[|\]|【|】/);
    });
  });

  it('keeps review requests neutral', () => {
    const reviewWords = /review|rezension|commentaire|reseña|recension|recensie|レビュー|تقييم|avaliação|评论|opini|değerlendirme/i;
    for (const template of BUILT_IN_TEMPLATES.filter((t) => t.purpose === 'review-request')) {
      expect(template.body, template.id).toMatch(reviewWords);
      expect(template.body).not.toMatch(/positi|5|five|fünf|cinq|cinco|cinque|星|高評価|stars?|sterne|étoiles|estrellas|estrelas|stelle|نجوم|[إا]يجابي/i);
    }
    // Only the review request mentions reviews at all.
    for (const template of BUILT_IN_TEMPLATES.filter((t) => t.purpose !== 'review-request')) {
      expect(template.body, template.id).not.toMatch(reviewWords);
    }
  });
});
