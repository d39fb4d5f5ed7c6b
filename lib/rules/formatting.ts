/**
 * Styling and markup. Amazon's styling rules (quoted from its 2020 guidelines): no emojis, no more
 * than two line breaks in a row, no overriding of fonts or colours; and the form is plain text, so
 * HTML (links, images, tracking pixels) gets the message blocked (JP G1701).
 */
import { lazyRegex } from './lazy-regex.ts';
import { makeFinding, removalRange, type FieldText } from './finding.ts';
import { capitalRunAt, caseOf, LOWER, NOT_WORD, OTHER_LETTER, UPPER } from './letters.ts';
import type { TextFacts } from './scan.ts';
import type { Finding } from './types.ts';

const LIMIT = 100;

/**
 * A run of emojis (adjacent, or separated by single spaces: "🎉 🎁"), matched in one go. An emoji
 * is: a keycap (1️⃣); a pictograph of the supplementary planes (😊, flags as two regional
 * indicators); a character shown as emoji by default (☕ ✅ ⭐); or any pictograph followed by
 * the emoji variation selector U+FE0F (❤️). © ® ™ ‼ ↔ ✔ ♥ ★ without U+FE0F are pictographic too,
 * but shown as plain text: those stay allowed. Each part is bounded, so the regex is linear.
 */
const EMOJI_BASE =
  '(?:[#*0-9]\\uFE0F?\\u20E3|(?:[\\u{1F000}-\\u{1FAFF}]|\\p{Emoji_Presentation}|\\p{Extended_Pictographic}\\uFE0F)(?!\\uFE0E)(?:\\uFE0F|[\\u{1F3FB}-\\u{1F3FF}])?(?:\\u200D\\p{Extended_Pictographic}(?:\\uFE0F|[\\u{1F3FB}-\\u{1F3FF}])?){0,10})';
const EMOJI_RUN = lazyRegex(`${EMOJI_BASE}(?: ?${EMOJI_BASE})*`, 'gu');

function checkEmoji(where: FieldText, findings: Finding[]): void {
  const text = where.text;
  EMOJI_RUN().lastIndex = 0;
  let count = 0;
  for (let m = EMOJI_RUN().exec(text); m && count < LIMIT; m = EMOJI_RUN().exec(text)) {
    const emoji = m[0];
    const [start, end] = removalRange(text, m.index, m.index + emoji.length);
    findings.push(
      makeFinding('emoji', where, start, end, 'emoji', { actual: emoji }, [{ label: 'removeEmoji', replacement: '' }]),
    );
    count++;
  }
}

const HTML_TAG =
  /<\/?(?:a|abbr|b|big|blockquote|body|br|center|code|div|em|font|h[1-6]|head|hr|html|i|iframe|img|li|link|meta|ol|p|pre|s|script|small|span|strike|strong|style|sub|sup|table|tbody|td|th|tr|u|ul)(?=[\s/>])[^<>]{0,1000}>/giu;
const HTML_ENTITY = /&(?:nbsp|amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9a-f]{1,6});/giu;
const HTML_COMMENT = /<!--[^]{0,2000}?-->/gu;

function checkHtml(where: FieldText, findings: Finding[]): void {
  const text = where.text;
  const found: { start: number; end: number; tag: string }[] = [];
  for (const re of [HTML_TAG, HTML_COMMENT, HTML_ENTITY]) {
    if (re !== HTML_ENTITY && text.indexOf('<') < 0) continue;
    if (re === HTML_ENTITY && text.indexOf('&') < 0) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m && found.length < LIMIT; m = re.exec(text)) {
      found.push({ start: m.index, end: m.index + m[0].length, tag: m[0] });
    }
  }
  found.sort((a, b) => a.start - b.start);
  let lastEnd = -1;
  for (const { start, end, tag } of found) {
    if (start < lastEnd) continue;
    lastEnd = end;
    const variant = /^<img/i.test(tag) ? 'image' : 'tag';
    findings.push(makeFinding('html-markup', where, start, end, variant, { actual: tag }, [{ label: 'removeHtml', replacement: '' }]));
  }
}

const MARKDOWN_IMAGE = /!\[[^\]\n]{0,200}\]\([^)\s]{1,2000}\)/gu;

function checkMarkdownImage(where: FieldText, findings: Finding[]): void {
  const text = where.text;
  if (text.indexOf('![') < 0) return;
  MARKDOWN_IMAGE.lastIndex = 0;
  for (let m = MARKDOWN_IMAGE.exec(text); m; m = MARKDOWN_IMAGE.exec(text)) {
    findings.push(
      makeFinding('image', where, m.index, m.index + m[0].length, 'markdown', { actual: m[0] }, [{ label: 'removeImage', replacement: '' }]),
    );
  }
}

/** What a blank-looking line may hold besides its line break: [ \t\u00a0\u3000]. */
function isLineBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x3000;
}

