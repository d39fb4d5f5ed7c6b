/**
 * `npm run demo`: try Clearsend without a seller account. Serves the fixture contact-buyer page
 * as https://sellercentral.amazon.com on a loopback port and opens Chromium with the built
 * extension on it, with a sample message typed in.
 *
 *   npm run demo                         a normal window (where there is a display)
 *   npm run demo -- --screenshot F.png   headless: saves a picture of the page and exits
 *
 * Needs the build (npm run build) and Chromium (CHROMIUM_PATH, default /usr/bin/chromium).
 */
import { existsSync } from 'node:fs';
import { startFixtureServer } from '../tests/browsers/server.ts';
import { contactBuyerUrl, launchChromium, outputDir } from '../tests/browsers/browsers.ts';

const SAMPLE =
  '[Important] Hi Maria, thank you for your order! Use code SAVE10 for 10% off your next order. ' +
  'If you are happy, please leave a 5-star review; if not, contact us first at help@myshop.com.';

const args = process.argv.slice(2);
const shotAt = args.indexOf('--screenshot');
const screenshot = shotAt >= 0 ? args[shotAt + 1] : undefined;
if (shotAt >= 0 && !screenshot) {
  console.error('usage: npm run demo -- [--screenshot FILE.png]');
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
await page.click('kat-radiobutton[label="Other"] > input[slot="radio"]');
await page.waitForSelector('.contact-buyer-text-area kat-textarea');
await page.click('.contact-buyer-text-area kat-textarea');
await page.keyboard.type(SAMPLE);

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
