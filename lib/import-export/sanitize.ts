/**
 * Plain-text cleaning for text that comes from outside the extension (an imported file).
 * Templates are plain text: markup is removed, never rendered. DOMPurify parses the text in an
 * inert document and keeps only its text; what is left that still looks like a tag (markup that
 * was written as entities, or put back together by the removal) goes too, because Amazon blocks
 * HTML in messages. Invisible characters that can disguise text (bidirectional overrides,
 * zero-width spaces, control characters) are removed and lone surrogates replaced, so what the
 * report shows is what gets stored.
 *
 * Needs a DOM (the extension page's window; jsdom in tests).
 */
import DOMPurify from 'dompurify';

/** Bidirectional embeddings, overrides and isolates, direction marks, zero-width and BOM characters. */
const INVISIBLE = /[\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
/** C0 controls and DEL, except tab and line feed. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** A start or end tag, a comment, a doctype or a processing instruction, as text. */
const TAG_LIKE = /<\/?[A-Za-z!?][^<>]*>/g;

function withoutTags(text: string): string {
  let current = text;
  // Each pass removes at least one character or stops: removing one tag can join two halves of another.
  for (;;) {
    const next = current.replace(TAG_LIKE, '');
    if (next === current) return next;
    current = next;
  }
}

/** Text with markup removed: what DOMPurify keeps of it, read back as text (no entity escaping). */
function purify(text: string): string {
  if (!/[<&]/.test(text)) return text;
  const fragment = DOMPurify.sanitize(text, {
    ALLOWED_TAGS: [],
    ALLOWED_ATTR: [],
    KEEP_CONTENT: true,
    RETURN_DOM_FRAGMENT: true,
  });
  return fragment.textContent ?? '';
}

/** Plain text, cleaned as described above. Line endings become "\n". Never throws on a string. */
export function sanitizePlainText(text: string): string {
  const unicode = text
    .replace(/\r\n?/g, '\n')
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(INVISIBLE, '')
    .replace(CONTROLS, '');
  return withoutTags(purify(unicode));
}
