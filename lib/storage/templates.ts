/**
 * The seller's own templates, synced across their browsers where `storage.sync` allows.
 *
 * Layout in storage.sync (see quota.ts for the limits):
 * - `tpl.index`: an envelope listing, in order, each template's id, the token of its chunks, their
 *   count and the total length of its JSON;
 * - `tpl.<token>.<n>`: the n-th piece of one template's JSON, each piece small enough for one item.
 * A template keeps its token while it is unchanged; an edited one is written under a fresh random
 * token, so new chunks never overwrite chunks the current index points to.
 *
 * A save writes the new chunks, then the index, then removes the chunks no index entry uses. A
 * failure at any step leaves the previous index, and the chunks it points to, whole. Readers only
 * follow the index, so left-over chunks are invisible, and the next save removes them. When the new
 * chunks fit only after the old ones are gone, the library is first put in local storage, and sync
 * is shrunk, then grown (see saveLibrary).
 *
 * When sync refuses the library (over quota, or sync unavailable), the whole library goes to
 * `local:templates` as one item, never part here and part there. A library in local storage wins
 * over the one in sync, and the first later save that fits in sync moves it back and removes the
 * local copy. Edits made on two browsers at the same time are not merged: the last save wins.
 */
import { storage } from 'wxt/utils/storage';
import type { StorageItemKey } from 'wxt/utils/storage';
import { readOrNull, readSyncSnapshot, removeQuietly, saveLocally } from './area';
import { isRecord, unwrap, wrap } from './migrate';
import { checkSyncQuota, splitIntoChunks } from './quota';
import { classifySyncError, errorMessage } from './result';
import type { SaveResult } from './result';
import { createSerialQueue } from './serial';
import { watchStorage } from './watch';

export interface Template {
  id: string;
  /** What the template is for, e.g. a contact reason. */
  purpose: string;
  /** Language of the text, e.g. 'en' or 'ja'. */
  locale: string;
  title: string;
  body: string;
  /** Milliseconds since the epoch. */
  createdAt: number;
  updatedAt: number;
}

/** Ids are repeated in the index, which must fit one sync item: keep them short (a UUID is 36). */
export const MAX_TEMPLATE_ID_LENGTH = 64;

const INDEX_ITEM = 'tpl.index';
const SYNC_INDEX_KEY = `sync:${INDEX_ITEM}` as const;
const LOCAL_ITEM = 'templates';
const LOCAL_KEY = `local:${LOCAL_ITEM}` as const;
const CHUNK_PATTERN = /^tpl\.([0-9a-z]+)\.(\d+)$/;

export function chunkKey(token: string, part: number): string {
  return `tpl.${token}.${part}`;
}

/** Where one template's JSON lives in sync. */
export interface IndexEntry {
  id: string;
  token: string;
  parts: number;
  /** Length of the whole JSON in UTF-16 code units: catches a missing or foreign piece. */
  length: number;
}

/** Each entry is stored as a tuple to keep the index item small. */
type StoredEntry = [id: string, token: string, parts: number, length: number];

function isCount(value: unknown, min: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min;
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** A template from anything: null without a usable id, otherwise each bad field defaulted. */
export function repairTemplate(raw: unknown): Template | null {
  if (!isRecord(raw) || typeof raw.id !== 'string' || raw.id === '' || raw.id.length > MAX_TEMPLATE_ID_LENGTH) {
    return null;
  }
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return {
    id: raw.id,
    purpose: text(raw.purpose),
    locale: text(raw.locale),
    title: text(raw.title),
    body: text(raw.body),
    createdAt: isTime(raw.createdAt) ? raw.createdAt : 0,
    updatedAt: isTime(raw.updatedAt) ? raw.updatedAt : 0,
  };
}

/** Check a template from a caller; returns it with only the known fields, or what is wrong. */
export function validateTemplate(candidate: unknown): Template | string {
  if (!isRecord(candidate)) return 'template must be an object';
  const { id } = candidate;
  if (typeof id !== 'string' || id === '') return 'template id must be a non-empty string';
  if (id.length > MAX_TEMPLATE_ID_LENGTH) return `template id must be at most ${MAX_TEMPLATE_ID_LENGTH} characters`;
  for (const field of ['purpose', 'locale', 'title', 'body'] as const) {
    if (typeof candidate[field] !== 'string') return `template ${field} must be a string`;
  }
  for (const field of ['createdAt', 'updatedAt'] as const) {
    if (!isTime(candidate[field])) return `template ${field} must be a finite number`;
  }
  return repairTemplate(candidate) ?? 'invalid template';
}

/** The JSON stored for a template: fixed field order, so an unchanged template compares equal. */
export function templateJson(template: Template): string {
  const { id, purpose, locale, title, body, createdAt, updatedAt } = template;
  return JSON.stringify({ id, purpose, locale, title, body, createdAt, updatedAt });
}

function uniqueById(templates: Iterable<Template>): Template[] {
  const byId = new Map<string, Template>();
  for (const template of templates) if (!byId.has(template.id)) byId.set(template.id, template);
  return [...byId.values()];
}

/** The index entries from a stored index item; malformed entries and repeated ids are dropped. */
export function parseIndex(raw: unknown): IndexEntry[] {
  const { data } = unwrap(raw);
  if (!isRecord(data) || !Array.isArray(data.entries)) return [];
  const entries: IndexEntry[] = [];
  const seen = new Set<string>();
  for (const item of data.entries as unknown[]) {
    if (!Array.isArray(item)) continue;
    const [id, token, parts, length] = item as unknown[];
    if (typeof id !== 'string' || seen.has(id) || typeof token !== 'string' || !/^[0-9a-z]+$/.test(token)) continue;
    if (!isCount(parts, 1) || !isCount(length, 0)) continue;
    seen.add(id);
    entries.push({ id, token, parts, length });
  }
  return entries;
}

/** One template's JSON put back together from the sync items, or null if a piece is missing or foreign. */
export function assemble(entry: IndexEntry, items: Readonly<Record<string, unknown>>): string | null {
  const pieces: string[] = [];
  for (let part = 0; part < entry.parts; part++) {
    const piece = items[chunkKey(entry.token, part)];
    if (typeof piece !== 'string') return null;
    pieces.push(piece);
  }
  const text = pieces.join('');
  return text.length === entry.length ? text : null;
}

/** The library the sync items hold: what the index lists and can be read back intact. */
export function readSyncLibrary(items: Readonly<Record<string, unknown>>): Template[] {
  const templates: Template[] = [];
  for (const entry of parseIndex(items[INDEX_ITEM])) {
    const text = assemble(entry, items);
    if (text === null) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      continue;
    }
    const template = repairTemplate(parsed);
    if (template?.id === entry.id) templates.push(template);
  }
  return templates;
}