/**
 * Three or more line breaks in a row, blank-looking lines (spaces only) included: what
 * /\r?\n(?:[ \t\u00a0\u3000]*\r?\n){2,}/g matched, found by jumping from one line break to the
 * next (indexOf is native code; a text has a few dozen line breaks, and most are followed by text).
 * Each run is the line breaks joined by blank lines, from the first (with its "\r") to the last.
 */
function checkLineBreaks(where: FieldText, findings: Finding[]): void {
  const text = where.text;
  const length = text.length;
  let first = text.indexOf('\n');
  while (first !== -1 && findings.length < LIMIT * 4) {
    let last = first;
    let breaks = 1;
    for (;;) {
      let i = last + 1;
      while (i < length && isLineBlank(text.charCodeAt(i))) i++;
      if (text.charCodeAt(i) === 13) i++;
      if (text.charCodeAt(i) !== 10) break;
      last = i;
      breaks++;
    }
    if (breaks >= 3) {
      const crlf = first > 0 && text.charCodeAt(first - 1) === 13;
      const start = crlf ? first - 1 : first;
      const newline = crlf ? '\r\n' : '\n';
      findings.push(
        makeFinding('line-breaks', where, start, last + 1, breaks >= 100 ? 'many' : 'count', { count: Math.min(breaks, 100) }, [
          { label: 'keepOneEmptyLine', replacement: newline + newline },
        ]),
      );
    }
    first = text.indexOf('\n', last + 1);
  }
}

/** Words and numbers, with inner hyphens and apostrophes ("USB-C", "DON'T"). */
const TOKEN = lazyRegex(String.raw`[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*`, 'gu');
/** Acronyms kept in capitals when suggesting normal case. */
const ACRONYMS = new Set(['UPS', 'DHL', 'DPD', 'GLS', 'TNT', 'USPS', 'FBA', 'FBM', 'ASIN', 'EAN', 'SKU', 'USB', 'LED', 'EU', 'UK', 'USA', 'US', 'PDF', 'ID', 'TV', 'PC', 'GPS', 'OK', 'XL', 'XXL', 'I', 'MWST', 'VAT', 'DIY']);
/** Four capitalised words in a row with 12 letters are shouting ("PLEASE READ THIS NOW")... */
const SHOUT_MIN_WORDS = 4;
const SHOUT_MIN_LETTERS = 12;
/** ...if one has five letters or more: "UPS, DHL, GLS OR DPD" is a list of acronyms. */
const SHOUT_MIN_LONGEST = 5;
/** One capitalised word this long is shouting on its own ("CONGRATULATIONS"). */
const SHOUT_LONG_WORD = 12;
/** Where a run of capitals may start: a word with five capitals in a row. */
const SHOUT_SEED_CAPITALS = 5;

function isJoiner(c: number): boolean {
  return c === 45 || c === 39 || c === 0x2019;
}
function isTokenCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (caseOf(c) !== NOT_WORD) return true;
  // "USB-C", "DON'T": a joiner between two word characters belongs to the word.
  return isJoiner(c) && i > 0 && caseOf(text.charCodeAt(i - 1)) !== NOT_WORD && caseOf(text.charCodeAt(i + 1)) !== NOT_WORD;
}

type TokenKind = 'caps' | 'lower' | 'neutral';
interface Token {
  start: number;
  end: number;
  kind: TokenKind;
  letters: number;
  hasDigit: boolean;
}

function tokenAt(text: string, start: number, end: number): Token {
  let letters = 0;
  let upper = 0;
  let lower = false;
  let hasDigit = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) hasDigit = true;
    const kind = caseOf(c);
    if (kind === UPPER) {
      upper++;
      letters++;
    } else if (kind === LOWER) {
      lower = true;
      letters++;
    } else if (kind === OTHER_LETTER) letters++;
  }
  // Numbers ("112-1234567-1234567") and single capitals ("I", "A") neither make nor end a run.
  const kind: TokenKind = lower ? 'lower' : upper >= 2 && letters >= 2 ? 'caps' : 'neutral';
  return { start, end, kind, letters, hasDigit };
}

/** The gap between two words may not be a paragraph break or a long stretch of symbols. */
const MAX_GAP = 10;
/** A shouted run is reported in pieces of about this many characters (bounds the work). */
const MAX_RUN = 400;

function gapIsJoinable(text: string, from: number, to: number): boolean {
  if (to - from > MAX_GAP) return false;
  let newlines = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10 && ++newlines >= 2) return false;
  return true;
}

const FIRST_LETTER = lazyRegex(String.raw`\p{L}`, 'u');

function sentenceCase(run: string): string {
  const lowered = run.replace(TOKEN(), (word) => (ACRONYMS.has(word) ? word : word.toLowerCase()));
  return lowered.replace(FIRST_LETTER(), (first) => first.toUpperCase());
}

