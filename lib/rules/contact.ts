/**
 * Email addresses and phone numbers (G1701: messages may not contain them). Messenger wording
 * ("add us on WhatsApp") is phrase data, see phrase-rules.ts. Both scans are linear: an email is
 * grown outwards from each "@" with bounded lengths; phone candidates come from one regex whose
 * repetition is bounded, then code decides, because dates, prices, order IDs, tracking numbers
 * and measurements look like phone numbers to any regex.
 */
import { lazyRegex } from './lazy-regex.ts';
import { makeFinding, removalRange, type FieldText } from './finding.ts';
import type { LabelKey } from './messages/types.ts';
import { findLinks } from './links.ts';
import { isWordCode, type TextFacts } from './scan.ts';
import type { Finding } from './types.ts';

const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;

function isLocalCode(c: number): boolean {
  if (c < 128) {
    return (
      (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ||
      c === 46 || c === 95 || c === 37 || c === 43 || c === 45
    );
  }
  return isWordCode(c) && c < 0x3000;
}

function isDomainCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 45;
  return isWordCode(c) && c < 0x3000;
}

export interface EmailSpan {
  start: number;
  end: number;
  domain: string;
}

/** Letters only, two or more: "com", "de", "co.jp"'s "jp" (no regex per "@": a megabyte of "a@b." stays cheap). */
function isTopLevelDomain(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 128 && isWordCode(c));
    if (!letter) return false;
  }
  return to - from >= 2;
}

export function findEmails(text: string): EmailSpan[] {
  const emails: EmailSpan[] = [];
  let at = text.indexOf('@');
  let lastEnd = 0;
  while (at !== -1) {
    let start = at;
    while (start > lastEnd && at - start < MAX_LOCAL && isLocalCode(text.charCodeAt(start - 1))) start--;
    while (start < at && text.charCodeAt(start) === 46) start++; // a sentence's full stop is not part of it
    if (start === at) {
      at = text.indexOf('@', at + 1);
      continue;
    }
    let end = at + 1;
    while (end < text.length && end - at <= MAX_DOMAIN && isDomainCode(text.charCodeAt(end))) end++;
    while (end > at + 1 && (text.charCodeAt(end - 1) === 46 || text.charCodeAt(end - 1) === 45)) end--;
    // The last dot of this domain only: an unbounded lastIndexOf would scan back through the
    // whole text at every "@" ("a@a@a@…" would turn quadratic).
    let lastDot = -1;
    for (let i = end - 1; i > at + 1; i--) {
      if (text.charCodeAt(i) === 46) {
        lastDot = i;
        break;
      }
    }
    if (lastDot > at + 1 && end - lastDot > 2 && isTopLevelDomain(text, lastDot + 1, end)) {
      const domain = text.slice(at + 1, end);
      emails.push({ start, end, domain });
      lastEnd = end;
      if (emails.length >= 100) break;
    }
    at = text.indexOf('@', Math.max(at + 1, lastEnd));
  }
  return emails;
}

/**
 * Digit groups that may be a phone number: optional "+" or "00", then digits, spaces, dots,
 * dashes, slashes and brackets, bounded. Not after a Latin letter or a digit (ASINs, VAT numbers),
 * nor after "digit-" or "letter-" (the tail of a longer number, "RE-2026-04417"); Japanese runs words straight into numbers.
 *
 * That was one regex,
 * /(?<![\p{Script=Latin}\p{N}])(?<!\p{N}[-./])(?<!\p{Script=Latin}[-/])(?:\+|\b00)?[ ]?\(?D[D \u00a0()./-]{4,22}D(?!\p{N})/gu
 * (D: a digit, Arabic-Indic ones included). Compiling it cost a first lint over a millisecond, and
 * every space of the text was a place it tried, so it is matched in code now, in the regex's own
 * order: PHONE_CORE (a plain regex, no `u`) finds the next run of digits, then the few places
 * before it where a match may start are tried one by one.
 */
const PHONE_CORE = /[\d\u0660-\u0669\u06f0-\u06f9][\d\u0660-\u0669\u06f0-\u06f9 \u00a0()./-]{4,22}[\d\u0660-\u0669\u06f0-\u06f9]/g;
/** The prefix ("+", "00"), a space and a bracket come before a match's first digit. */
const MAX_PREFIX = 4;
const MIN_INNER = 4;
const MAX_INNER = 22;

function isDigitCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
}

/** A digit, or what may stand between the digits of a number: [\d … \u00a0()./-]. */
function isInnerCode(c: number): boolean {
  return isDigitCode(c) || c === 32 || c === 0xa0 || c === 40 || c === 41 || c === 46 || c === 47 || c === 45;
}

