/**
 * Adversarial inputs for the checker: long runs of the characters its patterns look for,
 * so that a pattern that backtracks or rescans shows up as time that grows faster than the
 * text. Each input is built on demand at any size (in UTF-16 code units).
 */
import { violatingMessage } from './messages.ts';

export const MB = 1 << 20;

export interface AdversarialInput {
  name: string;
  make(size: number): string;
  /** Which field gets the text (the other is short or absent). */
  field?: 'subject' | 'body';
  /** Also time it at 1/4 and 1/2 the size to check the growth is linear. */
  growth?: boolean;
}

/** `unit` repeated to exactly `size` code units, never ending inside a surrogate pair. */
export function fill(unit: string, size: number): string {
  let text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const last = text.charCodeAt(text.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) text = `${text.slice(0, -1)}x`;
  return text;
}

/** Deterministic letters with no spaces, like a very long made-up word. */
function randomLetters(size: number): string {
  let seed = 0x2545f491;
  const letters = new Array<string>(size);
  for (let i = 0; i < size; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    letters[i] = String.fromCharCode(97 + ((seed >>> 16) % 26));
  }
  return letters.join('');
}

const repeated = (name: string, unit: string, growth = false): AdversarialInput => ({
  name,
  make: (size) => fill(unit, size),
  growth,
});

const MIXED = 'Hello ご注文ありがとうございます 😀👍🏽 \u200fשלום עולם\u200e \u202eabc\u202c e\u0301\u0308 مرحبا ';

export const INPUTS: readonly AdversarialInput[] = [
  repeated("'a' x N", 'a', true),
  repeated("'!' x N", '!'),
  repeated("'[' x N", '[', true),
  repeated("'.' x N", '.'),
  repeated("'@' x N", '@'),
  repeated("'-' x N", '-'),
  repeated("'7' x N", '7'),
  repeated('digits 0123456789...', '0123456789'),
  repeated("'\\n' x N", '\n', true),
  repeated("' ' x N", ' '),
  repeated("'*' x N", '*'),
  { name: 'nested [[[...]]]', make: (size) => fill('[', size >> 1) + fill(']', size - (size >> 1)) },
  repeated('"[a](" repeated', '[a]('),
  repeated('"<a href=" repeated', '<a href="'),
  repeated('"http://a.b/" repeated', 'http://a.b/', true),
  repeated('"www." repeated', 'www.'),
  repeated('"a.b.c.d..." (a. repeated)', 'a.'),
  { name: 'one huge URL https://aaa...', make: (size) => `https://${fill('a', size - 8)}` },
  repeated('"a@b." repeated', 'a@b.', true),
  repeated('"a@" repeated', 'a@'),
  // A dot far behind many "@": the domain's last dot must be searched within the domain only.
  repeated('"x.y@" repeated', 'x.y@'),
  repeated('"a.b@c.de " repeated', 'a.b@c.de '),
  { name: 'huge local part aaa...@b.com', make: (size) => `${fill('a', size - 6)}@b.com` },
  repeated('phone-like "555-123-4567 "', '555-123-4567 '),
  repeated('order-id-like "123-1234567-1234567 "', '123-1234567-1234567 '),
  // Phone numbers in words (phrases/numbers.ts): every number word starts a try of up to 24 parts.
  repeated('number words "one two three " repeated', 'one two three '),
  repeated('Chinese digits 一二三…〇 repeated', '一二三四五六七八九〇'),
  // Refusals and reply subjects (phrases/refusals.ts): long gaps, tried at each "never" and "Re:".
  repeated('"we will never ask you to pay by PayPal, " repeated', 'we will never ask you to pay by PayPal, '),
  { name: 'long word, random letters', make: randomLetters },
  repeated('"FREE gift 5-star review " repeated', 'FREE gift 5-star review '),
  repeated('mixed scripts, emoji, RTL, combining', MIXED, true),
  repeated('Japanese, no spaces', 'ご注文ありがとうございます。'),
  repeated('emoji x N', '😀'),
  { name: 'one letter + N combining marks', make: (size) => `a${fill('\u0301', size - 1)}` },
  repeated('RTL mark x N', '\u200f'),
  repeated('realistic message repeated', `${violatingMessage()}\n\n`, true),
  { name: "subject: 'a' x N", make: (size) => fill('a', size), field: 'subject' },
];
