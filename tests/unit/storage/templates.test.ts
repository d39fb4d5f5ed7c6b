import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SYNC_QUOTA_BYTES, SYNC_QUOTA_BYTES_PER_ITEM, itemBytes } from '../../../lib/storage/quota';
import {
  assemble,
  deleteTemplate,
  loadTemplates,
  parseIndex,
  planSyncWrite,
  readSyncLibrary,
  repairTemplate,
  saveTemplate,
  templateJson,
  validateTemplate,
  watchTemplates,
} from '../../../lib/storage/templates';
import type { Template } from '../../../lib/storage/templates';
import { enforceSyncQuota, localItems, syncItems } from './sync-quota';

const JAPANESE = 'ご注文いただきありがとうございます。商品は本日発送いたしました。到着まで今しばらくお待ちください。';

function template(id: string, body = `Hello, thank you for order ${id}.`, extra: Partial<Template> = {}): Template {
  return { id, purpose: 'delivery-scheduling', locale: 'en', title: `Title ${id}`, body, createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000, ...extra };
}

/** A Japanese body of `chars` characters: 3 UTF-8 bytes each. */
function japaneseBody(chars: number): string {
  return JAPANESE.repeat(Math.ceil(chars / JAPANESE.length)).slice(0, chars);
}

const chunkKeys = (items: Record<string, unknown>) => Object.keys(items).filter((key) => /^tpl\.[0-9a-z]+\.\d+$/.test(key));

beforeEach(() => {
  fakeBrowser.reset();
});

describe('templates', () => {
  it('are empty by default', async () => {
    expect(await loadTemplates()).toEqual([]);
  });

  it('round-trip through sync: add, replace in place, delete', async () => {
    const guard = enforceSyncQuota();
    expect(await saveTemplate(template('a'))).toEqual({ ok: true, area: 'sync' });
    expect(await saveTemplate(template('b'))).toEqual({ ok: true, area: 'sync' });
    expect(await loadTemplates()).toEqual([template('a'), template('b')]);

    const edited = template('a', 'New text', { updatedAt: 1_800_000_000_000 });
    expect(await saveTemplate(edited)).toEqual({ ok: true, area: 'sync' });
    expect(await loadTemplates()).toEqual([edited, template('b')]);

    expect(await deleteTemplate('a')).toEqual({ ok: true, area: 'sync' });
    expect(await deleteTemplate('missing')).toEqual({ ok: true, area: 'sync' });
    expect(await loadTemplates()).toEqual([template('b')]);
    // Nothing left behind: one index, and the chunks of the one template.
    const items = await syncItems();
    expect(Object.keys(items).sort()).toEqual(['tpl.index', ...chunkKeys(items)].sort());
    expect(chunkKeys(items)).toHaveLength(1);
    expect(await localItems()).toEqual({});
    expect(guard.calls.every((call) => call.refused === null)).toBe(true);
  });

  it('are validated before saving', async () => {
    const bad: unknown[] = [
      null,
      { ...template('a'), id: '' },
      { ...template('a'), id: 'x'.repeat(65) },
      { ...template('a'), body: 3 },
      { ...template('a'), createdAt: Number.NaN },
    ];
    for (const candidate of bad) {
      const result = await saveTemplate(candidate as Template);
      expect(result.ok).toBe(false);
    }
    expect(await loadTemplates()).toEqual([]);
    // Unknown fields are not stored.
    await saveTemplate({ ...template('a'), extra: 'x' } as Template);
    expect(await loadTemplates()).toEqual([template('a')]);
  });

  it('split a long multi-byte body into chunks within the per-item quota and reassemble it', async () => {
    const guard = enforceSyncQuota();
    const body = japaneseBody(8_000);
    const emoji = template('emoji', '📦🚚 '.repeat(1_500));
    expect(await saveTemplate(template('ja', body, { locale: 'ja' }))).toEqual({ ok: true, area: 'sync' });
    expect(await saveTemplate(emoji)).toEqual({ ok: true, area: 'sync' });

    const items = await syncItems();
    // 24,000 bytes of body alone: at least three items.
    const [jaEntry] = parseIndex(items['tpl.index']);
    expect(jaEntry?.parts).toBeGreaterThanOrEqual(3);
    for (const [key, value] of Object.entries(items)) {
      expect(itemBytes(key, value)).toBeLessThanOrEqual(SYNC_QUOTA_BYTES_PER_ITEM);
    }
    expect(guard.largestItem).toBeLessThanOrEqual(SYNC_QUOTA_BYTES_PER_ITEM);
    expect(await loadTemplates()).toEqual([template('ja', body, { locale: 'ja' }), emoji]);
  });

  it('rewrite only the chunks of the template that changed', async () => {
    await saveTemplate(template('a', japaneseBody(5_000)));
    await saveTemplate(template('b'));
    const before = await syncItems();
    const plan = planSyncWrite([template('a', japaneseBody(5_000)), template('b', 'changed')], before);
    expect(Object.keys(plan.chunks)).toHaveLength(1);
    expect(plan.stale).toHaveLength(1);
    expect(plan.orphans).toEqual([]);
    // The unchanged template's chunks are left where they are.
    const spy = vi.spyOn(fakeBrowser.storage.sync, 'set');
    await saveTemplate(template('b', 'changed'));
    const written = spy.mock.calls.flatMap(([items]) => Object.keys(items as object));
    expect(written.filter((key) => key !== 'tpl.index')).toHaveLength(1);
  });
});