const LATIN = 1;
const NUMBER = 2;
/** Per BMP code point: 1 + LATIN and NUMBER bits; 0 not looked up yet. ASCII is filled now. */
const NEIGHBOUR = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) NEIGHBOUR[c] = 1 + ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? LATIN : 0) + (c >= 48 && c <= 57 ? NUMBER : 0);
/** Made when a number stands next to a character outside ASCII. */
let latinTest: RegExp | undefined;
let numberTest: RegExp | undefined;

/** \p{Script=Latin} (LATIN) and \p{N} (NUMBER) of a code point. */
function neighbourKind(cp: number): number {
  const cached = cp < 0x10000 ? (NEIGHBOUR[cp] as number) : 0;
  if (cached !== 0) return cached - 1;
  const ch = String.fromCodePoint(cp);
  // From strings, on first use: see lazy-regex.ts.
  latinTest ??= new RegExp(String.raw`\p{Script=Latin}`, 'u');
  numberTest ??= new RegExp(String.raw`\p{N}`, 'u');
  const kind = (latinTest.test(ch) ? LATIN : 0) + (numberTest.test(ch) ? NUMBER : 0);
  if (cp < 0x10000) NEIGHBOUR[cp] = kind + 1;
  return kind;
}

/** The code point that ends right before `at`, a surrogate pair read as one (as a `u` lookbehind reads it). */
function codePointBefore(text: string, at: number): number {
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/** Whether a \p{N} code point starts at `at` (the lookahead at a match's end). */
function isNumberAt(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const cp = text.codePointAt(at) as number;
  return (neighbourKind(cp) & NUMBER) !== 0;
}

/** The three lookbehinds: not after a Latin letter or a number, nor after "number-" or "letter-". */
function mayStartPhone(text: string, at: number): boolean {
  if (at === 0) return true;
  if ((neighbourKind(codePointBefore(text, at)) & (LATIN | NUMBER)) !== 0) return false;
  const mark = text.charCodeAt(at - 1);
  if ((mark !== 45 && mark !== 46 && mark !== 47) || at < 2) return true;
  const before = neighbourKind(codePointBefore(text, at - 1));
  if ((before & NUMBER) !== 0) return false;
  return !((before & LATIN) !== 0 && mark !== 46);
}

/** The end of a match whose first digit is at `first` (digit, 4 to 22 inner characters, digit, no number after), or -1. */
function numberEnd(text: string, first: number): number {
  if (!isDigitCode(text.charCodeAt(first))) return -1;
  let run = 0;
  while (run <= MAX_INNER && isInnerCode(text.charCodeAt(first + 1 + run))) run++;
  // Greedy, as the regex: the longest inner part whose next character is a digit that ends it.
  for (let inner = Math.min(MAX_INNER, run - 1); inner >= MIN_INNER; inner--) {
    const last = first + 1 + inner;
    if (isDigitCode(text.charCodeAt(last)) && !isNumberAt(text, last + 1)) return last + 1;
  }
  return -1;
}

/** \b before "00": not after an ASCII word character. */
function atWordStart(text: string, at: number): boolean {
  if (at === 0) return true;
  const c = text.charCodeAt(at - 1);
  return !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95);
}

/** The end of a phone candidate starting at `at`, or -1: the regex's alternatives in its order. */
function phoneAt(text: string, at: number): number {
  if (!mayStartPhone(text, at)) return -1;
  const c = text.charCodeAt(at);
  // (?:\+|\b00)? tries the prefix first, then none.
  const withPrefix = c === 43 ? at + 1 : c === 48 && text.charCodeAt(at + 1) === 48 && atWordStart(text, at) ? at + 2 : -1;
  for (let option = withPrefix === -1 ? 1 : 0; option < 2; option++) {
    const afterPrefix = option === 0 ? withPrefix : at;
    // [ ]? and \(? take their character when there is one, else nothing.
    const spaced = text.charCodeAt(afterPrefix) === 32;
    for (let space = spaced ? 1 : 0; space >= 0; space--) {
      const afterSpace = afterPrefix + space;
      const bracketed = text.charCodeAt(afterSpace) === 40;
      for (let bracket = bracketed ? 1 : 0; bracket >= 0; bracket--) {
        const end = numberEnd(text, afterSpace + bracket);
        if (end !== -1) return end;
      }
    }
  }
  return -1;
}

/**
 * The next phone candidate at or after `from`, as the regex's global search finds it. A match
 * has its first digit at most MAX_PREFIX characters after its start, and a run PHONE_CORE
 * matches starts there: so before the first such run no match starts, and only the places up
 * to MAX_PREFIX before it need trying.
 */
