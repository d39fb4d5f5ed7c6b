// @vitest-environment node
/**
 * Phone candidates (lib/rules/contact.ts) are matched in code now, not by one Unicode regex with
 * three lookbehinds: the candidates must be the ones that regex found, kept here as the reference,
 * whatever stands around the digits (other scripts, other kinds of digits, astral characters).
 */
import { describe, expect, it } from 'vitest';
import { nextPhoneCandidate, nextPhoneCandidateByRegex } from '../../../lib/rules/contact.ts';

const PHONE_CANDIDATE =
  /(?<![\p{Script=Latin}\p{N}])(?<!\p{N}[-./])(?<!\p{Script=Latin}[-/])(?:\+|\b00)?[ ]?\(?[\d\u0660-\u0669\u06f0-\u06f9][\d\u0660-\u0669\u06f0-\u06f9 \u00a0()./-]{4,22}[\d\u0660-\u0669\u06f0-\u06f9](?!\p{N})/gu;

function reference(text: string): [number, number][] {
  return [...text.matchAll(PHONE_CANDIDATE)].map((m) => [m.index, m.index + m[0].length]);
}

function candidates(text: string, next = nextPhoneCandidate): [number, number][] {
  const out: [number, number][] = [];
  for (let found = next(text, 0); found; found = next(text, found[1])) out.push(found);
  return out;
}

const PIECES = [
  '1', '2', '0', '00', '7', '٣', '۵', '+', ' ', '  ', '(', ')', '.', '/', '-', '\u00a0', 'a', 'Z', 'ä', 'ß', 'İ', 'Я', 'あ', '²', '½',
  'Ⅻ', '𝟘', '𐌀', '😊', '_', 'ſ', '\ud800', '\udc00', 'x-', '1-', ':', 'Tel ', '12345', '123 456 789', '+49 170 1234567', '\n', '\r\n',
  'ǅ', 'ｶ', '١٢٣٤٥٦٧', '€',
];

describe('phone candidates', () => {
  it.each([
    'Call +49 170 1234567 today',
    'Tel. 0049 (0)30 1234567',
    'Order 114-3941689-8837054, item B0123456789',
    'RE-2026-04417 and 1.234.567',
    'x1+49 1701234567',
    '_0049 301234567',
    'ＴＥＬ：03-1234-5678まで',
    'اتصل ٠١٢٣٤٥٦٧٨٩',
    '12345678²',
    '1234567𝟘 and 1234567😊',
    'ä12345678 é-1234567 Я-1234567',
    '+ (0) 123 45 67 89',
    '1234',
  ])('%j', (text) => {
    expect(candidates(text)).toEqual(reference(text));
  });

  it('are the regex matches on generated texts', () => {
    let seed = 31337;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const differing: string[] = [];
    for (let n = 0; n < 20_000; n++) {
      let text = '';
      const pieces = Math.floor(next() * 25);
      for (let k = 0; k < pieces; k++) text += PIECES[Math.floor(next() * PIECES.length)] as string;
      if (JSON.stringify(candidates(text)) !== JSON.stringify(reference(text))) differing.push(text);
    }
    expect(differing).toEqual([]);
  });

  it('are the same when a long text takes the regex', () => {
    for (const text of ['Call +49 170 1234567 today', '7'.repeat(30), '1234567²', 'ä12345678 é-1234567 Я-1234567']) {
      expect(candidates(text, nextPhoneCandidateByRegex)).toEqual(reference(text));
    }
  });

  it('skip a long run of digits at once', () => {
    for (const text of ['7'.repeat(20_000), `x${'0123456789'.repeat(2_000)}`, `+${'7'.repeat(5_000)} 1234567`]) {
      expect(candidates(text)).toEqual(reference(text));
    }
  });
});
