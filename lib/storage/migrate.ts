/**
 * Versioned values. Every stored value is an envelope `{ v, data }`; `v` says which shape `data`
 * has. A value without a usable `v` predates envelopes: version 0.
 *
 * A migration turns data of version N-1 into version N and is registered under N. Migrations must
 * accept anything (stored data can be corrupted); the reader validates their output afterwards.
 */

/** The shape every storage item is written in today. Raise it together with a migration. */
export const STORAGE_VERSION = 1;

export type Migration = (previous: unknown) => unknown;
/** Keyed by the version each migration produces. */
export type Migrations = Readonly<Record<number, Migration>>;

export interface Envelope {
  v: number;
  data: unknown;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function wrap(data: unknown, version = STORAGE_VERSION): Envelope {
  return { v: version, data };
}

/** Read an envelope; anything else is version-0 data as it stands. */
export function unwrap(raw: unknown): { version: number; data: unknown } {
  if (isRecord(raw) && typeof raw.v === 'number' && Number.isInteger(raw.v) && raw.v >= 1) {
    return { version: raw.v, data: raw.data };
  }
  return { version: 0, data: raw };
}

/**
 * Run the migrations from `from` up to `to`, in order. A version without a registered migration
 * kept the previous shape. Data from a newer version than `to` (written by a newer release on another
 * synced browser) is returned as it is: the reader's validation keeps whatever it understands.
 * Throws only if a migration throws.
 */
export function migrateData(data: unknown, from: number, to: number, migrations: Migrations): unknown {
  let value = data;
  for (let version = from + 1; version <= to; version++) {
    const step = migrations[version];
    if (step) value = step(value);
  }
  return value;
}
