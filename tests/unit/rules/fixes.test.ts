// @vitest-environment node
/** A fix for every error and warning (lib/rules/fixes.ts), and the text each one leaves. */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sentenceRemoval } from '../../../lib/rules/fixes.ts';
import { lint } from '../../../lib/rules/index.ts';
import { placeholderKind } from '../../../lib/rules/placeholder.ts';
import type { Finding, LintOptions, Suggestion } from '../../../lib/rules/types.ts';

function apply(text: string, finding: Finding, suggestion: Suggestion): string {
  const start = suggestion.start ?? finding.start;
  const end = suggestion.end ?? finding.end;
  return text.slice(0, start) + suggestion.replacement + text.slice(end);
}

function removeAround(text: string, words: string): string {
  const at = text.indexOf(words);
  const [start, end] = sentenceRemoval(text, at, at + words.length);
  return text.slice(0, start) + text.slice(end);
}

describe('removing the sentence around the offending words', () => {
  it('takes a sentence from the middle of a line with one of the spaces around it', () => {
    expect(removeAround('Your parcel ships today. Use code SAVE20 next time. Best regards, Anna', 'code SAVE20')).toBe(
      'Your parcel ships today. Best regards, Anna',
    );
  });

  it('takes the last sentence of a line without leaving a space at its end', () => {
    expect(removeAround('Your parcel ships today. Follow us on Instagram!\nBest regards, Anna', 'Instagram')).toBe(
      'Your parcel ships today.\nBest regards, Anna',
    );
  });

  it('takes a paragraph that is one sentence, leaving one empty line between the others', () => {
    expect(removeAround('Hi John,\n\nThank you for your order.\n\nSee our new collection!\n\nBest regards,\nAnna', 'new collection')).toBe(
      'Hi John,\n\nThank you for your order.\n\nBest regards,\nAnna',
    );
  });

  it('takes a last line without leaving a line break behind', () => {
    expect(removeAround('Thank you for your order.\nVisit our shop for more', 'our shop')).toBe('Thank you for your order.');
  });

  it('keeps the greeting that opens the sentence', () => {
    expect(removeAround('Hi John, leave us a 5-star review please. Your parcel ships today.', '5-star')).toBe('Hi John, Your parcel ships today.');
  });

  it('takes every sentence the words run across', () => {
    expect(removeAround('Thanks. If you love it. Please review us. Bye', 'love it. Please review')).toBe('Thanks. Bye');
  });

  it('ends Japanese sentences at 。 and leaves no gap', () => {
    expect(removeAround('ご注文ありがとうございます。レビューで星5つをお願いします。よろしくお願いします。', '星5つ')).toBe(
      'ご注文ありがとうございます。よろしくお願いします。',
    );
  });

  it('keeps Windows line breaks whole', () => {
    expect(removeAround('Thank you.\r\n\r\nUse code SAVE20!\r\n\r\nAnna', 'SAVE20')).toBe('Thank you.\r\n\r\nAnna');
  });
});

describe('which value a template variable stands for', () => {
  it.each([
    ['{order_id}', 'orderId'],
    ['{{orderNumber}}', 'orderId'],
    ['[Buyer Name]', 'buyerName'],
    ['{name}', 'buyerName'],
    ['[Your Name]', 'sellerName'],
    ['{Shop}', 'sellerName'],
    ['{Bestellnummer}', 'orderId'],
    ['[Nom du client]', 'buyerName'],
    ['【購入者名】', 'buyerName'],
    ['【注文番号】', 'orderId'],
  ])('%s is the %s', (placeholder, kind) => {
    expect(placeholderKind(placeholder)).toBe(kind);
  });

  it.each(['${order.item_name}', '{product_name}', '[tracking number]', '{{asin}}'])('%s is nothing the page knows', (placeholder) => {
    expect(placeholderKind(placeholder)).toBeUndefined();
  });
});

