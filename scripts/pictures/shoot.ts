/**
 * Takes the pictures of scenes.ts in Chromium with the production build, over the fixture
 * contact-buyer page, the way a seller gets there: the contact reason picked, the sample typed,
 * then Send, Fix all, the toolbar popup and the options page. Each picture waits for what it
 * shows (a selector, the fonts, two frames), never for a fixed time.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { BoundingBox, Page } from 'puppeteer-core';
import { IN_ASSISTANT, pickReason } from '../../tests/browsers/assistant-helpers.ts';
import { contactBuyerUrl, launchChromium } from '../../tests/browsers/browsers.ts';
import type { ExtensionBrowser } from '../../tests/browsers/browsers.ts';
import { startFixtureServer } from '../../tests/browsers/server.ts';
import { sampleCheck } from './inputs.ts';
import { pngSize } from './png.ts';
import { SAMPLE_MESSAGE, SAMPLE_REASON, STORE_SIZE } from './scenes.ts';
import type { Frame, Picture, SceneName, Scheme } from './scenes.ts';
import type { Finding } from '../../lib/rules/types.ts';

/**
 * The page's size in CSS pixels: wide enough that the panel sits beside the message box (at
 * 1280 it docks over it). Store screenshots draw it at 0.8 device pixels per CSS pixel, which
 * makes exactly the listing's 1280x800.
 */
const PAGE = { width: 1600, height: 1000 } as const;
const STORE_SCALE = STORE_SIZE.width / PAGE.width;
const MARGIN = 24;

export interface Shot {
  picture: Picture;
  width: number;
  height: number;
}

async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

async function useScheme(page: Page, scheme: Scheme): Promise<void> {
  // Reduced motion: no picture catches a transition half-way.
  await page.emulateMediaFeatures([
    { name: 'prefers-color-scheme', value: scheme },
    { name: 'prefers-reduced-motion', value: 'reduce' },
  ]);
}

async function rectOf(page: Page, selector: string): Promise<BoundingBox> {
  const handle = await page.waitForSelector(selector, { visible: true });
  const box = await handle?.boundingBox();
  if (!box) throw new Error(`${selector} is not on the page`);
  return box;
}