/** The library from the local item, whatever state it is in. */
export function readLocalLibrary(raw: unknown): Template[] {
  const { data } = unwrap(raw);
  if (!Array.isArray(data)) return [];
  return uniqueById(data.map(repairTemplate).filter((template) => template !== null));
}

export interface SyncWritePlan {
  /** New chunks, written first in one call. */
  chunks: Record<string, string>;
  /** The new index item, written second. */
  index: unknown;
  /** An index of only the templates kept unchanged: used when the old chunks must go before the new fit. */
  interimIndex: unknown;
  /** Chunks the current index uses and the new one does not: removed last. */
  stale: string[];
  /** Chunks no index uses (left by an interrupted save): removed last too. */
  orphans: string[];
}

function randomToken(taken: ReadonlySet<string>): string {
  for (;;) {
    const [value = 0] = crypto.getRandomValues(new Uint32Array(1));
    const token = value.toString(36);
    if (!taken.has(token)) return token;
  }
}

/**
 * What to write to sync so that it holds `templates`, given everything sync holds now. Unchanged
 * templates keep their chunks; each changed or new one gets chunks under a token no key uses yet.
 */
export function planSyncWrite(templates: readonly Template[], items: Readonly<Record<string, unknown>>): SyncWritePlan {
  const current = new Map(parseIndex(items[INDEX_ITEM]).map((entry) => [entry.id, entry]));
  const existingChunks = Object.keys(items).filter((key) => CHUNK_PATTERN.test(key));
  const takenTokens = new Set(existingChunks.map((key) => CHUNK_PATTERN.exec(key)?.[1] ?? ''));

  const chunks: Record<string, string> = {};
  const entries: IndexEntry[] = [];
  const kept: IndexEntry[] = [];
  for (const template of uniqueById(templates)) {
    const json = templateJson(template);
    const previous = current.get(template.id);
    if (previous && assemble(previous, items) === json) {
      entries.push(previous);
      kept.push(previous);
      continue;
    }
    const token = randomToken(takenTokens);
    takenTokens.add(token);
    const pieces = splitIntoChunks(json, (part) => chunkKey(token, part));
    pieces.forEach((piece, part) => (chunks[chunkKey(token, part)] = piece));
    entries.push({ id: template.id, token, parts: pieces.length, length: json.length });
  }

  const keysOf = (list: Iterable<IndexEntry>) =>
    new Set([...list].flatMap((entry) => Array.from({ length: entry.parts }, (_, part) => chunkKey(entry.token, part))));
  const usedNow = keysOf(current.values());
  const usedNext = keysOf(entries);
  const store = (list: IndexEntry[]) =>
    wrap({ entries: list.map((entry): StoredEntry => [entry.id, entry.token, entry.parts, entry.length]) });
  return {
    chunks,
    index: store(entries),
    interimIndex: store(kept),
    stale: existingChunks.filter((key) => usedNow.has(key) && !usedNext.has(key)),
    orphans: existingChunks.filter((key) => !usedNow.has(key) && !usedNext.has(key)),
  };
}

