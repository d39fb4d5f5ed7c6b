/**
 * Template variables left in a message about to be sent: "{productName}", "[Buyer Name]",
 * "{{order_id}}", "${order.item_name}", "%name%", "[[buyer-name]]", "【購入者名】". They reach the
 * buyer literally. In a template they are expected, so this runs only for `asSent` messages.
 * Brackets around other words are the seller's own text ("[see page 2]", an engraving text in
 * braces): single brackets count only around an identifier or words that name a variable
 * (each language's placeholderWords). One linear pass: each opening bracket looks ahead a
 * bounded distance.
 */
import { lazyRegex } from './lazy-regex.ts';
import { makeFinding, type FieldText } from './finding.ts';
import { LANGUAGE_SIGNS } from './phrases/index.ts';
import type { Finding, PlaceholderValues } from './types.ts';

const MAX_INSIDE = 40;
const MAX_FINDINGS = 100;

/**
 * Every language's words that name a variable, and those of languages written without spaces
 * (found inside the bracket's text): made on first use, as most messages have no bracket to ask.
 */
let variableWords: { all: Set<string>; cjk: string[] } | undefined;
function placeholderWords(): { all: Set<string>; cjk: string[] } {
  variableWords ??= {
    all: new Set<string>(LANGUAGE_SIGNS.flatMap((book) => book.placeholderWords.map((w) => w.toLowerCase()))),
    cjk: LANGUAGE_SIGNS.filter((book) => !book.wordBoundaries).flatMap((book) => book.placeholderWords),
  };
  return variableWords;
}

/** Pairs whose inside is a variable whenever it looks like a name: no sentence in it. */
const DOUBLE: readonly [string, string][] = [
  ['{{', '}}'],
  ['[[', ']]'],
  ['${', '}'],
  ['<<', '>>'],
  // Mailchimp's merge tags: *|FNAME|*.
  ['*|', '|*'],
];
/** Pairs that also wrap ordinary text: their inside must name a variable. */
const SINGLE: readonly [string, string][] = [
  ['{', '}'],
  ['[', ']'],
  ['<', '>'],
  ['【', '】'],
  ['［', '］'],
  ['｛', '｝'],
  ['〔', '〕'],
  // Word's mail-merge fields: «Prénom_client».
  ['«', '»'],
];

/** "order_id", "buyerName", "ORDER-ID", "order.item_name": one token, as template engines write them. */
const IDENTIFIER = lazyRegex(String.raw`^[\p{L}_$][\p{L}\p{N}_.-]{0,38}$`, 'u');
/** Joined words (snake_case, dotted paths, camelCase, ORDER-ID): a plain capitalised word is not. */
const SNAKE_OR_CAMEL = lazyRegex(String.raw`[_.]|\p{Ll}\p{Lu}|^\p{Lu}{2,}[_-]\p{Lu}`, 'u');
/** "%name%", "%order_id%". */
const PERCENT_VARIABLE = lazyRegex(String.raw`^%([\p{L}_][\p{L}\p{N}_.-]{0,30})%`, 'u');
const NAME_LIKE = lazyRegex(String.raw`^[\p{L}\p{N}_ .'’-]{1,40}$`, 'u');
const HTML_TAG = /^\/?(?:a|b|i|u|p|br|hr|div|span|img|strong|em|ul|ol|li|table|tr|td|h[1-6]|font|center|html|body|head|style|script)\b/iu;