function union(...boxes: BoundingBox[]): BoundingBox {
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

function around(box: BoundingBox, limit: { width: number; height: number }): BoundingBox {
  const x = Math.max(0, Math.floor(box.x - MARGIN));
  const y = Math.max(0, Math.floor(box.y - MARGIN));
  return {
    x,
    y,
    width: Math.min(limit.width, Math.ceil(box.x + box.width + MARGIN)) - x,
    height: Math.min(limit.height, Math.ceil(box.y + box.height + MARGIN)) - y,
  };
}

/**
 * Waits until the box holds `text` and the panel lists the engine's errors and warnings for it:
 * the check runs once typing pauses, so a picture taken earlier would show a half-typed message.
 */
async function panelShows(page: Page, text: string, findings: readonly Finding[]): Promise<void> {
  const problems = findings.filter((finding) => finding.severity !== 'info').length;
  await page.waitForFunction(
    (expected: string, count: number) => {
      const box = document.querySelector('kat-textarea')?.shadowRoot?.querySelector('textarea');
      const panel = document.querySelector('clearsend-assistant')?.shadowRoot?.querySelector('.cs-panel');
      return box?.value === expected && panel?.querySelectorAll('.cs-finding:is(.cs-error, .cs-warning)').length === count;
    },
    { timeout: 15_000 },
    text,
    problems,
  );
}

type Save = (picture: Picture, png: Uint8Array) => Promise<void>;

/** The contact-buyer page with the reason picked and the sample typed, its findings shown. */
async function openComposedPage(run: ExtensionBrowser, frame: Frame, scheme: Scheme): Promise<Page> {
  const page = await run.browser.newPage();
  await page.setViewport({ ...PAGE, deviceScaleFactor: frame === 'store' ? STORE_SCALE : 1 });
  await useScheme(page, scheme);
  await page.goto(contactBuyerUrl(), { waitUntil: 'load' });
  await pickReason(page, SAMPLE_REASON.label);
  // The browser's own spelling squiggles and the blinking caret come and go between runs and
  // would be taken for Clearsend's underlines: the pictures show the box without them.
  await page.$eval('kat-textarea >>> textarea', (box) => {
    (box as HTMLTextAreaElement).spellcheck = false;
    (box as HTMLTextAreaElement).style.caretColor = 'transparent';
  });
  await page.click('kat-textarea >>> textarea');
  await page.keyboard.type(SAMPLE_MESSAGE);
  await panelShows(page, SAMPLE_MESSAGE, sampleCheck().findings);
  return page;
}

/** The message box and the panel beside it, with the page's heading above. */
async function composeRegion(page: Page): Promise<BoundingBox> {
  return union(
    await rectOf(page, '.ayb-contact-buyer-header h2'),
    await rectOf(page, 'kat-textarea'),
    await rectOf(page, 'kat-button.ayb-contact-form-send-button'),
    await rectOf(page, `${IN_ASSISTANT} .cs-panel`),
  );
}

async function shootPage(page: Page, frame: Frame, region: () => Promise<BoundingBox>): Promise<Uint8Array> {
  await settle(page);
  if (frame === 'store') return page.screenshot({ type: 'png' });
  return page.screenshot({ type: 'png', clip: around(await region(), PAGE) });
}

/**
 * The popup, whole. It is popup.html in a window of its own, beside the fixture page's: the
 * toolbar's popup window cannot be resized from automation (and is shorter than its content in
 * headless Chromium), and a popup page finds the Seller Central tab among the active tabs.
 */
async function popupImage(run: ExtensionBrowser, scheme: Scheme): Promise<Uint8Array> {
  const url = `${run.extensionOrigin}/popup.html`;
  const session = await run.browser.target().createCDPSession();
  await session.send('Target.createTarget', { url, newWindow: true });
  await session.detach();
  const target = await run.browser.waitForTarget((t) => t.url() === url && t.type() === 'page');
  const popup = await target.asPage();
  await popup.setViewport({ width: 410, height: 600, deviceScaleFactor: 1 });
  await useScheme(popup, scheme);
  await popup.waitForSelector('[data-field="order"]');
  await popup.waitForFunction(() => document.activeElement?.getAttribute('role') === 'option');
  const height = await popup.evaluate(() => document.documentElement.scrollHeight);
  await popup.setViewport({ width: 410, height, deviceScaleFactor: 1 });
  await settle(popup);
  const png = await popup.screenshot({ type: 'png' });
  await popup.close();
  return png;
}

/** The store's popup picture: the popup where the browser opens it, below the toolbar, over the page. */
async function popupOverPage(page: Page, png: Uint8Array): Promise<Uint8Array> {
  const source = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
  await page.evaluate((src: string) => {
    const image = document.createElement('img');
    image.id = 'clearsend-picture-popup';
    image.src = src;
    image.style.cssText =
      'position:fixed;top:4px;right:16px;z-index:2147483647;border:1px solid #9aa3ad;border-radius:8px;box-shadow:0 8px 28px rgba(0,0,0,.35)';
    document.body.append(image);
    // One picture pixel to one screen pixel, as the popup itself is drawn.
    return image.decode().then(() => {
      image.style.width = `${image.naturalWidth / devicePixelRatio}px`;
    });
  }, source);
  await settle(page);
  const shot = await page.screenshot({ type: 'png' });
  await page.evaluate(() => document.getElementById('clearsend-picture-popup')?.remove());
  return shot;
}

async function shootOptions(run: ExtensionBrowser, frame: Frame, scheme: Scheme): Promise<Uint8Array> {
  const page = await run.browser.newPage();
  const size = frame === 'store' ? STORE_SIZE : { width: 1000, height: 1000 };
  await page.setViewport({ ...size, deviceScaleFactor: 1 });
  await useScheme(page, scheme);
  await page.goto(`${run.extensionOrigin}/options.html`, { waitUntil: 'load' });
  await page.waitForSelector('#app > *');
  await page.waitForSelector('input, textarea');
  await settle(page);
  const png =
    frame === 'store'
      ? await page.screenshot({ type: 'png' })
      : await page.screenshot({ type: 'png', clip: around(await rectOf(page, '.options'), { width: size.width, height: 900 }) });
  await page.close();
  return png;
}

/** One page session: the scenes of one frame and scheme, in the order a seller meets them. */
async function shootSession(run: ExtensionBrowser, frame: Frame, scheme: Scheme, wanted: readonly Picture[], save: Save): Promise<void> {
  const pick = (scene: SceneName): Picture | undefined => wanted.find((p) => p.scene === scene && p.frame === frame && p.scheme === scheme);
  const page = await openComposedPage(run, frame, scheme);
  const panel = pick('panel');
  if (panel) await save(panel, await shootPage(page, frame, () => composeRegion(page)));

  const popup = pick('popup');
  if (popup) {
    const png = await popupImage(run, scheme);
    await page.bringToFront();
    await save(popup, frame === 'store' ? await popupOverPage(page, png) : png);
  }

  const guard = pick('guard');
  if (guard) {
    await page.click('kat-button.ayb-contact-form-send-button');
    const dialog = `${IN_ASSISTANT} .cs-guard`;
    await page.waitForSelector(dialog, { visible: true });
    await save(guard, await shootPage(page, frame, () => rectOf(page, dialog)));
    await page.click(`${dialog} [data-action="fix-first"]`);
    await page.waitForSelector(dialog, { hidden: true });
  }

  const fixed = pick('fixed');
  if (fixed) {
    await page.click(`${IN_ASSISTANT} [data-action="fix-all"]`);
    await page.waitForSelector(`${IN_ASSISTANT} .cs-fixed`, { visible: true });
    const { fixedText, left } = sampleCheck();
    await panelShows(page, fixedText, left);
    await save(fixed, await shootPage(page, frame, () => composeRegion(page)));
  }
  await page.close();

  const options = pick('options');
  if (options) await save(options, await shootOptions(run, frame, scheme));
}

/**
 * Takes `pictures` and writes them under `root` (the repository, or another folder for a trial
 * run). The Firefox store's screenshots are the Chrome store's: the extension's pages and panel
 * are the same in both browsers, and these are rendered in Chromium.
 */
export async function shootPictures(pictures: readonly Picture[], root: string): Promise<{ shots: Shot[]; browserVersion: string }> {
  const server = await startFixtureServer(0);
  const run = await launchChromium(server.port, { headless: true });
  const shots: Shot[] = [];
  const taken = new Map<string, Uint8Array>();
  const save: Save = async (picture, png) => {
    await mkdir(dirname(join(root, picture.file)), { recursive: true });
    await writeFile(join(root, picture.file), png);
    shots.push({ picture, ...pngSize(png) });
    console.log(`saved ${picture.file}`);
  };
  try {
    const sessions: [Frame, Scheme][] = [
      ['readme', 'light'],
      ['readme', 'dark'],
      ['store', 'light'],
    ];
    for (const [frame, scheme] of sessions) {
      const wanted = pictures.filter((p) => p.frame === frame && p.scheme === scheme && p.store !== 'firefox');
      if (wanted.length > 0) await shootSession(run, frame, scheme, wanted, async (picture, png) => {
        if (picture.frame === 'store') taken.set(picture.scene, png);
        await save(picture, png);
      });
    }
    for (const picture of pictures.filter((p) => p.store === 'firefox')) {
      const png = taken.get(picture.scene);
      if (!png) throw new Error(`${picture.file}: its Chrome store picture was not taken in this run`);
      await save(picture, png);
    }
    return { shots, browserVersion: await run.browser.version() };
  } finally {
    await run.close();
    await server.close();
  }
}
