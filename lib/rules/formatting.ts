/**
 * Styling and markup. Amazon's styling rules (quoted from its 2020 guidelines): no emojis, no more
 * than two line breaks in a row, no overriding of fonts or colours; and the form is plain text, so
 * HTML (links, images, tracking pixels) gets the message blocked (JP G1701).
 */
import { makeFinding, removalRange, type FieldText } from './finding.ts';
import type { TextProfile } from './scan.ts';
import type { Finding } from './types.ts';

const LIMIT = 100;

/**
 * An emoji cluster: a flag (two regional indicators), a keycap, or a pictograph with its
 * variation selector, skin tone and zero-width-joined parts (each part bounded).
 */
const EMOJI =
  /[\u{1F1E6}-\u{1F1FF}]{2}|[#*0-9]\uFE0F?\u20E3|\p{Extended_Pictographic}[\uFE0E\uFE0F]?[\u{1F3FB}-\u{1F3FF}]?(?:\u200D\p{Extended_Pictographic}[\uFE0E\uFE0F]?[\u{1F3FB}-\u{1F3FF}]?){0,10}/gu;
const EMOJI_PRESENTATION = /^\p{Emoji_Presentation}/u;

/**
 * Is this cluster shown as an emoji? © ® ™ ‼ ↔ ✔ ♥ are pictographic characters too, but shown as
 * plain text unless followed by the emoji variation selector (U+FE0F): those stay allowed.
 */
function isEmoji(cluster: string): boolean {
  if (cluster.includes('\uFE0E')) return false;
  if (cluster.includes('\uFE0F') || cluster.includes('\u20E3') || cluster.includes('\u200D')) return true;
  const code = cluster.codePointAt(0) ?? 0;
  if (code >= 0x1f000) return true;
  return EMOJI_PRESENTATION.test(cluster);
}

function checkEmoji(where: FieldText, findings: Finding[]): void {
  const text = where.text;
  let runStart = -1;
  let runEnd = -1;
  let count = 0;
  const flush = () => {
    if (runStart < 0) return;
    const emoji = text.slice(runStart, runEnd);
    const [start, end] = removalRange(text, runStart, runEnd);
    findings.push(
      makeFinding('emoji', where, start, end, `Emoji "${emoji}": Amazon's styling rules allow no emojis.`, [
        { label: 'Remove the emoji', replacement: '' },
      ]),
    );
    count++;
  };
  EMOJI.lastIndex = 0;
  for (let m = EMOJI.exec(text); m; m = EMOJI.exec(text)) {
    if (!isEmoji(m[0])) continue;
    const end = m.index + m[0].length;
    // Adjacent emojis (also with a space between) are one finding: "🎉 🎁".
    if (runStart >= 0 && (m.index === runEnd || (m.index === runEnd + 1 && text[runEnd] === ' '))) {
      runEnd = end;
      continue;
    }
    flush();
    if (count >= LIMIT) return;
    runStart = m.index;
    runEnd = end;
  }
  flush();
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
    const isImage = /^<img/i.test(tag);
    const message = isImage
      ? `"${tag}" is an HTML image: the message form is plain text, and images or tracking pixels get the message blocked.`
      : `"${tag}" is HTML: the message form is plain text, and messages with HTML code are blocked.`;
    findings.push(makeFinding('html-markup', where, start, end, message, [{ label: 'Remove the HTML', replacement: '' }]));
  }
}

const MARKDOWN_IMAGE = /!\[[^\]\n]{0,200}\]\([^)\s]{1,2000}\)/gu;

function checkMarkdownImage(where: FieldText, findings: Finding[]): void {
  const text = where.text;
  if (text.indexOf('![') < 0) return;
  MARKDOWN_IMAGE.lastIndex = 0;
  for (let m = MARKDOWN_IMAGE.exec(text); m; m = MARKDOWN_IMAGE.exec(text)) {
    findings.push(
      makeFinding('image', where, m.index, m.index + m[0].length, `"${m[0]}" embeds an image: images of the product, logos with links and tracking pixels are not allowed.`, [
        { label: 'Remove the image', replacement: '' },
      ]),
    );
  }
}

/** Three or more line breaks in a row, blank-looking lines (spaces only) included. */
const LINE_BREAKS = /\r?\n(?:[ \t\u00a0\u3000]*\r?\n){2,}/gu;