describe('templates over the sync quota', () => {
  it('move, all of them, to local storage when sync.set rejects with a quota error', async () => {
    await saveTemplate(template('a'));
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded.'));
    expect(await saveTemplate(template('b'))).toEqual({ ok: true, area: 'local', notice: 'sync-quota-exceeded' });
    expect(await loadTemplates()).toEqual([template('a'), template('b')]);
    // The whole library is in the local item, not half of it.
    expect((await localItems()).templates).toEqual({ v: 1, data: [template('a'), template('b')] });
    // Sync still holds the library as it was before.
    expect(readSyncLibrary(await syncItems())).toEqual([template('a')]);

    // Later saves keep working in local while sync refuses.
    expect(await deleteTemplate('a')).toEqual({ ok: true, area: 'local', notice: 'sync-quota-exceeded' });
    expect(await loadTemplates()).toEqual([template('b')]);
  });

  it('move to local storage when the library outgrows 100 KB, and back when it shrinks', async () => {
    const guard = enforceSyncQuota();
    // About 21 KB each: four fit in 102,400 bytes, five do not.
    const big = (id: string) => template(id, japaneseBody(7_000), { locale: 'ja' });
    for (const id of ['1', '2', '3', '4']) expect(await saveTemplate(big(id))).toEqual({ ok: true, area: 'sync' });
    expect(await saveTemplate(big('5'))).toEqual({ ok: true, area: 'local', notice: 'sync-quota-exceeded' });
    // The size was checked before writing: sync never had to refuse a write.
    expect(guard.calls.every((call) => call.refused === null)).toBe(true);
    expect((await loadTemplates()).map((t) => t.id)).toEqual(['1', '2', '3', '4', '5']);
    expect(readSyncLibrary(await syncItems()).map((t) => t.id)).toEqual(['1', '2', '3', '4']);

    // A small change while over quota stays local too.
    expect(await saveTemplate(template('small'))).toEqual({ ok: true, area: 'local', notice: 'sync-quota-exceeded' });

    // Back under the limit: the library returns to sync, the local copy is removed.
    expect(await deleteTemplate('1')).toEqual({ ok: true, area: 'sync' });
    expect((await localItems()).templates).toBeUndefined();
    expect((await loadTemplates()).map((t) => t.id)).toEqual(['2', '3', '4', '5', 'small']);
    const items = await syncItems();
    const total = Object.entries(items).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
    expect(total).toBeLessThanOrEqual(SYNC_QUOTA_BYTES);
    expect(guard.calls.every((call) => call.refused === null)).toBe(true);
  });

  it('move to local storage, with the sync-unavailable notice, when sync is off or missing', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('Sync is disabled'));
    expect(await saveTemplate(template('a'))).toEqual({ ok: true, area: 'local', notice: 'sync-unavailable' });

    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('storage.sync is undefined'));
    expect(await saveTemplate(template('b'))).toEqual({ ok: true, area: 'local', notice: 'sync-unavailable' });
    expect(await loadTemplates()).toEqual([template('a'), template('b')]);
  });
});

