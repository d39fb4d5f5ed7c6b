import { afterEach, describe, expect, inject, it } from 'vitest';
import { contactBuyerUrl, launchWithExtension, outputDir } from './browsers.ts';
import type { ExtensionBrowser } from './browsers.ts';
import { IN_ASSISTANT, hostLog, openContactPage, pickReason, typeInCompose, waitForFinding, waitUntil } from './assistant-helpers.ts';

/** The extension updated or reloaded under an open Seller Central tab. */
describe('extension reload and update', () => {
  let run: ExtensionBrowser | undefined;
  afterEach(async () => {
    await run?.close();
    run = undefined;
  });

  it('chromium: a reload leaves no orphaned panel, and the page keeps working', async () => {
    run = await launchWithExtension('chromium', inject('fixturePort'));
    const page = await openContactPage(run, contactBuyerUrl());
    await typeInCompose(page, 'Use code SAVE10 now.');
    await waitForFinding(page, 'promotion');
    const worker = await (await run.browser.waitForTarget((t) => t.type() === 'service_worker')).worker();
    await worker!.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload());
    await waitUntil(page, async () => (await page.$$('clearsend-assistant')).length === 0, 10_000);
    // The seller's text is intact and the page's own form still hears the box.
    await page.keyboard.type(' Thanks.');
    const log = await hostLog(page);
    expect(log.inputs.at(-1)?.value).toBe('Use code SAVE10 now. Thanks.');
  });

  it('firefox: an update re-injects one assistant, never two', async () => {
    run = await launchWithExtension('firefox', inject('fixturePort'));
    const page = await run.openPage(contactBuyerUrl());
    await page.waitForSelector('clearsend-assistant');
    // Firefox injects content scripts into open tabs when an add-on is installed or updated.
    await run.browser.installExtension(outputDir('firefox'));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await page.$$eval('clearsend-assistant', (hosts) => hosts.length)).toBe(1);
    await pickReason(page);
    await typeInCompose(page, 'Use code SAVE10 now.');
    await waitForFinding(page, 'promotion');
    expect(await page.$$eval(`${IN_ASSISTANT} .cs-panel`, (panels) => panels.length)).toBe(1);
  });
});