function checkLineBreaks(where: FieldText, findings: Finding[]): void {
  const text = where.text;
  LINE_BREAKS.lastIndex = 0;
  for (let m = LINE_BREAKS.exec(text); m && findings.length < LIMIT * 4; m = LINE_BREAKS.exec(text)) {
    const breaks = m[0].split('\n').length - 1;
    const newline = m[0].startsWith('\r') ? '\r\n' : '\n';
    findings.push(
      makeFinding('line-breaks', where, m.index, m.index + m[0].length, `${breaks} line breaks in a row: Amazon's styling rules allow no more than two.`, [
        { label: 'Keep one empty line', replacement: newline + newline },
      ]),
    );
  }
}

/** Words and numbers, with inner hyphens and apostrophes ("USB-C", "DON'T"). */
const TOKEN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
/** Acronyms kept in capitals when suggesting normal case. */
const ACRONYMS = new Set(['UPS', 'DHL', 'DPD', 'GLS', 'TNT', 'USPS', 'FBA', 'FBM', 'ASIN', 'EAN', 'SKU', 'USB', 'LED', 'EU', 'UK', 'USA', 'US', 'PDF', 'ID', 'TV', 'PC', 'GPS', 'OK', 'XL', 'XXL', 'I', 'MWST', 'VAT', 'DIY']);
const SHOUT_MIN_WORDS = 4;
const SHOUT_MIN_LETTERS = 12;
/** One capitalised word this long is shouting on its own ("CONGRATULATIONS"). */
const SHOUT_LONG_WORD = 12;

function sentenceCase(run: string): string {
  const lowered = run.replace(TOKEN, (word) => (ACRONYMS.has(word) ? word : word.toLowerCase()));
  return lowered.replace(/\p{L}/u, (first) => first.toUpperCase());
}

function checkShouting(where: FieldText, profile: TextProfile, findings: Finding[]): void {
  // Every shouted run has a capitalised word of five letters or more; most texts have none.
  if (profile.longestUpperRun < 5) return;
  const text = where.text;
  let runStart = -1;
  let runEnd = -1;
  let words = 0;
  let letters = 0;
  let longest = 0;
  const flush = () => {
    const shouting = (words >= SHOUT_MIN_WORDS && letters >= SHOUT_MIN_LETTERS && longest >= 5) || longest >= SHOUT_LONG_WORD;
    if (runStart >= 0 && shouting) {
      const run = text.slice(runStart, runEnd);
      findings.push(
        makeFinding('shouting', where, runStart, runEnd, `"${run}" is written in capitals, which reads as shouting.`, [
          { label: 'Write it in normal case', replacement: sentenceCase(run) },
        ]),
      );
    }
    runStart = -1;
    words = 0;
    letters = 0;
    longest = 0;
  };
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m && findings.length < LIMIT * 5; m = TOKEN.exec(text)) {
    const word = m[0];
    const upper = word.toUpperCase();
    const hasLower = word !== upper;
    const letterCount = word.replace(/[^\p{L}]/gu, '').length;
    const isCaps = !hasLower && letterCount >= 2 && word !== word.toLowerCase();
    if (isCaps) {
      if (runStart < 0) runStart = m.index;
      runEnd = m.index + word.length;
      words++;
      letters += letterCount;
      longest = Math.max(longest, letterCount);
    } else if (hasLower || letterCount > 0) {
      flush(); // a lower-case word ends the run; numbers ("112-1234567-1234567") do not
    }
  }
  flush();
}

const REPEATED_MARKS = /[!?！？]{3,}/gu;

function checkRepeatedPunctuation(where: FieldText, findings: Finding[]): void {
  const text = where.text;
  REPEATED_MARKS.lastIndex = 0;
  let count = 0;
  for (let m = REPEATED_MARKS.exec(text); m && count < LIMIT; m = REPEATED_MARKS.exec(text)) {
    const marks = m[0];
    const question = /[?？]/u.test(marks);
    const fullWidth = /[！？]/u.test(marks[0] ?? '');
    const one = question ? (fullWidth ? '？' : '?') : fullWidth ? '！' : '!';
    findings.push(
      makeFinding('repeated-punctuation', where, m.index, m.index + marks.length, `"${marks}": runs of exclamation or question marks read as pressure; one is enough.`, [
        { label: `Use one "${one}"`, replacement: one },
      ]),
    );
    count++;
  }
}

export function checkFormatting(where: FieldText, profile: TextProfile): Finding[] {
  const findings: Finding[] = [];
  checkEmoji(where, findings);
  if (profile.hasAngleBracket || where.text.indexOf('&') >= 0) checkHtml(where, findings);
  checkMarkdownImage(where, findings);
  if (where.text.indexOf('\n') >= 0) checkLineBreaks(where, findings);
  checkShouting(where, profile, findings);
  checkRepeatedPunctuation(where, findings);
  return findings;
}