describe('a save interrupted midway', () => {
  const before = [template('a', japaneseBody(4_000)), template('b')];
  const after = [template('a', japaneseBody(3_000)), template('c', japaneseBody(6_000))];

  async function saveAll(templates: Template[]) {
    for (const t of templates) await saveTemplate(t);
  }

  /** Save the `after` library over the `before` one: edit a, delete b, add c. */
  async function editLibrary() {
    const results = [];
    for (const t of after) results.push(await saveTemplate(t));
    results.push(await deleteTemplate('b'));
    return results;
  }

  for (const failingCall of [1, 2, 3, 4, 5]) {
    it(`loses nothing when sync.set fails on call ${failingCall} and local storage fails too`, async () => {
      await saveAll(before);
      const realSet = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync) as (items: object) => Promise<void>;
      let calls = 0;
      vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementation((async (items: object) => {
        calls++;
        if (calls >= failingCall) throw new Error('Sync is disabled');
        await realSet(items);
      }) as never);
      vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('disk full'));

      const results = await editLibrary();
      // Each save either fully happened or reported failure; what loads is a whole library.
      const library = await loadTemplates();
      const expected = [...before];
      results.forEach((result, step) => {
        if (!result.ok) return;
        if (step === 0) expected[0] = after[0] as Template;
        if (step === 1) expected.push(after[1] as Template);
        if (step === 2) expected.splice(1, 1);
      });
      expect(library).toEqual(expected);
      expect(results.some((result) => !result.ok)).toBe(true);

      // Once storage works again, the next save completes and tidies the left-overs.
      vi.restoreAllMocks();
      await editLibrary();
      expect(await loadTemplates()).toEqual(after);
      const items = await syncItems();
      const referenced = parseIndex(items['tpl.index']).flatMap((entry) =>
        Array.from({ length: entry.parts }, (_, part) => `tpl.${entry.token}.${part}`),
      );
      expect(chunkKeys(items).sort()).toEqual(referenced.sort());
    });
  }

  it('keeps the previous sync library intact when the index write fails, the new one going to local', async () => {
    await saveAll(before);
    const previousItems = await syncItems();
    const realSet = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync) as (items: object) => Promise<void>;
    let calls = 0;
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementation((async (items: object) => {
      // Call 1 writes the new chunks, call 2 the index.
      if (++calls === 2) throw new Error('Sync is disabled');
      await realSet(items);
    }) as never);
    expect(await saveTemplate(after[1] as Template)).toEqual({ ok: true, area: 'local', notice: 'sync-unavailable' });
    expect(await loadTemplates()).toEqual([...before, after[1]]);

    // The sync side: new chunks were written but are not in the index, so the old library reads whole.
    const items = await syncItems();
    expect(items['tpl.index']).toEqual(previousItems['tpl.index']);
    expect(chunkKeys(items).length).toBeGreaterThan(chunkKeys(previousItems).length);
    expect(readSyncLibrary(items)).toEqual(before);
  });
});

describe('an edit that fits only once the old chunks are gone', () => {
  // Four templates of about 21 KB fill most of the 102,400 bytes: an edited one's new chunks do
  // not fit next to its old ones.
  const big = (id: string, text = JAPANESE) => template(id, text.repeat(Math.ceil(7_000 / text.length)).slice(0, 7_000));
  const library = ['1', '2', '3', '4'].map((id) => big(id));
  const edited = big('2', 'お待たせして申し訳ございません。');

  async function fill() {
    for (const t of library) expect(await saveTemplate(t)).toEqual({ ok: true, area: 'sync' });
  }

  /** Makes sync writes and removals fail from the nth one on. */
  function failSyncFrom(n: number) {
    const sync = fakeBrowser.storage.sync;
    const realSet = sync.set.bind(sync) as (items: object) => Promise<void>;
    const realRemove = sync.remove.bind(sync) as (keys: string | string[]) => Promise<void>;
    let calls = 0;
    vi.spyOn(sync, 'set').mockImplementation((async (items: object) => {
      if (++calls >= n) throw new Error('Sync is disabled');
      await realSet(items);
    }) as never);
    vi.spyOn(sync, 'remove').mockImplementation((async (keys: string | string[]) => {
      if (++calls >= n) throw new Error('Sync is disabled');
      await realRemove(keys);
    }) as never);
  }

  it('still reaches sync, through local storage, within quota at every step', async () => {
    const guard = enforceSyncQuota();
    await fill();
    expect(await saveTemplate(edited)).toEqual({ ok: true, area: 'sync' });
    expect(await loadTemplates()).toEqual([library[0], edited, library[2], library[3]]);
    expect(await localItems()).toEqual({});
    expect(guard.calls.every((call) => call.refused === null)).toBe(true);
  });

  for (const failingCall of [1, 2, 3, 4]) {
    it(`loses nothing when sync fails on step ${failingCall}`, async () => {
      await fill();
      failSyncFrom(failingCall);
      expect(await saveTemplate(edited)).toEqual({ ok: true, area: 'local', notice: 'sync-unavailable' });
      expect(await loadTemplates()).toEqual([library[0], edited, library[2], library[3]]);
      // Sync, for other browsers, holds a whole library at every step: each index entry reads back.
      const items = await syncItems();
      expect(readSyncLibrary(items)).toHaveLength(parseIndex(items['tpl.index']).length);

      vi.restoreAllMocks();
      expect(await saveTemplate(template('5'))).toEqual({ ok: true, area: 'sync' });
      expect(await loadTemplates()).toEqual([library[0], edited, library[2], library[3], template('5')]);
    });
  }

  it('reports failure, touching nothing, when local storage fails first', async () => {
    await fill();
    const before = await syncItems();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('disk full'));
    const result = await saveTemplate(edited);
    expect(result.ok).toBe(false);
    expect(await syncItems()).toEqual(before);
    expect(await loadTemplates()).toEqual(library);
  });
});

