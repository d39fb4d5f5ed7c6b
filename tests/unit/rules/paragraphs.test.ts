// @vitest-environment node
/**
 * The phrase search goes a paragraph at a time and reuses the paragraphs it met before (typing
 * changes one). Reuse must never change a finding: the same text gives the same findings
 * whether its paragraphs were seen before, in another message, at another offset, or never.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../../lib/rules/index.ts';
import { forgetParagraphs } from '../../../lib/rules/phrase-rules.ts';
import type { Message } from '../../../lib/rules/types.ts';

const PARAGRAPHS = [
  'Hello Sarah,',
  'Thank you for your order 114-3941680-8837050 of the bamboo board. Use code THANKS20 for 20% off your next order!',
  'If you are happy with it, please leave us a 5-star review. If not, contact us first.',
  'Visit www.oakandthistle.com or email us at help@oakandthistle.com. Call 0151 496 0123 anytime.',
  'Wash it by hand, dry it straight away and oil it once a month. Follow us on Instagram for new designs.',
  'Vielen Dank für Ihre Bestellung! Mit dem Code SPAREN10 erhalten Sie 10 % Rabatt in unserem Shop.',
  'Best regards,\nThe Oak & Thistle team',
];

function fresh(message: Message) {
  forgetParagraphs();
  return lint(message);
}

describe('paragraph by paragraph', () => {
  it('finds the same in a text whether its paragraphs were met before or not', () => {
    // Deterministic shuffles of the paragraphs, with one, two or three blank lines between.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 40; round++) {
      const order = [...PARAGRAPHS].sort(() => next() - 0.5).slice(0, 2 + Math.floor(next() * 5));
      const body = order.map((p, i) => (i === 0 ? p : `${'\n'.repeat(2 + Math.floor(next() * 2))}${next() < 0.3 ? '  ' : ''}${p}`)).join('');
      const message = { subject: next() < 0.5 ? 'About your order' : '[Important] Your order', body };
      const reused = lint(message);
      expect(reused).toEqual(fresh(message));
      for (const finding of reused) {
        const text = finding.field === 'subject' ? message.subject : body;
        expect(text.slice(finding.start, finding.end)).toBe(finding.actual);
      }
    }
  });

  it('finds what is in a paragraph that changed, and nothing of what left it', () => {
    const base = PARAGRAPHS.slice(0, 3).join('\n\n');
    const first = lint({ body: base });
    expect(first.some((f) => f.category === 'promotion')).toBe(true);
    const edited = base.replace('Use code THANKS20 for 20% off your next order!', 'We checked the board before it left.');
    const after = lint({ body: edited });
    expect(after.filter((f) => f.category === 'promotion')).toEqual([]);
    expect(after).toEqual(fresh({ body: edited }));
    // The review request in the paragraph that did not change is still found, at its new offset.
    const review = after.find((f) => f.category === 'review-manipulation');
    expect(review && edited.slice(review.start, review.end)).toBe(review?.actual);
  });

  it('reads no phrase across a blank line, but across a single line break', () => {
    expect(fresh({ body: 'Thank you for your order. Please check out\nour store for more.' }).some((f) => f.category === 'promotion')).toBe(true);
    expect(fresh({ body: 'Thank you for your order. Please check out\n\nour store for more.' }).some((f) => f.category === 'promotion')).toBe(false);
  });
});
