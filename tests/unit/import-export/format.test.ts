// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import {
  FILE_FORMAT,
  MAX_FILE_BYTES,
  MAX_IMPORT_TEMPLATES,
  checkFileSize,
  exportFileName,
  exportTemplates,
  readImport,
} from '../../../lib/import-export';
import type { ImportReport } from '../../../lib/import-export';
import type { Template } from '../../../lib/storage';

const COMPLIANT =
  'Hello {buyerName},\n\nyour order {orderId} is ready. Please tell us which day suits you for the delivery of your {productName}.\n\nKind regards,\n{sellerName}';

function template(overrides: Partial<Template> = {}): Template {
  return {
    id: 'tpl-1',
    purpose: 'delivery-scheduling',
    locale: 'en',
    title: 'Delivery day',
    body: COMPLIANT,
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_100_000,
    ...overrides,
  };
}

function file(templates: unknown, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: FILE_FORMAT, version: 1, templates, ...extra });
}

function accepted(report: ImportReport): Template[] {
  if (!report.ok) throw new Error(`file refused: ${report.problem.code}`);
  return report.accepted;
}

afterEach(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('export and import', () => {
  it('round-trips the templates unchanged', () => {
    const templates = [
      template(),
      template({ id: 'tpl-2', locale: 'de', purpose: 'delay-or-problem', title: 'Verzögerung', body: 'Hallo {buyerName},\n\nIhre Bestellung {orderId} verzögert sich leider um zwei Tage, weil der Spediteur ein Problem gemeldet hat.\n\nViele Grüße\n{sellerName}' }),
      template({ id: 'tpl-3', locale: 'ja', purpose: 'invoice', title: '請求書', body: '{buyerName}様\n\nご注文{orderId}の請求書を添付いたしました。ご確認ください。\n\n{sellerName}' }),
    ];
    const text = exportTemplates(templates);
    const parsed = JSON.parse(text) as { format: string; version: number; templates: unknown[] };
    expect(parsed.format).toBe('clearsend-templates');
    expect(parsed.version).toBe(1);
    const report = readImport(text, { existingIds: [] });
    expect(accepted(report)).toEqual(templates);
    if (report.ok) {
      expect(report.items.map((item) => item.sanitized)).toEqual([[], [], []]);
      expect(report.items.every((item) => item.status !== 'refused')).toBe(true);
    }
  });

  it('exports only the known fields and names the file by date', () => {
    const withExtra = { ...template(), secret: 'x' } as Template;
    expect(exportTemplates([withExtra])).not.toContain('secret');
    expect(exportFileName(new Date(2026, 0, 5))).toBe('clearsend-templates-2026-01-05.json');
  });

  it('gives new ids on conflict with stored templates and within the file', () => {
    let n = 0;
    const report = readImport(file([template(), template({ title: 'Again' })]), { existingIds: ['tpl-1'], newId: () => `new-${++n}` });
    expect(accepted(report).map((t) => t.id)).toEqual(['new-1', 'new-2']);
    if (report.ok) expect(report.items.map((item) => item.newId)).toEqual([true, true]);
  });

  it('gives an id to a template without one and ignores unknown fields', () => {
    const rest: Partial<Template> = template();
    delete rest.id;
    const report = readImport(file([{ ...rest, colour: 'blue', nested: { a: 1 } }]), { newId: () => 'fresh', now: 5 });
    expect(accepted(report)).toEqual([{ ...rest, id: 'fresh' }]);
  });
});

describe('refused files', () => {
  it('malformed JSON says why', () => {
    const report = readImport('{"format": "clearsend-templates", "version": 1, "templates": [');
    expect(report.ok).toBe(false);
    if (!report.ok) {
      expect(report.problem.code).toBe('not-json');
      expect(report.problem.code === 'not-json' && report.problem.detail.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ['an empty file', '', 'empty'],
    ['an array', '[]', 'wrong-format'],
    ['null', 'null', 'wrong-format'],
    ['another format', JSON.stringify({ format: 'other', version: 1, templates: [] }), 'wrong-format'],
    ['version 2', JSON.stringify({ format: FILE_FORMAT, version: 2, templates: [] }), 'wrong-version'],
    ['version "1"', JSON.stringify({ format: FILE_FORMAT, version: '1', templates: [] }), 'wrong-version'],
    ['no template list', JSON.stringify({ format: FILE_FORMAT, version: 1, templates: { a: 1 } }), 'no-templates'],
  ])('%s', (_name, text, code) => {
    const report = readImport(text);
    expect(report).toMatchObject({ ok: false, problem: { code } });
  });

  it('an oversized file, by size before reading and by its text', () => {
    expect(checkFileSize(MAX_FILE_BYTES + 1)).toEqual({ code: 'too-large', limit: MAX_FILE_BYTES });
    expect(checkFileSize(MAX_FILE_BYTES)).toBeNull();
    const big = file([template({ body: 'a'.repeat(MAX_FILE_BYTES) })]);
    expect(readImport(big)).toMatchObject({ ok: false, problem: { code: 'too-large' } });
    // Multi-byte text counts in bytes.
    const wide = file([template({ body: 'é'.repeat(MAX_FILE_BYTES / 2 + 10) })]);
    expect(readImport(wide)).toMatchObject({ ok: false, problem: { code: 'too-large' } });
  });

  it('too many templates', () => {
    const many = Array.from({ length: MAX_IMPORT_TEMPLATES + 1 }, (_, i) => template({ id: `t${i}` }));
    expect(readImport(file(many))).toMatchObject({ ok: false, problem: { code: 'too-many', count: 201, limit: 200 } });
    const enough = Array.from({ length: MAX_IMPORT_TEMPLATES }, (_, i) => template({ id: `t${i}` }));
    expect(accepted(readImport(file(enough)))).toHaveLength(200);
  });

  it('deeply nested JSON is an error, not a throw', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const report = readImport(deep);
    expect(report.ok).toBe(false);
  });
});

describe('refused templates', () => {
  it.each([
    ['a string instead of an object', 'hello', 'not-object'],
    ['a number title', { ...template(), title: 42 }, 'wrong-type'],
    ['an array body', { ...template(), body: ['a'] }, 'wrong-type'],
    ['no body', { ...template(), body: undefined }, 'missing'],
    ['a numeric id', { ...template(), id: 7 }, 'wrong-type'],
    ['an id with spaces', { ...template(), id: 'a b' }, 'bad-id'],
    ['an id too long', { ...template(), id: 'a'.repeat(65) }, 'bad-id'],
    ['an unknown language', { ...template(), locale: 'ko' }, 'bad-locale'],
    ['an unknown purpose', { ...template(), purpose: 'marketing' }, 'bad-purpose'],
    ['a string date', { ...template(), createdAt: 'yesterday' }, 'wrong-type'],
    ['a title too long', { ...template(), title: 't'.repeat(121) }, 'too-long'],
    ['a body too long', { ...template(), body: 'b'.repeat(4001) }, 'too-long'],
    ['an empty title', { ...template(), title: '   ' }, 'empty'],
    ['a promotional body', { ...template(), body: 'Use code SAVE10 for 10% off your next order {orderId}' }, 'lint-errors'],
    ['an unknown placeholder', { ...template(), body: `${COMPLIANT} {foo}` }, 'lint-errors'],
  ])('%s', (_name, raw, code) => {
    const report = readImport(file([raw, template({ id: 'ok' })]));
    expect(report.ok).toBe(true);
    if (!report.ok) return;
    const [bad, good] = report.items;
    expect(bad?.status).toBe('refused');
    expect(bad?.template).toBeUndefined();
    expect(bad?.problems.map((p) => p.code)).toContain(code);
    expect(good?.status).toBe('ready');
    expect(report.accepted.map((t) => t.id)).toEqual(['ok']);
  });

  it('reports the lint errors of a refused template', () => {
    const report = readImport(file([template({ body: 'Use code SAVE10 for 10% off your next order {orderId}' })]));
    if (!report.ok) throw new Error('refused');
    const flagged = report.items[0]?.errors.map((f) => f.actual) ?? [];
    expect(flagged).toContain('Use code');
    expect(flagged).toContain('10% off');
    expect(report.items[0]?.errors.every((f) => f.severity === 'error')).toBe(true);
  });

  it('imports a template with warnings and says so', () => {
    const body = `${COMPLIANT}\n\nWe are VERY VERY SORRY FOR THE DELAY!!`;
    const report = readImport(file([template({ body })]));
    if (!report.ok) throw new Error('refused');
    const item = report.items[0];
    if (item?.warnings.length) expect(item.status).toBe('warnings');
    else expect(item?.status).toBe('ready');
  });
});

describe('a hostile file', () => {
  it('strips markup from titles and bodies and reports it', () => {
    const report = readImport(
      file([
        template({ id: 'a', title: '<script>alert(1)</script>Delivery', body: `${COMPLIANT}<script>alert(1)</script>` }),
        template({ id: 'b', title: 'Photo <img src=x onerror=alert(1)>', body: `<img src=x onerror=alert(1)>${COMPLIANT}` }),
        template({ id: 'c', title: '&lt;script&gt;alert(1)&lt;/script&gt;Escaped', body: `${COMPLIANT}&lt;b onclick=alert(1)&gt;` }),
        template({ id: 'd', title: '<<b>script>x', body: COMPLIANT }),
      ]),
    );
    const templates = accepted(report);
    // Escaped markup is decoded, then its tags go too; the words between them stay, as harmless text.
    expect(templates.map((t) => t.title)).toEqual(['Delivery', 'Photo', 'alert(1)Escaped', 'x']);
    for (const t of templates) {
      expect(t.body).toBe(COMPLIANT);
      expect(`${t.title}${t.body}`).not.toMatch(/[<>]/);
    }
    if (report.ok) expect(report.items.map((item) => item.sanitized)).toEqual([['title', 'body'], ['title', 'body'], ['title', 'body'], ['title']]);
  });

  it('keeps javascript: as harmless text and refuses it as a link if the rules say so', () => {
    const report = readImport(file([template({ title: 'javascript:alert(1)', body: `${COMPLIANT}\njavascript:alert(document.cookie)` })]));
    expect(report.ok).toBe(true);
    if (!report.ok) return;
    const item = report.items[0];
    expect(item?.title).toBe('javascript:alert(1)');
    if (item?.template) expect(item.template.body).toContain('javascript:alert(document.cookie)');
  });

  it('does not pollute prototypes through __proto__ or constructor keys', () => {
    const text = `{"format":"clearsend-templates","version":1,"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"templates":[{"id":"p","purpose":"invoice","locale":"en","title":"Invoice","body":${JSON.stringify(
      'Hello {buyerName}, the invoice for your order {orderId} is attached. Kind regards, {sellerName}',
    )},"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}]}`;
    const report = readImport(text);
    const [t] = accepted(report);
    expect(Object.keys(t ?? {}).sort()).toEqual(['body', 'createdAt', 'id', 'locale', 'purpose', 'title', 'updatedAt']);
    expect(Object.getPrototypeOf(t)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('handles very long strings without throwing', () => {
    const long = '<a>'.repeat(50_000);
    const report = readImport(file([template({ title: long, body: long })]));
    expect(report.ok).toBe(true);
    if (report.ok) expect(report.items[0]?.problems.map((p) => p.code)).toEqual(['too-long', 'too-long']);
  });

  it('cleans odd unicode: lone surrogates, direction overrides, zero-width characters', () => {
    const report = readImport(
      `{"format":"clearsend-templates","version":1,"templates":[{"id":"u","purpose":"invoice","locale":"en","title":"In\\ud800voice\\u202e\\u200b\\u2066","body":${JSON.stringify(
        'Hello {buyerName},\u200f the invoice for your order {orderId} is attached.\u0000 Kind regards, {sellerName}\uFEFF',
      )}}]}`,
    );
    const [t] = accepted(report);
    expect(t?.title).toBe('In\uFFFDvoice');
    expect(t?.body).toBe('Hello {buyerName}, the invoice for your order {orderId} is attached. Kind regards, {sellerName}');
    if (report.ok) expect(report.items[0]?.sanitized).toEqual(['title', 'body']);
  });

  it('keeps ordinary punctuation that looks like markup characters', () => {
    const body = 'Hello {buyerName}, your order {orderId} costs less than 5 < 10 & ships today. Kind regards, {sellerName}';
    const report = readImport(file([template({ body, purpose: 'delay-or-problem' })]));
    if (!report.ok) throw new Error('refused');
    expect(report.items[0]?.template?.body ?? report.items[0]?.problems).toBe(body);
  });
});
