import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runMigrations } from '../../../lib/storage';
import {
  decodeSettings,
  defaultSettings,
  loadSettings,
  migrateSettingsFromV0,
  repairSettings,
  saveSettings,
  watchSettings,
} from '../../../lib/storage/settings';
import type { Settings } from '../../../lib/storage/settings';
import { localItems, syncItems } from './sync-quota';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings', () => {
  it('default to an empty name, no disabled rules and the send guard on', async () => {
    expect(await loadSettings()).toEqual({ sellerName: '', disabledRules: [], sendGuard: true });
    expect(defaultSettings()).toEqual({ sellerName: '', disabledRules: [], sendGuard: true });
    // Each call is a fresh copy.
    defaultSettings().disabledRules.push('x');
    expect(defaultSettings().disabledRules).toEqual([]);
  });

  it('round-trip through sync, a patch keeping the other fields', async () => {
    expect(await saveSettings({ sellerName: 'Acme GmbH', disabledRules: ['promotion'] })).toEqual({ ok: true, area: 'sync' });
    expect(await saveSettings({ sendGuard: false })).toEqual({ ok: true, area: 'sync' });
    expect(await loadSettings()).toEqual({ sellerName: 'Acme GmbH', disabledRules: ['promotion'], sendGuard: false });
    expect((await syncItems()).settings).toEqual({
      v: 1,
      data: { sellerName: 'Acme GmbH', disabledRules: ['promotion'], sendGuard: false },
    });
  });

  it('tidy the disabled rules: no duplicates, no blanks', async () => {
    await saveSettings({ disabledRules: ['a', 'b', 'a', ' '] });
    expect((await loadSettings()).disabledRules).toEqual(['a', 'b']);
  });

  it('refuse a patch with wrong types and keep what was stored', async () => {
    await saveSettings({ sellerName: 'Acme' });
    const bad = [{ sellerName: 7 }, { disabledRules: 'promotion' }, { disabledRules: [1] }, { sendGuard: 'yes' }];
    for (const patch of bad) {
      const result = await saveSettings(patch as unknown as Partial<Settings>);
      expect(result.ok).toBe(false);
    }
    expect(await loadSettings()).toEqual({ sellerName: 'Acme', disabledRules: [], sendGuard: true });
  });
});

describe('settings migration from version 0', () => {
  it('maps the legacy { name, guard } shape', () => {
    expect(migrateSettingsFromV0({ name: 'Acme', guard: false })).toEqual({
      sellerName: 'Acme',
      disabledRules: [],
      sendGuard: false,
    });
    expect(repairSettings(migrateSettingsFromV0({}))).toEqual(defaultSettings());
    expect(repairSettings(migrateSettingsFromV0('junk'))).toEqual(defaultSettings());
    expect(repairSettings(migrateSettingsFromV0({ name: 3, guard: false }))).toEqual({ ...defaultSettings(), sendGuard: false });
  });

  it('reads a legacy value as current settings', async () => {
    await fakeBrowser.storage.sync.set({ settings: { name: 'Acme', guard: false } });
    expect(await loadSettings()).toEqual({ sellerName: 'Acme', disabledRules: [], sendGuard: false });
  });

  it('rewrites it in the current shape when the background runs the migrations', async () => {
    await fakeBrowser.storage.sync.set({ settings: { name: 'Acme', guard: false } });
    await fakeBrowser.storage.local.set({ settings: { guard: false } });
    await runMigrations();
    expect((await syncItems()).settings).toEqual({ v: 1, data: { sellerName: 'Acme', disabledRules: [], sendGuard: false } });
    expect((await localItems()).settings).toEqual({ v: 1, data: { sellerName: '', disabledRules: [], sendGuard: false } });
  });

  it('leave current data alone and run with nothing stored', async () => {
    await runMigrations();
    expect(await syncItems()).toEqual({});
    await saveSettings({ sellerName: 'Acme' });
    const before = await syncItems();
    await runMigrations();
    expect(await syncItems()).toEqual(before);
  });

  it('a patch applied to a legacy value keeps the legacy fields', async () => {
    await fakeBrowser.storage.sync.set({ settings: { name: 'Acme', guard: false } });
    await saveSettings({ disabledRules: ['promotion'] });
    expect(await loadSettings()).toEqual({ sellerName: 'Acme', disabledRules: ['promotion'], sendGuard: false });
  });
});

