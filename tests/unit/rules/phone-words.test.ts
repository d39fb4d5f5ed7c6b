// @vitest-environment node
/**
 * A phone number written out in words is a phone number (G1701), in every language
 * (lib/rules/phrases/numbers.ts); numbers in everyday text are not.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../../lib/rules/index.ts';
import { spelledPhone, spelledPhoneUnspaced } from '../../../lib/rules/phrases/numbers.ts';
import type { Finding, Suggestion } from '../../../lib/rules/types.ts';

function apply(text: string, finding: Finding, suggestion: Suggestion): string {
  return text.slice(0, suggestion.start ?? finding.start) + suggestion.replacement + text.slice(suggestion.end ?? finding.end);
}

function phones(body: string): string[] {
  return lint({ body }, { asSent: true })
    .filter((f) => f.ruleId === 'phone-number')
    .map((f) => body.slice(f.start, f.end).trim());
}

describe('phone numbers in words', () => {
  it.each([
    ['en', 'For quicker help, call Mike on five five five, one two three, four five six seven.', 'five five five, one two three, four five six seven'],
    ['de', 'Rufen Sie unseren Techniker an: null eins sieben zwei, drei vier fünf, sechs sieben.', 'null eins sieben zwei, drei vier fünf, sechs sieben'],
    ['fr', 'Appelez Paul au zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit.', 'zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit'],
    ['es', 'Sobre su pedido 171-9934402-1187730: llámenos al seis uno dos, tres cuatro cinco, seis siete ocho.', 'seis uno dos, tres cuatro cinco, seis siete ocho'],
    ['it', 'Il tecnico risponde al tre quattro sette, uno due tre, quattro cinque sei sette.', 'tre quattro sette, uno due tre, quattro cinque sei sette'],
    ['nl', 'Bel gerust onze monteur: nul zes, vierentwintig, achtendertig, vijftig, negentien.', 'nul zes, vierentwintig, achtendertig, vijftig, negentien'],
    ['sv', 'Ring vår tekniker: noll sju tre – sex fem fyra – tjugo – elva.', 'noll sju tre – sex fem fyra – tjugo – elva'],
    ['pl', 'Numer komórki: sześćset dwa, trzysta czterdzieści jeden, dziewięćset.', 'sześćset dwa, trzysta czterdzieści jeden, dziewięćset'],
    ['tr', 'Daha hızlı destek için: sıfır beş yüz otuz iki, yüz on sekiz, kırk beş.', 'sıfır beş yüz otuz iki, yüz on sekiz, kırk beş'],
    ['pt', 'Nosso técnico atende no fixo: zero onze, três nove quatro um, meia dois oito.', 'zero onze, três nove quatro um, meia dois oito'],
    ['ar', 'يسعد فنّينا الرد عليك مباشرة على: صفر خمسة خمسة، ثلاثة سبعة اثنان، ٨١٩٠ (على مدار اليوم).', 'صفر خمسة خمسة، ثلاثة سبعة اثنان، ٨١٩٠'],
    ['zh', '可以直接打我们售后技术的电话：幺八六、零二七五、三三幺九，工作日都在。', '幺八六、零二七五、三三幺九'],
    ['ja', 'お急ぎの場合は担当者の携帯〇九〇の一二三四の五六七八までお電話ください。', '〇九〇の一二三四の五六七八'],
  ])('%s', (_language, body, number) => {
    expect(phones(body)).toEqual([number]);
  });

  it.each([
    ['en', 'We have one, two or three seater sofas; delivery takes four to five days.'],
    ['en', 'Sizes two: 36, 38, 40 and 42 are in stock for order 111-2233445-5667788.'],
    ['en', 'Step one: open the lid. Step two: press the button three times.'],
    ['de', 'Sie erhalten zwei Kissen und eine Decke, drei bis vier Tage Lieferzeit.'],
    ['fr', 'Il reste deux ou trois pièces, livrées en quatre à cinq jours.'],
    ['nl', 'Een of twee dagen, hooguit drie, daarna komt het pakket.'],
    ['tr', 'Siparişiniz bir iki gün içinde, en geç üç günde teslim edilir.'],
    ['zh', '请在三到五个工作日内查收，订单 112-4419605-8830127，二〇二六年十一月发货。'],
    ['ja', '三丁目の二番地に、一二月三日にお届けします。'],
  ])('%s: everyday numbers are no phone number: %s', (_language, body) => {
    expect(phones(body)).toEqual([]);
  });

  it('offers to remove the number, leaving no double space', () => {
    const body = 'Call Mike on five five five, one two three, four five six seven (weekdays).';
    const finding = lint({ body }, { asSent: true }).find((f) => f.ruleId === 'phone-number');
    const removal = finding?.suggestions?.[0];
    expect(removal?.replacement).toBe('');
    expect(apply(body, finding as Finding, removal as Suggestion)).toBe('Call Mike (weekdays).');
  });

  it('needs three number words before any digits, and six parts in all', () => {
    const [pattern] = spelledPhone({ words: ['one', 'two'] });
    const source = typeof pattern === 'string' ? pattern : pattern?.pattern;
    expect(source).toMatch(/^\(\?:one\|two\)/);
    const unspaced = spelledPhoneUnspaced('[一二]', '、');
    expect(unspaced).toHaveLength(1);
  });
});