function checkShouting(where: FieldText, profile: TextFacts, findings: Finding[]): void {
  // Every shouted run has a word with five capitals in a row; most texts have none.
  if (profile.longestUpperRun < SHOUT_MIN_LONGEST) return;
  const text = where.text;
  let examined = 0;
  let count = 0;
  while (count < LIMIT) {
    const seed = capitalRunAt(text, examined, SHOUT_SEED_CAPITALS);
    if (!seed) break;
    let s = seed[0];
    while (s > examined && isTokenCode(text, s - 1)) s--;
    let e = seed[1];
    while (e < text.length && isTokenCode(text, e)) e++;
    const first = tokenAt(text, s, e);
    let runStart = first.kind === 'caps' ? s : -1;
    let runEnd = e;
    let words = first.kind === 'caps' ? 1 : 0;
    let letters = first.kind === 'caps' ? first.letters : 0;
    let longest = first.kind === 'caps' ? first.letters : 0;
    let numbers = first.hasDigit ? 1 : 0;
    if (first.kind === 'caps') {
      // Extend to the left, never into text already examined: the scan stays linear.
      let pos = s;
      for (;;) {
        let pe = pos;
        while (pe > examined && !isTokenCode(text, pe - 1) && pos - pe <= MAX_GAP) pe--;
        if (pe <= examined || pe === pos || !gapIsJoinable(text, pe, pos)) break;
        let ps = pe;
        while (ps > examined && isTokenCode(text, ps - 1)) ps--;
        const token = tokenAt(text, ps, pe);
        if (token.kind === 'lower') break;
        if (token.hasDigit) numbers++;
        if (token.kind === 'caps') {
          runStart = ps;
          words++;
          letters += token.letters;
          longest = Math.max(longest, token.letters);
        }
        pos = ps;
      }
      // And to the right, up to MAX_RUN characters: a longer run is reported in pieces.
      pos = e;
      while (runEnd - runStart < MAX_RUN) {
        let ns = pos;
        while (ns < text.length && !isTokenCode(text, ns) && ns - pos <= MAX_GAP) ns++;
        if (ns >= text.length || ns === pos || !gapIsJoinable(text, pos, ns)) break;
        let ne = ns;
        while (ne < text.length && isTokenCode(text, ne)) ne++;
        const token = tokenAt(text, ns, ne);
        if (token.kind === 'lower') break;
        if (token.hasDigit) numbers++;
        if (token.kind === 'caps') {
          runEnd = ne;
          words++;
          letters += token.letters;
          longest = Math.max(longest, token.letters);
        }
        pos = ne;
      }
    }
    examined = Math.max(runEnd, e);
    // Capitals with several numbers are a quoted address or label ("FLAT 3B, 27 HIGH STREET"), not shouting.
    const shouting =
      runStart >= 0 &&
      numbers < 2 &&
      ((words >= SHOUT_MIN_WORDS && letters >= SHOUT_MIN_LETTERS && longest >= SHOUT_MIN_LONGEST) || longest >= SHOUT_LONG_WORD);
    if (!shouting) continue;
    const run = text.slice(runStart, runEnd);
    findings.push(
      makeFinding('shouting', where, runStart, runEnd, 'capitals', { actual: run }, [
        { label: 'normalCase', replacement: sentenceCase(run) },
      ]),
    );
    count++;
  }
}

/**
 * Three marks in a row start a run of repeated punctuation, which then goes on while the marks
 * do: the run /[!?！？]{3,}/ matched, with a simpler regex (no `u`: each mark is one code unit).
 */
const THREE_MARKS = /[!?！？]{3}/g;

function isMark(c: number): boolean {
  return c === 33 || c === 63 || c === 0xff01 || c === 0xff1f;
}

function checkRepeatedPunctuation(where: FieldText, findings: Finding[]): void {
  const text = where.text;
  THREE_MARKS.lastIndex = 0;
  let count = 0;
  while (count < LIMIT && THREE_MARKS.test(text)) {
    let end = THREE_MARKS.lastIndex;
    const start = end - 3;
    while (end < text.length && isMark(text.charCodeAt(end))) end++;
    THREE_MARKS.lastIndex = end;
    const marks = text.slice(start, end);
    const question = marks.includes('?') || marks.includes('？');
    const fullWidth = marks[0] === '！' || marks[0] === '？';
    const one = question ? (fullWidth ? '？' : '?') : fullWidth ? '！' : '!';
    findings.push(
      makeFinding('repeated-punctuation', where, start, end, 'marks', { actual: marks }, [
        { label: 'useOneMark', params: { mark: one }, replacement: one },
      ]),
    );
    count++;
  }
}

export function checkFormatting(where: FieldText, profile: TextFacts): Finding[] {
  const findings: Finding[] = [];
  // Keycaps (1️⃣) start with a digit but always carry U+FE0F or U+20E3, which the scan flags.
  if (profile.hasEmojiCandidate) checkEmoji(where, findings);
  if (profile.hasAngleBracket || where.text.indexOf('&') >= 0) checkHtml(where, findings);
  checkMarkdownImage(where, findings);
  if (where.text.indexOf('\n') >= 0) checkLineBreaks(where, findings);
  checkShouting(where, profile, findings);
  checkRepeatedPunctuation(where, findings);
  return findings;
}
