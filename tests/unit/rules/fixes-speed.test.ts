// @vitest-environment node
/**
 * The hand-written scans of lib/rules/fixes.ts that replaced two regexes with the flags `iu`
 * (costly to compile on a first lint): they must answer as those regexes did, on every text.
 * The regexes are kept here as the reference.
 */
import { describe, expect, it } from 'vitest';
import { endsWithLeadTo, introductionAt, sentenceRemoval } from '../../../lib/rules/fixes.ts';
import { lint } from '../../../lib/rules/index.ts';

const INTRODUCED_BY = /(?:^|[\s(])(?:at|to|on|via|under|here|is|unter|an|bei|auf|à|au|sur|par|a|en|al|por|su|per|tramite|:)\s*:?\s*$/iu;
const LEADS_TO =
  /(?:^|\s)(?:visit|see|check out|follow|email|e-mail|mail|call|text|message|write|reach|contact|click|besuchen|besuche|schreiben|anrufen|visitez|visitez-nous|écrivez|appelez|visita|visite|escríbanos|llámenos|scrivici|chiamaci|contattaci)(?:\s+(?:us|me|uns|mich|nous|moi|nos|nosotros|ci))?\s*$/iu;

/** What tidy() took from the regex: where the introducing word (or colon) starts, or -1. */
function referenceIntroduction(before: string): number {
  const m = INTRODUCED_BY.exec(before);
  return m ? m.index + (/^[\s(]/u.test(m[0]) ? 1 : 0) : -1;
}

const PARTS = [
  'at', 'AT', 'At', 'à', 'À', 'a', 'au', 'ſu', 'İs', 'is', 'ıs', 'tramite', 'Unter', 'TRAMİTE', ':', '：', ' ', '  ', '\t', '\u00a0', '\u3000',
  '\ufeff', '\r', '\r\n', '(', 'x', 'email', 'E-Mail', 'check', 'out', 'check out', 'CHECK OUT', 'check\u00a0out', 'us', 'Us', 'nous',
  'visitez-nous', 'écrivez', 'ÉCRIVEZ', 'llámenos', 'LLÁMENOS', 'contact', 'write', 'me', ',', '.', 'ſee', 'K', 'call', 'chec', 'xat',
  'at:', ' : ', '::', '(at', 'Visit', '😊', 'بريد', '電話', 'ЕМАIL',
];

/** Deterministic strings made of the parts above, many of them near the words of the lists. */
function* samples(count: number): Generator<string> {
  let seed = 20260101;
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  for (let n = 0; n < count; n++) {
    let text = '';
    const words = Math.floor(next() * 6);
    for (let k = 0; k < words; k++) text += (PARTS[Math.floor(next() * PARTS.length)] as string) + (next() < 0.5 ? ' ' : '');
    yield text;
  }
}

describe('the words that introduce an address (INTRODUCED_BY as a scan)', () => {
  it.each([
    ['Write to us at ', 12],
    ['Email: ', -1],
    ['Email : ', 6],
    ['contact us at:  ', 11],
    ['Schreiben Sie uns unter ', 18],
    ['Écrivez-nous à ', 13],
    ['ÉCRIVEZ-NOUS À ', 13],
    ['per ', 0],
    ['(at ', 1],
    ['x:at ', -1],
    ['at ::', 3],
    ['at : : ', 3],
    [': :', 0],
    ['a::', -1],
    ['İs ', -1],
    ['ſu ', 0],
    ['at\r', 0],
    ['here\u3000', 0],
    ['😊 at ', 3],
    ['', -1],
    ['visit (', -1],
  ])('%j: %i', (before, expected) => {
    expect(referenceIntroduction(before)).toBe(expected);
    expect(introductionAt(before)).toBe(expected);
  });

  it('finds what the regex finds on thousands of generated texts', () => {
    const differing = [...samples(40_000)].filter((text) => introductionAt(text) !== referenceIntroduction(text));
    expect(differing).toEqual([]);
  });
});

describe('a verb that only leads to the address (LEADS_TO as a scan)', () => {
  it.each([
    ['Visit', true],
    ['Please visit', true],
    ['email us', true],
    ['E-MAIL US', true],
    ['Check out', true],
    ['check  out', false],
    ['check\u00a0out', false],
    ['check out us', true],
    ['xcheck out', false],
    ['Écrivez-nous', false],
    ['Visitez-nous', true],
    ['llámenos', true],
    ['contact\t\u00a0me', true],
    ['we are here', false],
    ['us', false],
    ['ſee', true],
    ['vİsit', false],
    ['visit 😊', false],
    ['', false],
  ])('%j: %s', (text, expected) => {
    expect(LEADS_TO.test(text)).toBe(expected);
    expect(endsWithLeadTo(text)).toBe(expected);
  });

  it('answers as the regex does on thousands of generated texts', () => {
    const texts = [...samples(40_000)].map((sample) => sample.replace(/[\s,]+$/u, ''));
    expect(texts.filter((text) => endsWithLeadTo(text) !== LEADS_TO.test(text))).toEqual([]);
  });
});

describe('removals around addresses, as before', () => {
  const removed = (body: string, ruleId: string): string => {
    const finding = lint({ body }).find((f) => f.ruleId === ruleId);
    const fix = finding?.suggestions?.[0];
    if (!finding || !fix) throw new Error(`no ${ruleId} fix for ${body}`);
    return body.slice(0, fix.start ?? finding.start) + fix.replacement + body.slice(fix.end ?? finding.end);
  };

  it('takes the preposition before an email address, keeping the full stop', () => {
    expect(removed('Thanks for your order. You can reach our team at help@shop-example.com.', 'email-address')).toBe(
      'Thanks for your order. You can reach our team.',
    );
  });

  it('takes a sentence that only leads to a link, with CRLF line ends', () => {
    expect(removed('Hello Anna,\r\nThanks for your order.\r\nVisit www.shop-example.com\r\nBest regards', 'external-link')).toBe(
      'Hello Anna,\r\nThanks for your order.\r\nBest regards',
    );
  });

  it('keeps a greeting of a few words before a comma, counting words split by any whitespace', () => {
    const text = 'Hi\u00a0dear John, follow us on Instagram for deals!';
    const at = text.indexOf('follow');
    const [start, end] = sentenceRemoval(text, at, text.length);
    expect(text.slice(0, start) + text.slice(end)).toBe('Hi\u00a0dear John,');
  });
});
