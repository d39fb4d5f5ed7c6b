/**
 * The seller's settings. Kept in `storage.sync` so they follow the seller to their other browsers;
 * in local storage when sync refuses them. A copy in local storage wins over the sync one (it is
 * the newest write this browser could make) and is removed as soon as a save reaches sync again.
 */
import { storage } from 'wxt/utils/storage';
import { readOrNull, readSyncSnapshot, removeQuietly, saveLocally } from './area';
import { STORAGE_VERSION, isRecord, migrateData, unwrap, wrap } from './migrate';
import type { Migrations } from './migrate';
import { checkSyncQuota } from './quota';
import { classifySyncError } from './result';
import type { SaveResult } from './result';
import { createSerialQueue } from './serial';
import { watchStorage } from './watch';

export interface Settings {
  /** Signs templates ({seller} placeholder). */
  sellerName: string;
  /** Rule ids the seller turned off. */
  disabledRules: string[];
  /** Hold the Send button while the message has an error-level finding. */
  sendGuard: boolean;
}

/** A fresh copy of the defaults each call, so no caller can change them for the others. */
export function defaultSettings(): Settings {
  return { sellerName: '', disabledRules: [], sendGuard: true };
}

/** The item's key inside each area. */
const ITEM = 'settings';
const SYNC_KEY = `sync:${ITEM}` as const;
const LOCAL_KEY = `local:${ITEM}` as const;

/**
 * Version 0 kept `{ name?: string, guard?: boolean }` without an envelope. Accepts anything; what
 * it does not recognise is left for repairSettings to default.
 */
export function migrateSettingsFromV0(legacy: unknown): Record<string, unknown> {
  const settings: Record<string, unknown> = { disabledRules: [] };
  if (!isRecord(legacy)) return settings;
  if ('name' in legacy) settings.sellerName = legacy.name;
  if ('guard' in legacy) settings.sendGuard = legacy.guard;
  return settings;
}

export const SETTINGS_MIGRATIONS: Migrations = { 1: migrateSettingsFromV0 };

function repairRuleList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const rules = value.filter((rule): rule is string => typeof rule === 'string' && rule.trim() !== '');
  return [...new Set(rules)];
}

/** Settings from anything: each field that has the right type is kept, each other one defaulted. */
export function repairSettings(raw: unknown): Settings {
  const data = isRecord(raw) ? raw : {};
  const defaults = defaultSettings();
  return {
    sellerName: typeof data.sellerName === 'string' ? data.sellerName : defaults.sellerName,
    disabledRules: Array.isArray(data.disabledRules) ? repairRuleList(data.disabledRules) : defaults.disabledRules,
    sendGuard: typeof data.sendGuard === 'boolean' ? data.sendGuard : defaults.sendGuard,
  };
}

/**
 * A stored value, of any version or state, as current settings. When a newer release wrote it (from
 * another synced browser), `extra` keeps the fields this version does not know, so a save here does
 * not erase them; in data of this version or older, unknown fields are junk and are dropped.
 */
export function decodeSettings(raw: unknown): { version: number; settings: Settings; extra: Record<string, unknown> } {
  const { version, data } = unwrap(raw);
  let migrated: unknown;
  try {
    migrated = migrateData(data, version, STORAGE_VERSION, SETTINGS_MIGRATIONS);
  } catch {
    migrated = data;
  }
  const settings = repairSettings(migrated);
  const extra = version > STORAGE_VERSION && isRecord(migrated) ? { ...migrated } : {};
  for (const field of Object.keys(settings)) delete extra[field];
  return { version, settings, extra };
}

/** Check a patch from a caller: a wrong type is a bug there, reported rather than repaired. */
export function validateSettingsPatch(patch: unknown): Partial<Settings> | string {
  if (!isRecord(patch)) return 'settings patch must be an object';
  const clean: Partial<Settings> = {};
  if (patch.sellerName !== undefined) {
    if (typeof patch.sellerName !== 'string') return 'sellerName must be a string';
    clean.sellerName = patch.sellerName;
  }
  if (patch.disabledRules !== undefined) {
    if (!Array.isArray(patch.disabledRules) || !patch.disabledRules.every((rule) => typeof rule === 'string')) {
      return 'disabledRules must be an array of strings';
    }
    clean.disabledRules = repairRuleList(patch.disabledRules);
  }
  if (patch.sendGuard !== undefined) {
    if (typeof patch.sendGuard !== 'boolean') return 'sendGuard must be a boolean';
    clean.sendGuard = patch.sendGuard;
  }
  return clean;
}

async function readStored(): Promise<unknown> {
  const local = await readOrNull(LOCAL_KEY);
  return local ?? (await readOrNull(SYNC_KEY));
}

/** The current settings. Never throws: missing or damaged values read as defaults. */
export async function loadSettings(): Promise<Settings> {
  return decodeSettings(await readStored()).settings;
}

const serial = createSerialQueue();

async function write(envelope: unknown): Promise<SaveResult> {
  const current = await readSyncSnapshot();
  if (current === null) return saveLocally(LOCAL_KEY, envelope, 'sync-unavailable');
  if (checkSyncQuota(current, { [ITEM]: envelope }) !== null) {
    return saveLocally(LOCAL_KEY, envelope, 'sync-quota-exceeded');
  }
  try {
    await storage.setItem(SYNC_KEY, envelope);
  } catch (error) {
    return saveLocally(LOCAL_KEY, envelope, classifySyncError(error));
  }
  await removeQuietly([LOCAL_KEY]);
  return { ok: true, area: 'sync' };
}

/** Change some settings. Fields left out of `patch` keep their value. */
export function saveSettings(patch: Partial<Settings>): Promise<SaveResult> {
  return serial(async () => {
    const clean = validateSettingsPatch(patch);
    if (typeof clean === 'string') return { ok: false, error: clean };
    const { version, settings, extra } = decodeSettings(await readStored());
    const next = { ...extra, ...settings, ...clean };
    return write(wrap(next, Math.max(version, STORAGE_VERSION)));
  });
}

/** Calls `cb` with the new settings after each change, from any page or browser. Returns unwatch. */
export function watchSettings(cb: (settings: Settings) => void): () => void {
  return watchStorage((_area, key) => key === ITEM, loadSettings, cb);
}

/** Rewrite stored settings older than STORAGE_VERSION in the current shape, in whichever area holds them. */
export function migrateStoredSettings(): Promise<void> {
  return serial(async () => {
    for (const key of [SYNC_KEY, LOCAL_KEY]) {
      const raw = await readOrNull(key);
      if (raw == null || unwrap(raw).version >= STORAGE_VERSION) continue;
      const { settings, extra } = decodeSettings(raw);
      try {
        await storage.setItem(key, wrap({ ...extra, ...settings }));
      } catch {
        // Readers migrate on the fly, so an unwritable area only means the migration runs again later.
      }
    }
  });
}
