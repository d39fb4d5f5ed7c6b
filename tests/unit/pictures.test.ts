import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { engineAnswers, fileHash, pictureInputs, sourceClosure } from '../../scripts/pictures/inputs';
import { MANIFEST_FILE, PICTURES, SAMPLE_MESSAGE, STORE_SIZE } from '../../scripts/pictures/scenes';
import type { Picture } from '../../scripts/pictures/scenes';
import { pngSize } from '../../scripts/pictures/png';

interface Recorded extends Picture {
  width: number;
  height: number;
  inputs: string;
  png: string;
}

const REGENERATE = 'run npm run demo -- --pictures (after npm run build) and commit docs/pictures, docs/store and docs/pictures.json';

const manifest = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')) as { pictures: Recorded[] };

describe('the README’s and the stores’ pictures', () => {
  it('are the pictures scenes.ts defines, no more and no fewer', () => {
    expect(manifest.pictures.map((p) => p.file).sort(), REGENERATE).toEqual(PICTURES.map((p) => p.file).sort());
  });

  it('are up to date with the code, the fixture page and the engine’s answers that make them', () => {
    const stale = PICTURES.filter((picture) => manifest.pictures.find((p) => p.file === picture.file)?.inputs !== pictureInputs(picture));
    expect(stale.map((p) => p.file), `pictures out of date: ${REGENERATE}`).toEqual([]);
  });

  it('are the files the script wrote, at the sizes it recorded; store screenshots at 1280x800', () => {
    for (const recorded of manifest.pictures) {
      expect(fileHash(recorded.file), `${recorded.file} is not the picture the script took: ${REGENERATE}`).toBe(recorded.png);
      const png = readFileSync(recorded.file);
      expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
      expect(pngSize(png)).toEqual({ width: recorded.width, height: recorded.height });
      if (recorded.frame === 'store') expect(pngSize(png)).toEqual(STORE_SIZE);
      // Reasonably small for a repository and a page of pictures.
      expect(png.length).toBeLessThan(250_000);
    }
  });

  it('each README picture is shown or linked in the README, light and dark', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const picture of PICTURES.filter((p) => p.frame === 'readme')) expect(readme, picture.file).toContain(`(${picture.file})`);
  });
});

describe('what a picture’s hash covers', () => {
  it('the UI code behind the scene, through its imports and styles, but not the engine’s source', () => {
    const popup = sourceClosure(['entrypoints/popup/index.html']);
    expect(popup.files).toEqual(expect.arrayContaining(['components/Popup.tsx', 'components/popup/TemplateList.tsx', 'components/popup.css', 'components/tokens.css']));
    expect(popup.packages).toContain('preact');
    const page = sourceClosure(['entrypoints/content/index.tsx']);
    expect(page.files).toEqual(expect.arrayContaining(['components/AssistantPanel.tsx', 'components/assistant.css', 'components/SendGuardDialog.tsx']));
    expect([...popup.files, ...page.files].some((file) => file.startsWith('lib/rules/'))).toBe(false);
  });

  it('the engine’s answer for the scene: another message, another hash', () => {
    const panel = PICTURES.find((p) => p.scene === 'panel')!;
    expect(pictureInputs(panel, engineAnswers('panel', `${SAMPLE_MESSAGE} Visit www.example.com`))).not.toBe(pictureInputs(panel));
    expect(pictureInputs(panel, engineAnswers('panel', SAMPLE_MESSAGE))).toBe(pictureInputs(panel));
  });

  it('the scene: light and dark, README and store differ', () => {
    const hashes = new Set(PICTURES.map((p) => pictureInputs(p)));
    expect(hashes.size).toBe(PICTURES.length);
  });
});