export function nextPhoneCandidate(text: string, from: number): [number, number] | undefined {
  let at = from;
  for (;;) {
    PHONE_CORE.lastIndex = at;
    const core = PHONE_CORE.exec(text);
    if (!core) return undefined;
    for (let start = Math.max(at, core.index - MAX_PREFIX); start <= core.index; start++) {
      const end = phoneAt(text, start);
      if (end !== -1) return [start, end];
    }
    // The rest of this run of digits follows a digit (\p{N}): no match starts there.
    at = core.index + 1;
    while (at < text.length && isDigitCode(text.charCodeAt(at))) at++;
  }
}

/**
 * A text this long is a pasted document, not a message (2,000 characters at most): there the one
 * regex, which tries every place in native code, is faster than the code above (a megabyte of
 * "555-123-4567 " gives it tens of thousands of candidates), and its compile no longer counts.
 */
const LONG_TEXT = 20_000;
let phoneCandidate: RegExp | undefined;

/** The same candidates as nextPhoneCandidate, found by the regex it replaces for messages. */
export function nextPhoneCandidateByRegex(text: string, from: number): [number, number] | undefined {
  phoneCandidate ??=
    new RegExp(String.raw`(?<![\p{Script=Latin}\p{N}])(?<!\p{N}[-./])(?<!\p{Script=Latin}[-/])(?:\+|\b00)?[ ]?\(?[\d\u0660-\u0669\u06f0-\u06f9][\d\u0660-\u0669\u06f0-\u06f9 \u00a0()./-]{4,22}[\d\u0660-\u0669\u06f0-\u06f9](?!\p{N})`, 'gu');
  phoneCandidate.lastIndex = from;
  const m = phoneCandidate.exec(text);
  return m ? [m.index, m.index + m[0].length] : undefined;
}

