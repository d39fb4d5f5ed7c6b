import { storage } from 'wxt/utils/storage';
import type { StorageItemKey } from 'wxt/utils/storage';
import { errorMessage } from './result';
import type { SaveResult, SyncNotice } from './result';

/** Read a key, treating an unreadable area (no storage.sync, sync disabled) as empty. */
export async function readOrNull(key: StorageItemKey): Promise<unknown> {
  try {
    return await storage.getItem<unknown>(key);
  } catch {
    return null;
  }
}

/** Every item of the sync area, or null when the area can not be read. */
export async function readSyncSnapshot(): Promise<Record<string, unknown> | null> {
  try {
    return await storage.snapshot('sync');
  } catch {
    return null;
  }
}

/** Keep `value` in local storage after sync refused it, and say why. */
export async function saveLocally(key: StorageItemKey, value: unknown, notice: SyncNotice): Promise<SaveResult> {
  try {
    await storage.setItem(key, value);
    return { ok: true, area: 'local', notice };
  } catch (error) {
    return { ok: false, error: `could not save: ${errorMessage(error)}` };
  }
}

/** Remove a key, ignoring failure: used for clean-up after the data is safe elsewhere. */
export async function removeQuietly(keys: StorageItemKey[]): Promise<void> {
  if (keys.length === 0) return;
  try {
    await storage.removeItems(keys);
  } catch {
    // Left-overs are ignored by the readers and removed by the next save.
  }
}
