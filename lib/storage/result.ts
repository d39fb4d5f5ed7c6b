/** How a save went, and where the data ended up. */

/** Why data that should sync was kept in local storage instead. */
export type SyncNotice = 'sync-quota-exceeded' | 'sync-unavailable';

export type SaveResult =
  | { ok: true; area: 'sync' | 'local'; notice?: SyncNotice }
  | { ok: false; error: string };

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Which notice a failed sync write deserves. Chrome's errors name the quota
 * ("QUOTA_BYTES quota exceeded", "QUOTA_BYTES_PER_ITEM …", "MAX_ITEMS …"); Firefox says
 * "QuotaExceededError: storage.sync API call exceeded its quota limitations". The write-rate limits
 * (MAX_WRITE_OPERATIONS_PER_MINUTE / _PER_HOUR) are also called quotas but pass with time, so they
 * count as sync being unavailable, as does everything else (sync off, no storage.sync at all).
 */
export function classifySyncError(error: unknown): SyncNotice {
  const message = errorMessage(error);
  if (/MAX_WRITE_OPERATIONS/i.test(message)) return 'sync-unavailable';
  return /QUOTA_BYTES|MAX_ITEMS|quota/i.test(message) ? 'sync-quota-exceeded' : 'sync-unavailable';
}