describe('fixes per kind of finding', () => {
  const fill: LintOptions = { asSent: true, fill: { orderId: '114-1234567-1234567', buyerName: 'John Smith', sellerName: 'Anna at Tidy Home' } };

  it('fills in a variable the page knows, or removes it', () => {
    const body = 'Dear {buyer_name}, your order {order_id} ships today: {tracking_link}. Regards, [Your Name]';
    const findings = lint({ body }, fill).filter((f) => f.ruleId === 'placeholder');
    expect(findings.map((f) => f.suggestions?.[0]?.replacement)).toEqual(['John Smith', '114-1234567-1234567', '', 'Anna at Tidy Home']);
    const tracking = findings[2]!;
    expect(apply(body, tracking, tracking.suggestions![0]!)).toBe('Dear {buyer_name}, your order {order_id} ships today:. Regards, [Your Name]');
  });

  it('offers only the removal when the page does not know the value', () => {
    const findings = lint({ body: 'Dear {buyer_name}, your parcel is delayed by two days because of the storm. Sorry!' }, { asSent: true });
    const placeholder = findings.find((f) => f.ruleId === 'placeholder')!;
    expect(placeholder.suggestions).toHaveLength(1);
    expect(placeholder.suggestions![0]!.replacement).toBe('');
  });

  it('opens the template picker on fitting purposes for a thank-you-only message', () => {
    const finding = lint({ body: 'Thank you so much for your order! We hope you enjoy it.' }).find((f) => f.ruleId === 'thank-you-only')!;
    expect(finding.suggestions?.[0]?.action).toEqual({ kind: 'choose-template', purposes: ['information-needed', 'delay-or-problem', 'review-request'] });
  });

  it('opens the picker on the contact reason\'s purpose when a critical reason carries a review request', () => {
    const finding = lint(
      { body: 'Hello, thank you for your order. Please leave a review of the item on Amazon when you have a moment. Best, Anna' },
      { contactReason: 'delivery-scheduling' },
    ).find((f) => f.ruleId === 'critical-reason-misuse');
    expect(finding?.suggestions?.[0]?.action).toEqual({ kind: 'choose-template', purposes: ['delivery-scheduling'] });
  });

  it('selects the text over the limit of a message that is too long', () => {
    const finding = lint({ body: 'Your parcel is delayed. '.repeat(100) }).find((f) => f.ruleId === 'message-length')!;
    expect(finding.suggestions?.[0]?.action).toEqual({ kind: 'select' });
  });

  it('removes the words from a subject, not a sentence', () => {
    const subject = 'Your order - 20% off your next purchase';
    const finding = lint({ subject, body: 'Your parcel is delayed by two days. Sorry for the wait.' }).find((f) => f.field === 'subject' && f.category === 'promotion')!;
    expect(finding.suggestions).toHaveLength(1);
    expect(apply(subject, finding, finding.suggestions![0]!)).not.toContain('off your next');
  });

  it('removes an address with the preposition that introduces it, or the sentence that only leads to it', () => {
    const fixed = (body: string, ruleId: string) => {
      const f = lint({ body }).find((g) => g.ruleId === ruleId)!;
      return apply(body, f, f.suggestions![0]!);
    };
    expect(fixed('Your parcel is delayed by two days; if it is not there by Friday, contact us first at help@shop.example.com.', 'email-address')).toBe(
      'Your parcel is delayed by two days; if it is not there by Friday, contact us first.',
    );
    expect(fixed('Thanks for your patience.\nVisit https://lamps.example.com for our other lamps.\nAnna', 'external-link')).toBe('Thanks for your patience.\nAnna');
  });

  it('keeps a rule\'s own rewrite first and adds nothing to it', () => {
    const finding = lint({ body: 'Please leave us a positive review.' }).find((f) => f.ruleId === 'review-positive')!;
    expect(finding.suggestions?.[0]?.label).toBe('Ask for a review without saying what kind');
  });

  it('puts the fix labels in the seller\'s language', () => {
    const finding = lint({ body: 'Thank you for your order.' }, { uiLanguage: 'de' }).find((f) => f.ruleId === 'thank-you-only')!;
    expect(finding.suggestions?.[0]?.label).toBe('Vorlage wählen');
  });
});

/** Every labelled corpus message, the held-out part excluded: it is for measuring detection only. */
function corpusBodies(): { subject?: string; body: string; contactReason?: LintOptions['contactReason'] }[] {
  const dir = 'tests/corpus';
  const files = [`${dir}/messages.jsonl`, ...readdirSync(`${dir}/tuning`).map((f) => `${dir}/tuning/${f}`)];
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as { subject?: string; body: string; contactReason?: LintOptions['contactReason'] }),
  );
}

describe('every error and warning of the corpus has a fix that works', () => {
  const rows = corpusBodies();

  it('offers at least one fix for each', () => {
    const without: string[] = [];
    for (const row of rows) {
      for (const f of lint(row, { asSent: true, ...(row.contactReason ? { contactReason: row.contactReason } : {}) })) {
        if (f.severity !== 'info' && !f.suggestions?.length) without.push(`${f.ruleId}: ${f.actual}`);
      }
    }
    expect(without).toEqual([]);
  }, 60_000);

  it('an edit removes its finding and leaves no double space or run of empty lines', () => {
    const problems: string[] = [];
    for (const row of rows) {
      const options: LintOptions = { asSent: true, fill: { orderId: '114-1234567-1234567', buyerName: 'Sam' } };
      const before = lint({ body: row.body }, options);
      for (const f of before) {
        const fix = f.suggestions?.[0];
        if (f.severity === 'info' || !fix || fix.action || f.field !== 'body') continue;
        const fixed = apply(row.body, f, fix);
        const start = fix.start ?? f.start;
        const end = start + fix.replacement.length;
        // The same rule again where the edit was; a neighbour that was there before is its own finding.
        const again = lint({ body: fixed }, options).filter(
          (g) =>
            g.ruleId === f.ruleId &&
            g.end > start &&
            (g.start < end || (g.start < start && g.end > start)) &&
            !before.some((h) => h !== f && h.ruleId === g.ruleId && h.actual.trim() === g.actual.trim()),
        );
        if (again.length > 0) problems.push(`${f.ruleId} still there after "${fix.label}": ${f.actual}`);
        if (/[^\s] {2,}[^\s]/u.test(fixed) && !/[^\s] {2,}[^\s]/u.test(row.body)) problems.push(`double space after ${f.ruleId}: ${fixed}`);
        if (/\n\s*\n\s*\n/u.test(fixed) && !/\n\s*\n\s*\n/u.test(row.body)) problems.push(`empty lines after ${f.ruleId}: ${fixed}`);
      }
    }
    expect(problems).toEqual([]);
  }, 60_000);
});