function namesVariable(inside: string, cjk: boolean): boolean {
  const trimmed = inside.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_INSIDE) return false;
  if (cjk) return placeholderWords().cjk.some((word) => trimmed.includes(word));
  if (!NAME_LIKE().test(trimmed)) return false;
  const words = trimmed.toLowerCase().split(/[\s_.'’-]+/u).filter(Boolean);
  if (words.length > 4) return false;
  if (words.length === 1 && IDENTIFIER().test(trimmed) && SNAKE_OR_CAMEL().test(trimmed)) return true;
  // "[Buyer Name]", "{Name des Käufers}", "[your name]": a variable's words, nothing else.
  const known = placeholderWords().all;
  const hits = words.filter((word) => known.has(word)).length;
  return hits > 0 && hits >= words.length - 1;
}

export function findPlaceholders(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  let i = 0;
  const length = text.length;
  while (i < length && found.length < MAX_FINDINGS) {
    const c = text[i] as string;
    let matched = false;
    for (const [open, close] of DOUBLE) {
      if (!text.startsWith(open, i)) continue;
      const end = text.indexOf(close, i + open.length);
      if (end === -1 || end - i > MAX_INSIDE + open.length) break;
      const inside = text.slice(i + open.length, end);
      if (NAME_LIKE().test(inside.trim()) && !/[.!?]\s/u.test(inside)) {
        found.push({ start: i, end: end + close.length });
        i = end + close.length;
        matched = true;
      }
      break;
    }
    if (matched) continue;
    if (c === '%') {
      const m = PERCENT_VARIABLE().exec(text.slice(i, i + 34));
      if (m && (SNAKE_OR_CAMEL().test(m[1] as string) || placeholderWords().all.has((m[1] as string).toLowerCase()))) {
        found.push({ start: i, end: i + m[0].length });
        i += m[0].length;
        continue;
      }
    }
    for (const [open, close] of SINGLE) {
      if (c !== open) continue;
      const limit = Math.min(length, i + MAX_INSIDE + 2);
      let end = -1;
      for (let k = i + 1; k < limit; k++) {
        const ch = text[k];
        if (ch === close) {
          end = k;
          break;
        }
        if (ch === open || ch === '\n') break;
      }
      if (end === -1) break;
      const inside = text.slice(i + 1, end);
      if (open === '<' && HTML_TAG.test(inside)) break;
      // Guillemets are also French quotation marks: only a merge field's single token counts there.
      const variable =
        open === '«'
          ? IDENTIFIER().test(inside.trim()) && (SNAKE_OR_CAMEL().test(inside.trim()) || placeholderWords().all.has(inside.trim().toLowerCase()))
          : namesVariable(inside, open === '【' || open === '［' || open === '｛' || open === '〔' || /[\u3040-\u9fff]/u.test(inside));
      if (variable) {
        found.push({ start: i, end: end + 1 });
        i = end + 1;
        matched = true;
      }
      break;
    }
    if (!matched) i++;
  }
  return found;
}

type PlaceholderKind = keyof PlaceholderValues;
const KIND_ORDER: readonly (PlaceholderKind | 'other')[] = ['other', 'sellerName', 'orderId', 'buyerName'];
let kindWords: Map<PlaceholderKind | 'other', string[]> | undefined;

const EDGE_SYMBOLS = lazyRegex(String.raw`^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$`, 'gu');
const CAMEL_JOIN = lazyRegex(String.raw`(\p{Ll})(\p{Lu})`, 'gu');

/**
 * Which value of the page a variable stands for ("{order_id}": the order ID), from its words in
 * any language, or undefined. "buyerName" splits into "buyer name"; CJK words are found inside.
 */

export function placeholderKind(placeholder: string): PlaceholderKind | undefined {
  const inside = placeholder
    .replace(EDGE_SYMBOLS(), '')
    .replace(CAMEL_JOIN(), '$1 $2')
    .toLowerCase();
  const words = inside.split(/[\s_.-]+/u).filter(Boolean);
  const spaced = words.join(' ');
  for (const kind of KIND_ORDER) {
    kindWords ??= new Map(KIND_ORDER.map((k) => [k, [...new Set(LANGUAGE_SIGNS.flatMap((book) => book.placeholderKinds[k]))]]));
    for (const word of kindWords.get(kind) as string[]) {
      if (/[\u3040-\u9fff]/u.test(word) ? inside.includes(word) : word.includes(' ') ? spaced.includes(word) : words.includes(word)) {
        return kind === 'other' ? undefined : kind;
      }
    }
  }
  return undefined;
}

export function checkPlaceholders(where: FieldText): Finding[] {
  const text = where.text;
  if (!/[{[<%【［｛〔«*]/u.test(text)) return [];
  return findPlaceholders(text).map(({ start, end }) =>
    makeFinding('placeholder', where, start, end, 'placeholder', { actual: text.slice(start, end) }),
  );
}
