import { describe, expect, it } from 'vitest';
import { STORAGE_VERSION, migrateData, unwrap, wrap } from '../../../lib/storage/migrate';

describe('versioned envelopes', () => {
  it('wraps in the current version', () => {
    expect(STORAGE_VERSION).toBe(1);
    expect(wrap({ a: 1 })).toEqual({ v: 1, data: { a: 1 } });
  });

  it('reads an envelope, and anything else as version 0', () => {
    expect(unwrap({ v: 3, data: 'x' })).toEqual({ version: 3, data: 'x' });
    expect(unwrap({ name: 'legacy' })).toEqual({ version: 0, data: { name: 'legacy' } });
    for (const junk of [null, undefined, 42, 'text', [1], { v: 'one', data: 1 }, { v: 1.5 }, { v: 0 }, { v: -1 }]) {
      expect(unwrap(junk).version).toBe(0);
    }
  });
});

describe('migrateData', () => {
  const migrations = {
    1: (old: unknown) => ({ step1: old }),
    3: (old: unknown) => ({ step3: old }),
  };

  it('runs each step in order up to the target', () => {
    expect(migrateData('x', 0, 3, migrations)).toEqual({ step3: { step1: 'x' } });
    expect(migrateData('x', 1, 3, migrations)).toEqual({ step3: 'x' });
  });

  it('leaves data of the target version, or newer, alone', () => {
    expect(migrateData('x', 3, 3, migrations)).toBe('x');
    expect(migrateData('x', 5, 3, migrations)).toBe('x');
  });
});
