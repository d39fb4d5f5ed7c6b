/**
 * Size arithmetic for `storage.sync`. Pure functions: no browser API.
 *
 * The limits come from the chrome.storage.sync documentation
 * (https://developer.chrome.com/docs/extensions/reference/api/storage#property-sync):
 * - QUOTA_BYTES 102,400: "the JSON stringification of every value plus every key's length";
 * - QUOTA_BYTES_PER_ITEM 8,192: "the JSON stringification of its value plus its key length";
 * - MAX_ITEMS 512.
 * Firefox documents the same three numbers for its storage.sync.
 */

export const SYNC_QUOTA_BYTES = 102_400;
export const SYNC_QUOTA_BYTES_PER_ITEM = 8_192;
export const SYNC_MAX_ITEMS = 512;

/**
 * What one chunk may weigh. Below the per-item quota on purpose: sizes here follow the documented
 * definition with JSON.stringify, and the browser's own serializer may escape a few characters
 * differently. If a write is refused anyway, the caller falls back to local storage.
 */
export const SYNC_CHUNK_BUDGET = SYNC_QUOTA_BYTES_PER_ITEM - 192;

const encoder = new TextEncoder();

/** UTF-8 length of a string. Lone surrogates count as U+FFFD (3 bytes), as TextEncoder writes them. */
export function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

/** Bytes one item counts against the sync quota: its key plus its JSON-stringified value. */
export function itemBytes(key: string, value: unknown): number {
  return utf8Bytes(key) + utf8Bytes(JSON.stringify(value) ?? '');
}

/** Bytes one character adds inside a JSON string literal (escapes included). */
function jsonCharBytes(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  // Printable ASCII other than the quote and the backslash is written as itself.
  if (code >= 0x20 && code < 0x7f && char !== '"' && char !== '\\') return 1;
  return utf8Bytes(JSON.stringify(char)) - 2;
}

/**
 * Split `text` into pieces so that each piece, stored as a JSON string under `keyFor(i)`, weighs at
 * most `budget` bytes (key + JSON). Splits between code points, never inside a surrogate pair: a lone
 * surrogate would not survive the browser's UTF-8 round trip. Always returns at least one piece.
 */
export function splitIntoChunks(text: string, keyFor: (index: number) => string, budget = SYNC_CHUNK_BUDGET): string[] {
  const pieces: string[] = [];
  // 2 bytes for the quotes around the JSON string.
  const overhead = (index: number) => utf8Bytes(keyFor(index)) + 2;
  let start = 0;
  let bytes = overhead(0);
  let offset = 0;
  for (const char of text) {
    const cost = jsonCharBytes(char);
    if (bytes + cost > budget && offset > start) {
      pieces.push(text.slice(start, offset));
      start = offset;
      bytes = overhead(pieces.length);
    }
    if (bytes + cost > budget) throw new Error(`chunk budget ${budget} is too small for key ${keyFor(pieces.length)}`);
    bytes += cost;
    offset += char.length;
  }
  pieces.push(text.slice(start));
  return pieces;
}

export type QuotaProblem = 'item-too-large' | 'total-too-large' | 'too-many-items';

/**
 * Would writing `writes` over the sync area's current content `current` (all its items) break a
 * quota? Checks the state right after the write, before anything stale is removed: that is the peak.
 * Returns null when it fits.
 */
export function checkSyncQuota(
  current: Readonly<Record<string, unknown>>,
  writes: Readonly<Record<string, unknown>>,
): QuotaProblem | null {
  for (const [key, value] of Object.entries(writes)) {
    if (itemBytes(key, value) > SYNC_QUOTA_BYTES_PER_ITEM) return 'item-too-large';
  }
  const after: Record<string, unknown> = { ...current, ...writes };
  const keys = Object.keys(after).filter((key) => after[key] != null);
  if (keys.length > SYNC_MAX_ITEMS) return 'too-many-items';
  let total = 0;
  for (const key of keys) total += itemBytes(key, after[key]);
  return total > SYNC_QUOTA_BYTES ? 'total-too-large' : null;
}
