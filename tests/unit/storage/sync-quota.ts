/**
 * The fake browser stores anything; real storage.sync refuses writes over its quotas. This wraps
 * the fake's sync.set to refuse them the way Chrome does (limits from the chrome.storage.sync
 * documentation), computed independently of lib/storage/quota.ts.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const bytes = (key: string, value: unknown) => new TextEncoder().encode(key + JSON.stringify(value)).length;

export interface SyncQuotaGuard {
  /** Every set call, and whether it was refused. */
  calls: { keys: string[]; refused: string | null }[];
  /** Largest item (key + JSON) ever written. */
  largestItem: number;
}

export function enforceSyncQuota(): SyncQuotaGuard {
  const sync = fakeBrowser.storage.sync;
  const realSet = sync.set.bind(sync) as (items: Record<string, unknown>) => Promise<void>;
  const guard: SyncQuotaGuard = { calls: [], largestItem: 0 };
  vi.spyOn(sync, 'set').mockImplementation((async (items: Record<string, unknown>) => {
    const current = (await sync.get(null)) as Record<string, unknown>;
    const after = { ...current, ...items };
    let refused: string | null = null;
    for (const [key, value] of Object.entries(items)) {
      const size = bytes(key, value);
      guard.largestItem = Math.max(guard.largestItem, size);
      if (size > 8_192) refused = 'QUOTA_BYTES_PER_ITEM quota exceeded.';
    }
    if (Object.keys(after).length > 512) refused ??= 'MAX_ITEMS quota exceeded.';
    const total = Object.entries(after).reduce((sum, [key, value]) => sum + bytes(key, value), 0);
    if (total > 102_400) refused ??= 'QUOTA_BYTES quota exceeded.';
    guard.calls.push({ keys: Object.keys(items), refused });
    if (refused) throw new Error(refused);
    await realSet(items);
  }) as never);
  return guard;
}

/** All items of the sync area. */
export async function syncItems(): Promise<Record<string, unknown>> {
  return (await fakeBrowser.storage.sync.get(null)) as Record<string, unknown>;
}

export async function localItems(): Promise<Record<string, unknown>> {
  return (await fakeBrowser.storage.local.get(null)) as Record<string, unknown>;
}
