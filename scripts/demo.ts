/**
 * `npm run demo`: try Clearsend without a seller account. Serves the fixture contact-buyer page
 * as https://sellercentral.amazon.com on a loopback port and opens Chromium with the built
 * extension on it, with a sample message typed in.
 *
 *   npm run demo                         a normal window (where there is a display)
 *   npm run demo -- --screenshot F.png   headless: saves a picture of the page and exits
 *   npm run demo -- --pictures           headless: the README's pictures (docs/pictures) and the
 *                                        store screenshots (docs/store), with docs/pictures.json
 *   npm run demo -- --pictures --out DIR the same under DIR, for a trial run
 *
 * Needs the build (npm run build) and Chromium (CHROMIUM_PATH, default /usr/bin/chromium).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startFixtureServer } from '../tests/browsers/server.ts';
import { contactBuyerUrl, launchChromium, outputDir } from '../tests/browsers/browsers.ts';
import { ROOT, pictureFiles, pictureInputs } from './pictures/inputs.ts';
import { MANIFEST_FILE, PICTURES, SAMPLE_MESSAGE, SAMPLE_REASON } from './pictures/scenes.ts';
import { shootPictures } from './pictures/shoot.ts';

const args = process.argv.slice(2);
if (args.includes('--pictures')) {
  if (!existsSync(outputDir('chromium'))) {
    console.error('No build found: run `npm run build` first.');
    process.exit(2);
  }
  const outAt = args.indexOf('--out');
  const out = outAt >= 0 ? args[outAt + 1] : ROOT;
  if (!out) {
    console.error('usage: npm run demo -- --pictures [--out DIR]');
    process.exit(2);
  }
  // The pictures must show the sources they are recorded against: a build older than any of them
  // (the engine's included) would make pictures that pass the check but show something else.
  const built = statSync(join(outputDir('chromium'), 'manifest.json')).mtimeMs;
  const sources = new Set([...PICTURES.flatMap(pictureFiles), ...readdirSync('lib/rules', { recursive: true, encoding: 'utf8' }).map((f) => join('lib/rules', f))]);
  const newer = [...sources].filter((file) => statSync(file).isFile() && statSync(file).mtimeMs > built && !file.startsWith('scripts/') && !file.startsWith('tests/'));
  if (newer.length > 0) {
    console.error(`The build is older than ${newer.slice(0, 3).join(', ')}${newer.length > 3 ? '…' : ''}: run \`npm run build\` first.`);
    process.exit(2);
  }
  const { shots, browserVersion } = await shootPictures(PICTURES, out);
  shots.sort((a, b) => PICTURES.indexOf(a.picture) - PICTURES.indexOf(b.picture));
  const manifest = {
    about: 'Made by `npm run demo -- --pictures` from the production build; tests/unit/pictures.test.ts checks that they are up to date.',
    browser: browserVersion,
    pictures: shots.map(({ picture, width, height }) => ({
      ...picture,
      width,
      height,
      inputs: pictureInputs(picture),
      png: createHash('sha256').update(readFileSync(join(out, picture.file))).digest('hex'),
    })),
  };
  await writeFile(join(out, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`saved ${join(out, MANIFEST_FILE)}`);
  process.exit(0);
}
const shotAt = args.indexOf('--screenshot');
const screenshot = shotAt >= 0 ? args[shotAt + 1] : undefined;
if (shotAt >= 0 && !screenshot) {
  console.error('usage: npm run demo -- [--screenshot FILE.png | --pictures]');
  process.exit(2);
}
if (!existsSync(outputDir('chromium'))) {
  console.error('No build found: run `npm run build` first.');
  process.exit(2);
}

const headless = screenshot !== undefined || !process.env.DISPLAY;
const server = await startFixtureServer(0);
const run = await launchChromium(server.port, { headless });
const page = await run.openPage(contactBuyerUrl());
// A common desktop width: the panel sits beside the compose box (narrower windows dock it).
if (headless) await page.setViewport({ width: 1600, height: 900 });
// As a seller does: the message box appears once a contact reason is picked.
await page.click(`kat-radiobutton[label="${SAMPLE_REASON.label}"] > input[slot="radio"]`);
await page.waitForSelector('.contact-buyer-text-area kat-textarea');
await page.click('.contact-buyer-text-area kat-textarea');
await page.keyboard.type(SAMPLE_MESSAGE);

if (screenshot) {
  // Let the assistant finish its check before the picture.
  await new Promise((resolve) => setTimeout(resolve, 800));
  await page.screenshot({ path: screenshot as `${string}.png`, fullPage: true });
  console.log(`saved ${screenshot}`);
  await run.close();
  await server.close();
} else {
  console.log(headless ? 'No display: use --screenshot FILE.png to see the page.' : 'Chromium is open on the fixture page. Close it to stop.');
  if (headless) {
    await run.close();
    await server.close();
  } else {
    run.browser.on('disconnected', () => void server.close());
  }
}