const syncKeys = (keys: readonly string[]): StorageItemKey[] => keys.map((key) => `sync:${key}` as const);

async function writeSync(plan: SyncWritePlan): Promise<void> {
  if (Object.keys(plan.chunks).length > 0) {
    await storage.setItems(Object.entries(plan.chunks).map(([key, value]) => ({ key: `sync:${key}` as const, value })));
  }
  await storage.setItem(SYNC_INDEX_KEY, plan.index);
}

async function saveLibrary(templates: Template[]): Promise<SaveResult> {
  const library = wrap(templates);
  const items = await readSyncSnapshot();
  if (items === null) return saveLocally(LOCAL_KEY, library, 'sync-unavailable');
  const plan = planSyncWrite(templates, items);
  const writes = { ...plan.chunks, [INDEX_ITEM]: plan.index };
  const unused = new Set([...plan.stale, ...plan.orphans]);

  if (checkSyncQuota(items, writes) === null) {
    // The new chunks fit next to the current ones: the previous library stays whole until the
    // index switches to the new one.
    try {
      await writeSync(plan);
    } catch (error) {
      return saveLocally(LOCAL_KEY, library, classifySyncError(error));
    }
    // The new library is committed; what follows is clean-up.
    await removeQuietly(syncKeys([...unused]));
  } else {
    const base = Object.fromEntries(Object.entries(items).filter(([key]) => !unused.has(key)));
    if (checkSyncQuota(base, writes) !== null) return saveLocally(LOCAL_KEY, library, 'sync-quota-exceeded');
    // It fits only once the chunks it no longer uses are gone. The library goes to local storage
    // first, where it stays authoritative until sync holds it whole; then sync shrinks to what is
    // kept (an index of the unchanged templates, then removal of the rest) before the new chunks
    // and the final index are written. Every step leaves sync with an index whose chunks all exist.
    try {
      await storage.setItem(LOCAL_KEY, library);
    } catch (error) {
      return { ok: false, error: `could not save: ${errorMessage(error)}` };
    }
    try {
      await storage.setItem(SYNC_INDEX_KEY, plan.interimIndex);
      await storage.removeItems(syncKeys([...unused]));
      await writeSync(plan);
    } catch (error) {
      return { ok: true, area: 'local', notice: classifySyncError(error) };
    }
  }
  await removeQuietly([LOCAL_KEY]);
  return { ok: true, area: 'sync' };
}

async function loadLibrary(): Promise<{ area: 'sync' | 'local'; templates: Template[] }> {
  const local = await readOrNull(LOCAL_KEY);
  if (local != null) return { area: 'local', templates: readLocalLibrary(local) };
  return { area: 'sync', templates: readSyncLibrary((await readSyncSnapshot()) ?? {}) };
}

/** The templates, in the order they were first saved. Never throws: unreadable entries are skipped. */
export async function loadTemplates(): Promise<Template[]> {
  return (await loadLibrary()).templates;
}

const serial = createSerialQueue();

/** Add a template, or replace the one with the same id (keeping its place). */
export function saveTemplate(template: Template): Promise<SaveResult> {
  return serial(async () => {
    const valid = validateTemplate(template);
    if (typeof valid === 'string') return { ok: false, error: valid };
    const { templates } = await loadLibrary();
    const at = templates.findIndex((other) => other.id === valid.id);
    if (at === -1) templates.push(valid);
    else templates[at] = valid;
    return saveLibrary(templates);
  });
}

/**
 * Add or replace several templates in one write (an import): all of them or none. One write
 * also keeps a large import within the browser's sync write-rate limits.
 */
export function saveTemplates(incoming: readonly Template[]): Promise<SaveResult> {
  return serial(async () => {
    const valid: Template[] = [];
    for (const template of incoming) {
      const checked = validateTemplate(template);
      if (typeof checked === 'string') return { ok: false, error: checked };
      valid.push(checked);
    }
    const { area, templates } = await loadLibrary();
    if (valid.length === 0) return { ok: true, area };
    for (const template of valid) {
      const at = templates.findIndex((other) => other.id === template.id);
      if (at === -1) templates.push(template);
      else templates[at] = template;
    }
    return saveLibrary(templates);
  });
}

/** Remove a template. Removing an id that is not there succeeds and changes nothing. */
export function deleteTemplate(id: string): Promise<SaveResult> {
  return serial(async () => {
    const { area, templates } = await loadLibrary();
    const rest = templates.filter((template) => template.id !== id);
    if (rest.length === templates.length) return { ok: true, area };
    return saveLibrary(rest);
  });
}

/** Calls `cb` with the library after each change, from any page or browser. Returns unwatch. */
export function watchTemplates(cb: (templates: Template[]) => void): () => void {
  return watchStorage(
    (area, key) => (area === 'sync' ? key === INDEX_ITEM || CHUNK_PATTERN.test(key) : key === LOCAL_ITEM),
    loadTemplates,
    cb,
  );
}