describe('corrupted settings', () => {
  const cases: [string, unknown, Settings][] = [
    ['a string', 'garbage', defaultSettings()],
    ['a number', 42, defaultSettings()],
    ['an array', [1, 2], defaultSettings()],
    ['an envelope without data', { v: 1 }, defaultSettings()],
    ['an envelope with junk data', { v: 1, data: 'x' }, defaultSettings()],
    [
      'wrong field types',
      { v: 1, data: { sellerName: 42, disabledRules: 'promotion', sendGuard: 'yes' } },
      defaultSettings(),
    ],
    [
      'one bad field among good ones',
      { v: 1, data: { sellerName: 'Acme', disabledRules: ['a'], sendGuard: null } },
      { sellerName: 'Acme', disabledRules: ['a'], sendGuard: true },
    ],
    [
      'junk entries inside the rule list',
      { v: 1, data: { sellerName: 'Acme', disabledRules: ['a', 3, null, { x: 1 }, 'b'], sendGuard: false } },
      { sellerName: 'Acme', disabledRules: ['a', 'b'], sendGuard: false },
    ],
  ];

  for (const [name, stored, expected] of cases) {
    it(`are repaired field by field: ${name}`, async () => {
      await fakeBrowser.storage.sync.set({ settings: stored });
      expect(await loadSettings()).toEqual(expected);
    });
  }

  it('are replaced by a valid value on the next save, junk fields dropped', async () => {
    await fakeBrowser.storage.sync.set({ settings: { v: 1, data: { sellerName: 'Acme', sendGuard: 'x', junk: 1 } } });
    await saveSettings({ disabledRules: ['promotion'] });
    expect((await syncItems()).settings).toEqual({
      v: 1,
      data: { sellerName: 'Acme', disabledRules: ['promotion'], sendGuard: true },
    });
  });

  it('written by a newer release: known fields read, unknown ones kept on save', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { v: 2, data: { sellerName: 'Acme', disabledRules: [], sendGuard: false, theme: 'dark' } },
    });
    expect(decodeSettings((await syncItems()).settings).extra).toEqual({ theme: 'dark' });
    expect(await loadSettings()).toEqual({ sellerName: 'Acme', disabledRules: [], sendGuard: false });
    await saveSettings({ sellerName: 'Acme Ltd' });
    expect((await syncItems()).settings).toEqual({
      v: 2,
      data: { sellerName: 'Acme Ltd', disabledRules: [], sendGuard: false, theme: 'dark' },
    });
  });
});

describe('settings when sync refuses them', () => {
  it('go to local storage with the notice, and back to sync when it works again', async () => {
    await saveSettings({ sellerName: 'Acme' });
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded.'));
    expect(await saveSettings({ sendGuard: false })).toEqual({ ok: true, area: 'local', notice: 'sync-quota-exceeded' });
    expect(await loadSettings()).toEqual({ sellerName: 'Acme', disabledRules: [], sendGuard: false });

    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('Sync is disabled'));
    expect(await saveSettings({ sellerName: 'Acme Ltd' })).toEqual({ ok: true, area: 'local', notice: 'sync-unavailable' });
    expect(await loadSettings()).toEqual({ sellerName: 'Acme Ltd', disabledRules: [], sendGuard: false });

    expect(await saveSettings({ disabledRules: ['x'] })).toEqual({ ok: true, area: 'sync' });
    expect((await localItems()).settings).toBeUndefined();
    expect(await loadSettings()).toEqual({ sellerName: 'Acme Ltd', disabledRules: ['x'], sendGuard: false });
  });

  it('go to local storage when the sync area can not even be read', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('storage.sync is not available'));
    expect(await saveSettings({ sellerName: 'Acme' })).toEqual({ ok: true, area: 'local', notice: 'sync-unavailable' });
    expect(await loadSettings()).toEqual({ sellerName: 'Acme', disabledRules: [], sendGuard: true });
  });

  it('report failure when local storage fails too, keeping the previous value', async () => {
    await saveSettings({ sellerName: 'Acme' });
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('Sync is disabled'));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('disk full'));
    const result = await saveSettings({ sellerName: 'Other' });
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toMatch(/disk full/);
    expect((await loadSettings()).sellerName).toBe('Acme');
  });
});

describe('watchSettings', () => {
  it('reports each change, wherever it was stored, until unwatched', async () => {
    const seen: Settings[] = [];
    const unwatch = watchSettings((settings) => seen.push(settings));
    await saveSettings({ sellerName: 'Acme' });
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]).toEqual({ sellerName: 'Acme', disabledRules: [], sendGuard: true });

    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('Sync is disabled'));
    await saveSettings({ sendGuard: false });
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen[1]?.sendGuard).toBe(false);

    unwatch();
    await saveSettings({ sellerName: 'Later' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toHaveLength(2);
  });

  it("reports another browser's change arriving through sync", async () => {
    const seen: Settings[] = [];
    const unwatch = watchSettings((settings) => seen.push(settings));
    await fakeBrowser.storage.sync.set({ settings: { v: 1, data: { sellerName: 'Remote', disabledRules: [], sendGuard: true } } });
    await vi.waitFor(() => expect(seen).toEqual([{ sellerName: 'Remote', disabledRules: [], sendGuard: true }]));
    unwatch();
  });
});
