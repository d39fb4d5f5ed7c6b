/**
 * "Ignore once" decisions: a finding the seller dismissed stays dismissed for that order (or page)
 * across reloads. Local to this browser (they are about one conversation, not worth sync quota), and
 * bounded: at most MAX_IGNORE_SCOPES scopes, the least recently used one evicted first, and at most
 * MAX_KEYS_PER_SCOPE keys per scope, the oldest dropped first.
 */
import { storage } from 'wxt/utils/storage';
import { readOrNull } from './area';
import { isRecord, unwrap, wrap } from './migrate';
import { createSerialQueue } from './serial';

export const MAX_IGNORE_SCOPES = 200;
export const MAX_KEYS_PER_SCOPE = 100;
/** Longer scopes and finding texts are shortened to a prefix plus a hash, to keep the item small. */
export const MAX_PART_LENGTH = 200;

const KEY = 'local:ignored';

/** One scope's ignored keys; a list of them is ordered least recently used first. */
export interface IgnoredScope {
  scope: string;
  keys: string[];
}

/** 32-bit FNV-1a over UTF-16 code units, as 8 hex digits. Tells long texts apart; not for security. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** `text` itself when short; else a prefix, its length and its hash, at most `max` characters. */
export function compactText(text: string, max = MAX_PART_LENGTH): string {
  if (text.length <= max) return text;
  const suffix = `…#${text.length}:${fnv1a(text)}`;
  let prefix = text.slice(0, Math.max(0, max - suffix.length));
  // Do not end on half a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(prefix)) prefix = prefix.slice(0, -1);
  return prefix + suffix;
}

/** Identifies one finding for "ignore once": its rule and the text it flagged. */
export function ignoreKey(ruleId: string, actual: string): string {
  return JSON.stringify([ruleId, compactText(actual)]);
}

/** The stored list, whatever state it is in: malformed entries dropped, limits applied. */
export function repairIgnored(raw: unknown): IgnoredScope[] {
  const { data } = unwrap(raw);
  if (!Array.isArray(data)) return [];
  let scopes: IgnoredScope[] = [];
  for (const entry of data) {
    if (!isRecord(entry) || typeof entry.scope !== 'string' || !Array.isArray(entry.keys)) continue;
    const keys = [...new Set(entry.keys.filter((key): key is string => typeof key === 'string'))];
    const scope = entry.scope;
    // A scope listed twice: the later (more recent) entry wins.
    scopes = scopes.filter((other) => other.scope !== scope);
    scopes.push({ scope, keys: keys.slice(-MAX_KEYS_PER_SCOPE) });
  }
  return scopes.slice(-MAX_IGNORE_SCOPES);
}

/** Mark `scope` as just used (moved to the end). Unchanged when absent. */
export function touchScope(scopes: readonly IgnoredScope[], scope: string): IgnoredScope[] {
  const entry = scopes.find((other) => other.scope === scope);
  if (!entry) return [...scopes];
  return [...scopes.filter((other) => other !== entry), entry];
}

/** Add `key` to `scope`, mark the scope used, and evict what exceeds the limits. */
export function addKey(scopes: readonly IgnoredScope[], scope: string, key: string): IgnoredScope[] {
  const entry = scopes.find((other) => other.scope === scope);
  const keys = (entry?.keys ?? []).filter((other) => other !== key);
  keys.push(key);
  const updated = { scope, keys: keys.slice(-MAX_KEYS_PER_SCOPE) };
  return [...scopes.filter((other) => other.scope !== scope), updated].slice(-MAX_IGNORE_SCOPES);
}

const serial = createSerialQueue();

async function read(): Promise<IgnoredScope[]> {
  return repairIgnored(await readOrNull(KEY));
}

async function write(scopes: IgnoredScope[]): Promise<void> {
  await storage.setItem(KEY, wrap(scopes));
}

/** The keys ignored in `scope` (an order ID, or the page path). Never throws. */
export function loadIgnored(scope: string): Promise<Set<string>> {
  const name = compactText(scope);
  return serial(async () => {
    const scopes = await read();
    const entry = scopes.find((other) => other.scope === name);
    if (!entry) return new Set<string>();
    // Reading a scope is using it: it moves away from eviction.
    if (scopes[scopes.length - 1] !== entry) {
      try {
        await write(touchScope(scopes, name));
      } catch {
        // The order only decides eviction; losing one update does no harm.
      }
    }
    return new Set(entry.keys);
  });
}

/** Remember that the finding `key` (from ignoreKey) is ignored in `scope`. Rejects if local storage can not be written. */
export function addIgnored(scope: string, key: string): Promise<void> {
  const name = compactText(scope);
  return serial(async () => write(addKey(await read(), name, key)));
}

/** Forget every ignored finding of `scope`. Rejects if local storage can not be written. */
export function clearIgnored(scope: string): Promise<void> {
  const name = compactText(scope);
  return serial(async () => {
    const scopes = await read();
    if (!scopes.some((other) => other.scope === name)) return;
    await write(scopes.filter((other) => other.scope !== name));
  });
}
