import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pictureInputs } from '../../scripts/pictures/inputs.ts';
import { pngSize } from '../../scripts/pictures/png.ts';
import { MANIFEST_FILE, PICTURES } from '../../scripts/pictures/scenes.ts';

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

  it('with --pictures --out, takes every README and store picture from the build and records them', () => {
    const out = '.tmp/demo-pictures';
    rmSync(out, { recursive: true, force: true });
    const result = spawnSync(process.execPath, ['scripts/demo.ts', '--pictures', '--out', out], { encoding: 'utf8', timeout: 140_000 });
    expect(result.status, result.stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, MANIFEST_FILE), 'utf8')) as { pictures: { file: string; width: number; height: number; inputs: string }[] };
    expect(manifest.pictures.map((p) => p.file)).toEqual(PICTURES.map((p) => p.file));
    for (const [index, recorded] of manifest.pictures.entries()) {
      const png = readFileSync(join(out, recorded.file));
      expect(pngSize(png)).toEqual({ width: recorded.width, height: recorded.height });
      // What the unit test compares against: the same sources give the same record.
      expect(recorded.inputs).toBe(pictureInputs(PICTURES[index]!));
    }
    // Twenty pictures from one browser: more than the suite's default minute on a slow machine.
  }, 150_000);
});
