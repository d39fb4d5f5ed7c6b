import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  MAX_IGNORE_SCOPES,
  MAX_KEYS_PER_SCOPE,
  MAX_PART_LENGTH,
  addIgnored,
  addKey,
  clearIgnored,
  compactText,
  ignoreKey,
  loadIgnored,
  repairIgnored,
  touchScope,
} from '../../../lib/storage/ignored';
import { localItems, syncItems } from './sync-quota';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('ignoreKey', () => {
  it('is stable and tells rule and text apart', () => {
    expect(ignoreKey('promotion', '50% off')).toBe(ignoreKey('promotion', '50% off'));
    expect(ignoreKey('promotion', '50% off')).not.toBe(ignoreKey('promotion', '50% OFF'));
    expect(ignoreKey('promotion', '50% off')).not.toBe(ignoreKey('external-link', '50% off'));
    // No separator trick makes two different pairs collide.
    expect(ignoreKey('a:b', 'c')).not.toBe(ignoreKey('a', 'b:c'));
  });

  it('keeps long flagged text short but distinct', () => {
    const long = 'x'.repeat(5_000);
    const key = ignoreKey('length', long);
    expect(key.length).toBeLessThan(MAX_PART_LENGTH + 40);
    expect(key).not.toBe(ignoreKey('length', `${long}y`));
    expect(key).not.toBe(ignoreKey('length', `y${long.slice(1)}`));
  });

  it('does not cut a surrogate pair', () => {
    const text = compactText('😀'.repeat(500));
    expect(text.length).toBeLessThanOrEqual(MAX_PART_LENGTH);
    expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe('ignored findings', () => {
  it('start empty, persist and are cleared per scope', async () => {
    expect(await loadIgnored('123-4567890-1234567')).toEqual(new Set());
    const key = ignoreKey('promotion', '50% off');
    await addIgnored('123-4567890-1234567', key);
    await addIgnored('123-4567890-1234567', key);
    await addIgnored('/messaging/thread', ignoreKey('external-link', 'example.com'));
    expect(await loadIgnored('123-4567890-1234567')).toEqual(new Set([key]));

    // A reload: fresh modules read what storage holds.
    vi.resetModules();
    const reloaded = await import('../../../lib/storage/ignored');
    expect(await reloaded.loadIgnored('123-4567890-1234567')).toEqual(new Set([key]));

    await clearIgnored('123-4567890-1234567');
    expect(await loadIgnored('123-4567890-1234567')).toEqual(new Set());
    expect((await loadIgnored('/messaging/thread')).size).toBe(1);
  });

  it('live in local storage only', async () => {
    await addIgnored('order', 'k');
    expect(Object.keys(await localItems())).toEqual(['ignored']);
    expect(await syncItems()).toEqual({});
  });

  it('keep at most MAX_IGNORE_SCOPES scopes, evicting the least recently used', async () => {
    for (let i = 0; i < MAX_IGNORE_SCOPES; i++) await addIgnored(`order-${i}`, 'k');
    // Using order-0 again (opening that conversation) protects it from eviction.
    expect((await loadIgnored('order-0')).size).toBe(1);
    for (let i = MAX_IGNORE_SCOPES; i < MAX_IGNORE_SCOPES + 5; i++) await addIgnored(`order-${i}`, 'k');

    const stored = repairIgnored((await localItems()).ignored);
    expect(stored).toHaveLength(MAX_IGNORE_SCOPES);
    expect((await loadIgnored('order-0')).size).toBe(1);
    for (let i = 1; i <= 5; i++) expect((await loadIgnored(`order-${i}`)).size).toBe(0);
    expect((await loadIgnored('order-6')).size).toBe(1);
    expect((await loadIgnored(`order-${MAX_IGNORE_SCOPES + 4}`)).size).toBe(1);
  });

  it('keep at most MAX_KEYS_PER_SCOPE keys in a scope, dropping the oldest', async () => {
    for (let i = 0; i < MAX_KEYS_PER_SCOPE + 3; i++) await addIgnored('order', `k${i}`);
    const keys = await loadIgnored('order');
    expect(keys.size).toBe(MAX_KEYS_PER_SCOPE);
    expect(keys.has('k0')).toBe(false);
    expect(keys.has(`k${MAX_KEYS_PER_SCOPE + 2}`)).toBe(true);
  });

  it('lose none of several concurrent adds from one page', async () => {
    await Promise.all(Array.from({ length: 30 }, (_, i) => addIgnored('order', `k${i}`)));
    expect((await loadIgnored('order')).size).toBe(30);
  });

  it('read a corrupted value as empty, without throwing', async () => {
    for (const junk of ['x', 3, { v: 1, data: 'x' }, { v: 1, data: [null, { scope: 1 }, { scope: 'a', keys: 'k' }] }]) {
      await fakeBrowser.storage.local.set({ ignored: junk });
      expect(await loadIgnored('a')).toEqual(new Set());
    }
    await addIgnored('a', 'k');
    expect(await loadIgnored('a')).toEqual(new Set(['k']));
  });
});

describe('pure list operations', () => {
  it('repairIgnored keeps valid entries and keys, the later duplicate scope winning', () => {
    const raw = {
      v: 1,
      data: [
        { scope: 'a', keys: ['1', 2, '1'] },
        { scope: 'b', keys: ['x'] },
        { scope: 'a', keys: ['3'] },
        { nope: true },
      ],
    };
    expect(repairIgnored(raw)).toEqual([
      { scope: 'b', keys: ['x'] },
      { scope: 'a', keys: ['3'] },
    ]);
  });

  it('touchScope moves a scope to the most recent end', () => {
    const scopes = [
      { scope: 'a', keys: [] },
      { scope: 'b', keys: [] },
    ];
    expect(touchScope(scopes, 'a').map((s) => s.scope)).toEqual(['b', 'a']);
    expect(touchScope(scopes, 'zz').map((s) => s.scope)).toEqual(['a', 'b']);
  });

  it('addKey appends, dedupes and evicts from the front', () => {
    let scopes = addKey([], 'a', 'k1');
    scopes = addKey(scopes, 'b', 'k1');
    scopes = addKey(scopes, 'a', 'k2');
    scopes = addKey(scopes, 'a', 'k1');
    expect(scopes).toEqual([
      { scope: 'b', keys: ['k1'] },
      { scope: 'a', keys: ['k2', 'k1'] },
    ]);
  });
});
