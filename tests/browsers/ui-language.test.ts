import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { contactBuyerUrl, launchChromium } from './browsers.ts';
import type { ExtensionBrowser } from './browsers.ts';
import { IN_ASSISTANT, typeInCompose, waitForFinding } from './assistant-helpers.ts';

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
    const page = await run.openPage(contactBuyerUrl());
    await typeInCompose(page, 'Use code SAVE10 for 10% off your next order.');
    await waitForFinding(page, 'promotion');
    const panel = await page.$eval(`${IN_ASSISTANT} .cs-panel`, (el) => el.textContent ?? '');
    expect(panel).toContain('Fehler'); // the errors count
    const message = await page.$eval(`${IN_ASSISTANT} .cs-finding[data-category="promotion"] .cs-message`, (el) => el.textContent ?? '');
    expect(message).toMatch(/Werbung|Rabatt|Gutschein|Marketing/);
    await page.close();
  });

  it('opens the popup in German', async () => {
    const page = await run.openPage(contactBuyerUrl());
    await page.click('kat-textarea >>> textarea');
    const popup = await run.openPopup();
    await popup.waitForSelector('[data-field="order"]', { timeout: 10_000 });
    expect(await popup.evaluate(() => document.body.textContent ?? '')).toMatch(/Käufer|Bestellung/);
    await popup.close();
    await page.close();
  });
});
