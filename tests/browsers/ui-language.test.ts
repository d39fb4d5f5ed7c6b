import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { contactBuyerUrl, launchChromium } from './browsers.ts';
import type { ExtensionBrowser } from './browsers.ts';
import { IN_ASSISTANT, openContactPage, typeInCompose, waitForFinding } from './assistant-helpers.ts';

/** A browser whose UI is German: Clearsend's panel, its findings and its popup speak German. */
describe('chromium in German', () => {
  let run: ExtensionBrowser;
  beforeAll(async () => {
    run = await launchChromium(inject('fixturePort'), { language: 'de' });
  });
  afterAll(async () => {
    await run?.close();
  });

  it('shows the panel and the findings in German', async () => {
    const page = await openContactPage(run, contactBuyerUrl());
    await typeInCompose(page, 'Use code SAVE10 for 10% off your next order.');
    await waitForFinding(page, 'promotion');
    const panel = await page.$eval(`${IN_ASSISTANT} .cs-panel`, (el) => el.textContent ?? '');
    expect(panel).toContain('Fehler'); // the errors count
    const message = await page.$eval(`${IN_ASSISTANT} .cs-finding[data-category="promotion"] .cs-message`, (el) => el.textContent ?? '');
    expect(message).toMatch(/Werbung|Rabatt|Gutschein|Marketing/);
    await page.close();
  });

  it('opens the popup in German', async () => {
    const page = await openContactPage(run, contactBuyerUrl());
    await page.click('kat-textarea >>> textarea');
    const popup = await run.openPopup();
    await popup.waitForSelector('[data-field="order"]', { timeout: 10_000 });
    expect(await popup.evaluate(() => document.body.textContent ?? '')).toMatch(/Käufer|Bestellung/);
    await popup.close();
    await page.close();
  });
});

/** The panel and the extension's pages follow the system's light or dark scheme. */
describe('chromium in dark mode', () => {
  let run: ExtensionBrowser;
  beforeAll(async () => {
    run = await launchChromium(inject('fixturePort'));
  });
  afterAll(async () => {
    await run?.close();
  });

  const background = (page: Page, selector: string) =>
    page.$eval(selector, (el) => getComputedStyle(el).backgroundColor);

  it('draws the panel and the options page dark when the system is dark', async () => {
    const page = await openContactPage(run, contactBuyerUrl());
    await typeInCompose(page, 'Use code SAVE10 for 10% off your next order.');
    await waitForFinding(page, 'promotion');
    const panel = `${IN_ASSISTANT} .cs-panel`;
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    const light = await background(page, panel);
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    const dark = await background(page, panel);
    expect(light).toBe('rgb(255, 255, 255)');
    expect(dark).not.toBe(light);

    const options = await run.openPage(`${run.extensionOrigin}/options.html`);
    await options.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    const optionsDark = await background(options, 'body');
    await options.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    expect(await background(options, 'body')).toBe('rgb(255, 255, 255)');
    expect(optionsDark).not.toBe('rgb(255, 255, 255)');
    await Promise.all([page.close(), options.close()]);
  });
});