const ORDER_ID = /^\d{3}-\d{7}-\d{7}$/;
const DATE = /^(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4})(?:\s|$)/;
const US_SHAPE = /^(?:\+?1[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}$/;
const GROUPED = /^\(?\d{2,5}\)?(?:[ \u00a0./-]\(?\d{2,5}\)?){1,4}$/;

/** Words just before a number that say it is a phone number. */
const PHONE_WORDS = lazyRegex(String.raw`(?:phone|tel|telephone|call|mobile|cell|fax|whatsapp|handy|telefon|rufnummer|anrufen|téléphone|portable|appelez|teléfono|móvil|llámenos|telefono|cellulare|chiamare|celular|telemóvel|telemovel|ligue|ligar|central|sac|contactar|contatar|contacte|contate|電話|携帯|ＴＥＬ|هاتف|جوال|موبايل|تلفون|تليفون|اتصل|اتصال|واتساب|واتس|للتواصل|gsm|mobiel|mobil|komórk|komork|dzwoń|dzwon|infolini|numaram|(?<!\p{L})(?:bel|belt|bellen|ring|ringa|ringer|sms|ara|arayın|arayin|cep)(?!\p{L}))[^\d\n]{0,12}$`, 'iu');
/**
 * Words just before a number that say it is something else: orders, parcels, invoices, items
 * (Polish NIP and REGON, Turkish vergi no). "No." only with its dot: a bare "no" is Portuguese
 * for "at the" ("chama no (11) 98481-3227") and Spanish and Italian for "not".
 */
const OTHER_NUMBER_WORDS =
  /(?:track|tracking|sendung|paket|suivi|colis|seguimiento|envío|spedizione|tracciamento|追跡|伝票|お問い合わせ番号|order|bestell|auftrag|commande|pedido|ordine|注文|invoice|rechnung|facture|factura|fattura|asin|ean|isbn|upc|gtin|sku|iban|bic|ref|referen|référence|riferimento|artikel|article|articolo|art\.|item|serial|serie|série|seriennummer|sn|s\/n|lot|charge|plz|postcode|zip|code|kunden|customer|client|nr\.?|no\.|n°|#|vat|ust|mwst|tva|iva|tax|steuer|siret|siren|registration|registrier|登録番号|تتبع|شحن|طلب|فاتور|ضريبي|تسجيل|سجل|بريدي|حساب|[إا]يبان|آيبان|تسلسلي|موديل|factuur|faktura|kvitto|pakket|zending|kolli|försändelse|spårning|klantnummer|kundnummer|kvk|btw|moms|organisationsnummer|org\.?nr|bankgiro|plusgiro|rekening|konto|nip|regon|krs|pesel|przesyłk|zamówieni|zamowieni|paragon|seryjn|nadania|śledzenia|sledzenia|kod|vergi|fatura|sipari[şs]|takip|kargo|seri|vkn|tckn|mersis|cpf|cnpj|nota fiscal|nf-?e|inscri[çc][ãa]o)[^\d\n]{0,12}$/iu;
/** A VAT number's country prefix: "GB 284 1937 55", "DE 123456789". */
const VAT_PREFIX = lazyRegex(String.raw`(?:^|[^\p{L}])(?:GB|DE|FR|IT|ES|NL|BE|AT|PL|SE|IE|LU|CZ|PT|DK|FI)\s?$`, 'u');
const UNIT_AFTER = /^\s?(?:€|eur|euro|\$|usd|£|gbp|¥|円|cm|mm|m\b|km|kg|g\b|mg|ml|l\b|x|×|in\b|inch|ft|w\b|v\b|mah|%|pcs|stück|pz)/iu;
const CURRENCY_BEFORE = /[€$£¥]\s?$/u;
const BRAZILIAN_CEP = /^\d{5}-?\d{3}$/;
const CEP_BEFORE = /(?:^|[^a-zà-ÿ])cep[\s.:º°-]{0,4}$/i;

function looksLikePhone(candidate: string, before: string, after: string): boolean {
  const digits = candidate.replace(/\D/g, '').length;
  if (digits < 7 || digits > 15) return false;
  const trimmed = candidate.trim();
  if (ORDER_ID.test(trimmed) || DATE.test(trimmed)) return false;
  if (CURRENCY_BEFORE.test(before) || UNIT_AFTER.test(after) || VAT_PREFIX().test(before)) return false;
  // A Brazilian postcode (CEP 01310-100): "cep" is also Turkish for a mobile, but no phone number has that shape.
  if (BRAZILIAN_CEP.test(trimmed) && CEP_BEFORE.test(before)) return false;
  if (PHONE_WORDS().test(before)) return true;
  if (OTHER_NUMBER_WORDS.test(before)) return false;
  if (trimmed.startsWith('+') || trimmed.startsWith('00')) return digits >= 8;
  if (US_SHAPE.test(trimmed)) return true;
  // National formats of the European and Japanese marketplaces start with the trunk prefix 0.
  if (/^\(?0/.test(trimmed)) return digits >= 9 && digits <= 13;
  // Spanish and Italian numbers have no trunk prefix: 612 345 678, 347 123 4567.
  return GROUPED.test(trimmed) && digits >= 9 && digits <= 12;
}

/** Arabic-Indic digits (٠–٩, and the Persian ۰–۹), which sellers on amazon.ae, .sa and .eg type (no `u`: one code unit each). */
const ARABIC_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/;

/** Arabic-Indic digits as 0–9 (of a candidate and its few neighbours, never the whole text). */
function westernDigits(text: string): string {
  if (!ARABIC_DIGITS.test(text)) return text;
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String.fromCharCode(48 + ((d.charCodeAt(0) - 0x0660) % 0x90)));
}

export function findPhones(text: string): { start: number; end: number }[] {
  const phones: { start: number; end: number }[] = [];
  const next = text.length > LONG_TEXT ? nextPhoneCandidateByRegex : nextPhoneCandidate;
  for (let found = next(text, 0); found; found = next(text, found[1])) {
    let start = found[0];
    let candidate = text.slice(start, found[1]);
    while (candidate.startsWith(' ')) {
      candidate = candidate.slice(1);
      start++;
    }
    const end = start + candidate.length;
    let digits = 0;
    for (let i = 0; i < candidate.length; i++) {
      const c = candidate.charCodeAt(i);
      if ((c >= 48 && c <= 57) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9)) digits++;
    }
    if (digits < 7 || digits > 15) continue;
    const before = text.slice(Math.max(0, start - 30), start);
    const after = text.slice(end, end + 6);
    if (looksLikePhone(westernDigits(candidate), westernDigits(before), westernDigits(after))) {
      phones.push({ start, end });
      if (phones.length >= 100) break;
    }
  }
  return phones;
}

export function checkContacts(where: FieldText, profile: TextFacts): Finding[] {
  const text = where.text;
  const findings: Finding[] = [];
  const removal = (label: LabelKey) => [{ label, replacement: '' }];
  if (profile.hasAt) {
    for (const email of findEmails(text)) {
      const address = text.slice(email.start, email.end);
      const anonymised = /(?:^|\.)marketplace\.amazon\./i.test(email.domain);
      const [start, end] = removalRange(text, email.start, email.end);
      findings.push(
        makeFinding('email-address', where, start, end, anonymised ? 'anonymised' : 'address', { actual: address }, removal('removeEmail')),
      );
    }
  }
  if (profile.digitCount >= 7 || ARABIC_DIGITS.test(text)) {
    // Digits inside a link are its path or query (a tracking number), not a phone number.
    const links = profile.hasScheme || profile.hasDottedWord ? findLinks(text) : [];
    for (const phone of findPhones(text)) {
      if (links.some((link) => link.start <= phone.start && phone.end <= link.end)) continue;
      const number = text.slice(phone.start, phone.end);
      const [start, end] = removalRange(text, phone.start, phone.end);
      findings.push(
        makeFinding(
          'phone-number',
          where,
          start,
          end,
          'number',
          { actual: number },
          removal('removePhone'),
        ),
      );
    }
  }
  return findings;
}
