import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('npm run demo', () => {
  it('with --screenshot, runs headless over the fixture page and saves a PNG', () => {
    mkdirSync('.tmp', { recursive: true });
    const file = '.tmp/demo-test.png';
    rmSync(file, { force: true });
    const result = spawnSync(process.execPath, ['scripts/demo.ts', '--screenshot', file], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status, result.stderr).toBe(0);
    const png = readFileSync(file);
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    // IHDR width and height: a real page-sized picture, not an empty one.
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(800);
    expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(600);
  });
});
