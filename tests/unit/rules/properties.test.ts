/**
 * Property tests: whatever a seller types or pastes (full Unicode, lone surrogates, emoji,
 * brackets, URL-like and email-like fragments), lint never throws, stays deterministic, and every
 * finding points at real text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../lib/rules/index.ts';
import { LANGUAGES } from '../../../lib/rules/types.ts';
import type { Category, Finding, LintOptions, Message } from '../../../lib/rules/types.ts';

const CATEGORIES = new Set<Category>([
  'important-tag', 'promotion', 'review-manipulation', 'external-link', 'contact-info', 'opt-out',
  'formatting', 'not-permitted-type', 'length', 'cancellation-request', 'off-amazon', 'contact-reason', 'placeholder', 'context',
]);
const SEVERITIES = new Set(['error', 'warning', 'info']);

/** Pieces that exercise the rules: tags, links, emails, phones, emoji, odd characters. */
const FRAGMENTS = [
  '[Important]', '【重要】', '(', ')', '[', ']', '{', '}', '【', '】', 'https://', 'http://', 'www.', '.com', '.de',
  'amazon', 'bit.ly/', '@', 'a@b.co', '.', '..', '-', '+49 ', '0', '1', '112-1234567-1234567', '1Z999AA1012345678',
  '😊', '👨‍👩‍👧', '🇩🇪', '❤️', '©', '\u200B', '\u00A0', '\u0301', '\u200F', '\uD800', '\uDC00', '\uFEFF', 'İ',
  '\n', '\r\n', '\n\n\n', '!!!', '???', '<a href="x">', '<br>', '&nbsp;', '![x](y)', 'positive review', '5-star',
  'review', 'if you are happy', 'unsubscribe', 'abmelden', 'coupon code', '10% off', 'WhatsApp', 'PLEASE READ THIS',
  'レビュー', '高評価', '配信停止', 'Bewertung', 'avis positif', 'reseña', 'recensione', 'Thank you for your order',
  ' ', 'é', 'ß', 'ÄÖÜ', 'x'.repeat(70), 'CONGRATULATIONSSS',
];

const fragmentText = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((parts) => parts.join(''));
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fragmentText,
  fc.tuple(fragmentText, fc.string({ unit: 'binary', maxLength: 50 }), fragmentText).map((p) => p.join('')),
);
const options: fc.Arbitrary<LintOptions> = fc.record(
  {
    buyerLanguage: fc.constantFrom(...LANGUAGES),
    contactReason: fc.constantFrom(
      'customization', 'delivery-scheduling', 'address-issue', 'order-information', 'unexpected-problem',
      'return', 'invoice', 'review-request', 'other' as const,
    ),
    disabledRules: fc.array(fc.constantFrom('emoji', 'promotion', 'formatting', 'external-link', 'nonsense'), { maxLength: 3 }),
  },
  { requiredKeys: [] },
);
const message: fc.Arbitrary<Message> = fc.record({ subject: anyText, body: anyText }, { requiredKeys: ['body'] });

function checkFinding(m: Message, f: Finding): void {
  const text = f.field === 'subject' ? (m.subject ?? '') : m.body;
  expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
  expect(f.start).toBeGreaterThanOrEqual(0);
  expect(f.end).toBeGreaterThanOrEqual(f.start);
  expect(f.end).toBeLessThanOrEqual(text.length);
  expect(f.actual).toBe(text.slice(f.start, f.end));
  expect(CATEGORIES.has(f.category)).toBe(true);
  expect(SEVERITIES.has(f.severity)).toBe(true);
  expect(typeof f.message).toBe('string');
  for (const s of f.suggestions ?? []) expect(typeof s.replacement).toBe('string');
}

describe('lint properties', () => {
  it('never throws, and every finding points at the text it quotes', () => {
    fc.assert(
      fc.property(message, options, (m, o) => {
        for (const f of lint(m, o)) checkFinding(m, f);
      }),
      { numRuns: 1500 },
    );
    // Fifteen hundred messages, most too short to tell, so checked in all thirteen languages:
    // a correctness sweep, not a timing (npm run bench times lint).
  }, 60_000);

  it('is deterministic', () => {
    fc.assert(
      fc.property(message, options, (m, o) => {
        expect(lint(m, o)).toEqual(lint(m, o));
      }),
      { numRuns: 300 },
    );
  });

  it('sorts findings by field, then start', () => {
    fc.assert(
      fc.property(message, (m) => {
        const findings = lint(m);
        for (let i = 1; i < findings.length; i++) {
          const a = findings[i - 1] as Finding;
          const b = findings[i] as Finding;
          const order = (a.field === b.field ? 0 : a.field === 'subject' ? -1 : 1) || a.start - b.start;
          expect(order).toBeLessThanOrEqual(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('honours disabledRules for every rule it reports', () => {
    fc.assert(
      fc.property(message, (m) => {
        const ids = [...new Set(lint(m).map((f) => f.ruleId))];
        expect(lint(m, { disabledRules: ids })).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('handles long adversarial inputs', () => {
    const inputs = [
      'a'.repeat(20000), '['.repeat(20000), 'a.'.repeat(10000), '@'.repeat(20000), '1 '.repeat(10000),
      '😊'.repeat(10000), '\uD800'.repeat(20000), 'AAAA '.repeat(4000), '!'.repeat(20000), '\n'.repeat(20000),
      'positive review '.repeat(1000), 'http://a.com/'.repeat(1000), 'a@b.cd '.repeat(2000),
    ];
    for (const body of inputs) {
      const m = { subject: body.slice(0, 500), body };
      for (const f of lint(m)) checkFinding(m, f);
    }
  });
});
