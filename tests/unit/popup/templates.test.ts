import { describe, expect, it } from 'vitest';
import {
  fillForPreview,
  filterTemplates,
  foldForSearch,
  initialLanguage,
  placeholderValues,
  popupTemplates,
  primaryLanguage,
} from '../../../lib/popup/templates';
import type { Template } from '../../../lib/storage/templates';
import { BUILT_IN_TEMPLATES, TEMPLATE_LOCALES } from '../../../lib/templates/index';

const mine = (over: Partial<Template>): Template => ({
  id: 'a1',
  purpose: 'invoice',
  locale: 'es-MX',
  title: 'Mi factura',
  body: 'Hola {buyerName}, adjunto la factura del pedido {orderId}.',
  createdAt: 0,
  updatedAt: 0,
  ...over,
});

describe('popup template list', () => {
  it('lists the seller’s own templates first, then every built-in one', () => {
    const list = popupTemplates([mine({}), mine({ id: 'b2', purpose: 'address-issue', title: 'Dirección' })]);
    expect(list).toHaveLength(BUILT_IN_TEMPLATES.length + 2);
    // Own ones in purpose order: the address reason maps to the address purpose, which comes first.
    expect(list.slice(0, 2).map((t) => [t.id, t.purpose, t.custom])).toEqual([
      ['custom.b2', 'address-problem', true],
      ['custom.a1', 'invoice', true],
    ]);
    expect(list[0]).toMatchObject({ contactReason: 'address-issue', deliveredDespiteOptOut: true });
    expect(list.slice(2).every((t) => !t.custom)).toBe(true);
  });

  it('keeps a custom template of unknown purpose, without purpose metadata; skips empty ones', () => {
    const list = popupTemplates([mine({ purpose: 'thanks' }), mine({ id: 'e', body: '  ' })]);
    const own = list.filter((t) => t.custom);
    expect(own).toHaveLength(1);
    expect(own[0]?.purpose).toBeUndefined();
    expect(own[0]?.contactReason).toBeUndefined();
  });

  it('filters by language (primary subtag), purpose and accent-insensitive search words', () => {
    const list = popupTemplates([mine({})]);
    const es = filterTemplates(list, { language: 'es', purpose: 'all', query: '' });
    expect(es.every((t) => primaryLanguage(t.locale) === 'es')).toBe(true);
    expect(es.map((t) => t.id)).toContain('custom.a1');
    expect(filterTemplates(list, { language: 'es', purpose: 'invoice', query: '' }).map((t) => t.id)).toEqual(['custom.a1', 'builtin.es.invoice']);
    expect(filterTemplates(list, { language: 'de', purpose: 'all', query: 'ADRESSE' }).map((t) => t.purpose)).toContain('address-problem');
    expect(filterTemplates(list, { language: 'all', purpose: 'all', query: 'mi factura' }).map((t) => t.id)).toEqual(['custom.a1']);
    expect(filterTemplates(list, { language: 'en', purpose: 'all', query: 'zzzz' })).toEqual([]);
    // Search also matches the purpose names given by the UI.
    expect(filterTemplates(list, { language: 'ja', purpose: 'all', query: 'warranty' }).map((t) => t.id)).toEqual(['builtin.ja.warranty-instructions']);
    expect(filterTemplates(list, { language: 'ja', purpose: 'all', query: 'garantie' }, (t) => (t.purpose === 'invoice' ? ['Garantie'] : []))).toHaveLength(1);
    expect(foldForSearch('Reseña Ä')).toBe('resena a');
  });

  it('preselects the buyer’s language, else the browser’s, else English', () => {
    expect(initialLanguage({ marketplace: 'x', buyerLanguage: 'es' }, 'de-DE')).toBe('es');
    expect(initialLanguage({ marketplace: 'x' }, 'de-DE')).toBe('de');
    expect(initialLanguage(undefined, 'cs-CZ')).toBe('en');
    expect(TEMPLATE_LOCALES).toContain(initialLanguage(undefined));
  });

  it('reads Portuguese and Chinese locale codes, with region or script, as pt and zh', () => {
    for (const locale of ['pt', 'pt-BR', 'pt_BR', 'pt_PT', 'PT-pt', ' pt-BR ']) {
      expect(primaryLanguage(locale), locale).toBe('pt');
      expect(initialLanguage(undefined, locale), locale).toBe('pt');
      expect(initialLanguage({ marketplace: 'x' }, locale), locale).toBe('pt');
    }
    for (const locale of ['zh', 'zh-CN', 'zh_CN', 'zh-TW', 'zh-Hans', 'zh-Hant-TW', 'zh-Hans-CN']) {
      expect(primaryLanguage(locale), locale).toBe('zh');
      expect(initialLanguage(undefined, locale), locale).toBe('zh');
    }
    // The buyer's language of preference wins over the browser's.
    expect(initialLanguage({ marketplace: 'x', buyerLanguage: 'pt' }, 'zh-CN')).toBe('pt');
    expect(initialLanguage({ marketplace: 'x', buyerLanguage: 'zh' }, 'pt-BR')).toBe('zh');
  });

  it('fills from the page and the settings and marks what is left', () => {
    const values = placeholderValues({ marketplace: 'x', orderId: '112-1234567-1234567', buyerName: 'Maria Garcia' }, 'Northwind');
    expect(values).toEqual({ orderId: '112-1234567-1234567', buyerName: 'Maria Garcia', sellerName: 'Northwind' });
    expect(placeholderValues(undefined, '  ')).toEqual({});
    const filled = fillForPreview('Hi {buyerName}, {productName} for {orderId} ({productName}). {foo} {sellerName}', values);
    expect(filled.text).toBe('Hi Maria Garcia, {productName} for 112-1234567-1234567 ({productName}). {foo} Northwind');
    expect(filled.missing).toEqual(['productName']);
    expect(filled.segments.map((s) => s.text).join('')).toBe(filled.text);
    expect(filled.segments.filter((s) => s.missing).map((s) => s.text)).toEqual(['{productName}', '{productName}']);
  });

  it('never marks a value that looks like a token', () => {
    const filled = fillForPreview('Dear {buyerName}, order {orderId}', { buyerName: '{orderId}' });
    expect(filled.text).toBe('Dear {orderId}, order {orderId}');
    expect(filled.segments.filter((s) => s.missing)).toEqual([{ text: '{orderId}', missing: 'orderId' }]);
  });
});
