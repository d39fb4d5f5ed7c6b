import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The names in a zip file's central directory (enough to check what a store zip holds). */
function zipEntries(file: string): string[] {
  const zip = readFileSync(file);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return names;
}

describe('npm run zip', () => {
  it('makes the store zips and the Firefox sources zip', () => {
    const result = spawnSync('npm', ['run', '--silent', 'zip'], { encoding: 'utf8', timeout: 180_000 });
    expect(result.status, result.stderr).toBe(0);
    const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
    for (const browser of ['chrome', 'firefox']) {
      const names = zipEntries(`.output/clearsend-${version}-${browser}.zip`);
      expect(names).toContain('manifest.json');
      expect(names).toContain('content-scripts/content.js');
      expect(names).toContain('_locales/ja/messages.json');
    }
    const sources = zipEntries(`.output/clearsend-${version}-sources.zip`);
    expect(sources).toContain('package.json');
    expect(sources).toContain('lib/rules/index.ts');
    expect(sources.some((name) => name.startsWith('node_modules/') || name.startsWith('.output/'))).toBe(false);
  });
});
