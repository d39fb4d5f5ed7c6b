import { describe, expect, it } from 'vitest';
import {
  SYNC_CHUNK_BUDGET,
  SYNC_QUOTA_BYTES_PER_ITEM,
  checkSyncQuota,
  itemBytes,
  splitIntoChunks,
  utf8Bytes,
} from '../../../lib/storage/quota';
import { classifySyncError } from '../../../lib/storage/result';

const key = (index: number) => `tpl.abc.${index}`;

describe('size measurement', () => {
  it('counts UTF-8 bytes, not UTF-16 code units', () => {
    expect(utf8Bytes('abc')).toBe(3);
    expect(utf8Bytes('é')).toBe(2);
    expect(utf8Bytes('日本')).toBe(6);
    expect(utf8Bytes('😀')).toBe(4);
  });

  it('measures an item as its key plus its JSON', () => {
    expect(itemBytes('k', 'ab')).toBe(1 + 4);
    expect(itemBytes('k', { a: 1 })).toBe(1 + 7);
    expect(itemBytes('キー', '値')).toBe(6 + 5);
    expect(itemBytes('k', 'a"b')).toBe(1 + 6);
  });
});

describe('splitIntoChunks', () => {
  const texts: Record<string, string> = {
    ascii: 'Thank you for your order. '.repeat(900),
    japanese: 'ご注文いただきありがとうございます。商品の発送準備が整いました。'.repeat(260).slice(0, 8_000),
    emoji: '📦🚚😀'.repeat(3_000),
    escapes: 'line\n"quoted"\\ \u0001 tab\t'.repeat(800),
    mixed: 'Größe – サイズ 📦 "ok"\n'.repeat(600),
  };

  for (const [name, text] of Object.entries(texts)) {
    it(`keeps every ${name} piece within the budget and reassembles exactly`, () => {
      const pieces = splitIntoChunks(text, key);
      expect(pieces.length).toBeGreaterThan(1);
      expect(pieces.join('')).toBe(text);
      pieces.forEach((piece, index) => {
        expect(itemBytes(key(index), piece)).toBeLessThanOrEqual(SYNC_CHUNK_BUDGET);
        // Never half a surrogate pair at either end.
        expect(piece).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
      });
    });
  }

  it('fills pieces close to the budget', () => {
    const text = texts.japanese ?? '';
    const pieces = splitIntoChunks(text, key);
    // 8,000 three-byte characters, as many per piece as the budget holds after key and quotes.
    const perPiece = Math.floor((SYNC_CHUNK_BUDGET - utf8Bytes(key(0)) - 2) / 3);
    expect(pieces).toHaveLength(Math.ceil(8_000 / perPiece));
    expect(itemBytes(key(0), pieces[0])).toBeGreaterThan(SYNC_CHUNK_BUDGET - 3);
  });

  it('returns one piece for short and empty text', () => {
    expect(splitIntoChunks('short', key)).toEqual(['short']);
    expect(splitIntoChunks('', key)).toEqual(['']);
  });

  it('respects a small budget exactly', () => {
    const pieces = splitIntoChunks('あいうえおかきくけこ', () => 'k', 1 + 2 + 9);
    expect(pieces).toEqual(['あいう', 'えおか', 'きくけ', 'こ']);
  });

  it('refuses a budget that can not hold one character', () => {
    expect(() => splitIntoChunks('あ', () => 'k', 4)).toThrow(/too small/);
  });
});

describe('checkSyncQuota', () => {
  it('accepts what fits', () => {
    expect(checkSyncQuota({ a: 'x' }, { b: 'y' })).toBeNull();
  });

  it('refuses an item over 8,192 bytes, key included', () => {
    const value = 'x'.repeat(SYNC_QUOTA_BYTES_PER_ITEM - 2 - 1);
    expect(checkSyncQuota({}, { k: value })).toBeNull();
    expect(checkSyncQuota({}, { kk: value })).toBe('item-too-large');
  });

  it('refuses a total over 102,400 bytes, counting what is already stored', () => {
    const big = 'x'.repeat(8_000);
    const current = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`c${i}`, big]));
    expect(checkSyncQuota(current, { n: 'small' })).toBeNull();
    expect(checkSyncQuota(current, { n: big })).toBe('total-too-large');
    // Overwriting an item replaces its size rather than adding to it.
    expect(checkSyncQuota(current, { c0: big })).toBeNull();
  });

  it('refuses more than 512 items', () => {
    const current = Object.fromEntries(Array.from({ length: 512 }, (_, i) => [`k${i}`, 1]));
    expect(checkSyncQuota(current, { k0: 2 })).toBeNull();
    expect(checkSyncQuota(current, { extra: 1 })).toBe('too-many-items');
  });
});

describe('classifySyncError', () => {
  it('tells quota errors from sync being unavailable', () => {
    expect(classifySyncError(new Error('QUOTA_BYTES quota exceeded.'))).toBe('sync-quota-exceeded');
    expect(classifySyncError(new Error('QUOTA_BYTES_PER_ITEM quota exceeded.'))).toBe('sync-quota-exceeded');
    expect(classifySyncError(new Error('MAX_ITEMS quota exceeded.'))).toBe('sync-quota-exceeded');
    expect(classifySyncError(new Error('QuotaExceededError: storage.sync API call exceeded its quota limitations.'))).toBe(
      'sync-quota-exceeded',
    );
    expect(classifySyncError(new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.'))).toBe(
      'sync-unavailable',
    );
    expect(classifySyncError(new Error('"browser.storage.sync" is undefined'))).toBe('sync-unavailable');
    expect(classifySyncError('offline')).toBe('sync-unavailable');
  });
});
