import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { TEST_HOSTS, contactBuyerUrl, launchWithExtension } from './browsers.ts';
import type { BrowserName, ExtensionBrowser } from './browsers.ts';

const ASSISTANT = 'clearsend-assistant';

describe.each<BrowserName>(['chromium', 'firefox'])('%s: the production build', (name) => {
  let run: ExtensionBrowser;

  beforeAll(async () => {
    run = await launchWithExtension(name, inject('fixturePort'));
  });
  afterAll(async () => {
    await run?.close();
  });

  it.each(TEST_HOSTS)('injects the assistant on the contact-buyer page of %s', async (host) => {
    const page = await run.openPage(contactBuyerUrl(host));
    await page.waitForSelector(ASSISTANT, { timeout: 10_000 });
    const shadow = await page.evaluate((tag) => {
      const el = document.querySelector(tag);
      return { count: document.querySelectorAll(tag).length, open: !!el?.shadowRoot };
    }, ASSISTANT);
    // Exactly one host, its shadow root open for the page's own components to stay apart.
    expect(shadow).toEqual({ count: 1, open: true });
    await page.close();
  });

  it('does not run on a Seller Central page outside /messaging/', async () => {
    const page = await run.openPage(`https://${TEST_HOSTS[0]}/orders-v3/order/112-1234567-1234567`);
    // The contact page proves the script injects within this time; give it the same chance here.
    const control = await run.openPage(contactBuyerUrl());
    await control.waitForSelector(ASSISTANT, { timeout: 10_000 });
    expect(await page.$(ASSISTANT)).toBeNull();
    expect(await page.title()).toContain('Order Details');
    await Promise.all([page.close(), control.close()]);
  });

  it('opens the popup and renders it', async () => {
    const popup = await run.openPopup();
    const heading = await popup.$eval('h1', (h) => h.textContent);
    expect(heading).toMatch(/Clearsend/);
    await popup.close();
  });

  it('opens the options page and renders it', async () => {
    const page = await run.openPage(`${run.extensionOrigin}/options.html`);
    await page.waitForSelector('#app h1');
    expect(await page.$eval('#app h1', (h) => h.textContent)).toMatch(/Clearsend/);
    await page.close();
  });
});