describe('reading damaged template storage', () => {
  it('ignores chunks not in the index and skips entries that can not be read', async () => {
    await saveTemplate(template('a'));
    await saveTemplate(template('b'));
    await saveTemplate(template('c'));
    const items = await syncItems();
    const [a, b, c] = parseIndex(items['tpl.index']);
    // A stray chunk, a missing chunk (b) and a chunk replaced by junk (c).
    await fakeBrowser.storage.sync.set({ 'tpl.zzzz.0': templateJson(template('stray')), [`tpl.${c?.token}.0`]: 'junk' });
    await fakeBrowser.storage.sync.remove(`tpl.${b?.token}.0`);
    expect(await loadTemplates()).toEqual([template('a')]);
    expect(a && assemble(a, await syncItems())).toBe(templateJson(template('a')));
    // The next save writes a whole, valid library again.
    await saveTemplate(template('d'));
    expect(await loadTemplates()).toEqual([template('a'), template('d')]);
    expect(chunkKeys(await syncItems())).toHaveLength(2);
  });

  it('reads junk in the index or the local item as an empty library, without throwing', async () => {
    for (const junk of ['x', 1, { v: 1, data: { entries: 'x' } }, { v: 1, data: { entries: [[1, 2], ['a', 'BAD!', 1, 1]] } }]) {
      await fakeBrowser.storage.sync.set({ 'tpl.index': junk });
      expect(await loadTemplates()).toEqual([]);
    }
    await fakeBrowser.storage.local.set({ templates: { v: 1, data: [null, { id: 3 }, { ...template('ok'), body: 5 }] } });
    expect(await loadTemplates()).toEqual([template('ok', '')]);
  });

  it('repairs template fields one by one', () => {
    expect(repairTemplate({ id: 'x', title: 'T', body: 9, createdAt: 'then', updatedAt: 5 })).toEqual({
      id: 'x',
      purpose: '',
      locale: '',
      title: 'T',
      body: '',
      createdAt: 0,
      updatedAt: 5,
    });
    expect(repairTemplate({ title: 'no id' })).toBeNull();
    expect(validateTemplate(template('a'))).toEqual(template('a'));
    expect(validateTemplate({ ...template('a'), locale: null })).toMatch(/locale/);
  });
});

describe('watchTemplates', () => {
  it('reports the library after each change until unwatched', async () => {
    const seen: string[][] = [];
    const unwatch = watchTemplates((templates) => seen.push(templates.map((t) => t.id)));
    await saveTemplate(template('a', japaneseBody(8_000)));
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(['a']));
    await saveTemplate(template('b'));
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(['a', 'b']));

    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded.'));
    await saveTemplate(template('c'));
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(['a', 'b', 'c']));
    // Each visible change is reported once, however many items it touched.
    expect(seen).toEqual([['a'], ['a', 'b'], ['a', 'b', 'c']]);

    unwatch();
    await deleteTemplate('a');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toHaveLength(3);
  });
});
