import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { contactBuyerUrl, launchWithExtension } from './browsers.ts';
import type { BrowserName, ExtensionBrowser } from './browsers.ts';
import { IN_ASSISTANT, composeValue, hostLog, pickReason, pressUndo, typeInCompose, waitForFinding, waitUntil } from './assistant-helpers.ts';

/** A message with a problem of nearly every category Amazon blocks, each in its own sentence or line. */
const MESSAGE = [
  'Hi {buyer_name},',
  '',
  'Your parcel with the lamp ships today. Use code SAVE10 for 10% off your next order!',
  '',
  'If you love the lamp, please leave us a 5-star review.',
  '',
  'Questions? Email me at anna@lampshop.example.com or message us on WhatsApp.',
  'Visit https://lampshop.example.com for our other lamps.',
  '',
  'You can also order directly from our website, it is cheaper there.',
  'If you changed your mind, please cancel the order yourself in your account.',
  'To stop receiving these messages, reply STOP.',
  '',
  'Best regards,',
  'Anna',
].join('\n');

async function errorRules(page: Page): Promise<string[]> {
  return page.$$eval(`${IN_ASSISTANT} .cs-finding.cs-error`, (items) => items.map((li) => li.getAttribute('data-rule') ?? ''));
}

async function verdict(page: Page): Promise<string> {
  return page.$eval(`${IN_ASSISTANT} .cs-verdict`, (el) => el.getAttribute('data-verdict') ?? '');
}

describe.each<BrowserName>(['chromium', 'firefox'])('%s: fixing a message from the panel', (name) => {
  let run: ExtensionBrowser;

  beforeAll(async () => {
    run = await launchWithExtension(name, inject('fixturePort'));
  });
  afterAll(async () => {
    await run?.close();
  });

  it('Fix all makes one undoable edit, and it plus the choices it leaves make the message compliant', async () => {
    const page = await run.openPage(contactBuyerUrl());
    await pickReason(page);
    await typeInCompose(page, MESSAGE);
    await waitForFinding(page, 'off-amazon');
    const before = await errorRules(page);
    for (const rule of ['promotion', 'external-link', 'email-address', 'messenger-app', 'off-amazon-sale', 'cancellation-request', 'opt-out', 'placeholder']) {
      expect(before).toContain(rule);
    }
    expect(await verdict(page)).toBe('blocked');

    // One click, one edit: the page hears it (Chromium reports a multi-line insertion line by
    // line), and one Ctrl+Z brings the seller's text back exactly.
    const inputsBefore = (await hostLog(page)).inputs.length;
    await page.click(`${IN_ASSISTANT} [data-action="fix-all"]`);
    await waitUntil(page, async () => (await composeValue(page)) !== MESSAGE);
    expect((await hostLog(page)).inputs.length).toBeGreaterThan(inputsBefore);
    await page.waitForSelector(`${IN_ASSISTANT} .cs-fixed`);
    await pressUndo(page);
    await waitUntil(page, async () => (await composeValue(page)) === MESSAGE);

    // Fix all again, then whatever choices are left, from the panel alone.
    for (let step = 0; step < 12; step++) {
      await waitUntil(page, async () => (await page.$(`${IN_ASSISTANT} .cs-verdict`)) !== null);
      if ((await verdict(page)) !== 'blocked') break;
      const text = await composeValue(page);
      const fixAll = await page.$(`${IN_ASSISTANT} [data-action="fix-all"]`);
      if (fixAll) await fixAll.click();
      else await page.click(`${IN_ASSISTANT} .cs-finding.cs-error [data-action="apply"]`);
      await waitUntil(page, async () => (await composeValue(page)) !== text, 5000);
      // The panel catches up with the new text (a pause in typing, then the check).
      await new Promise((resolve) => setTimeout(resolve, 700));
    }
    expect(await errorRules(page)).toEqual([]);
    const fixed = await composeValue(page);
    // What was fine is still there: the greeting, the shipping news, the signature.
    expect(fixed).toContain('Your parcel with the lamp ships today.');
    expect(fixed).toMatch(/^Hi\b/);
    expect(fixed).toMatch(/Best regards,\nAnna$/);
    expect(fixed).not.toMatch(/\n\n\n| {2}/);
    await page.close();
  });

  it('draws no underline over the send guard or over Amazon\'s Review-message dialog', async () => {
    const page = await run.openPage(contactBuyerUrl());
    await pickReason(page);
    await typeInCompose(page, 'Hello Maria, use code SAVE10 for 10% off your next order.');
    await waitForFinding(page, 'promotion');
    await page.waitForSelector(`${IN_ASSISTANT} .clearsend-hl-box--error`);
    await page.click('kat-button.ayb-contact-form-send-button >>> button');
    await page.waitForSelector(`${IN_ASSISTANT} .cs-guard`);
    expect(await page.$(`${IN_ASSISTANT} .clearsend-hl-box`)).toBeNull();
    await page.click(`${IN_ASSISTANT} .cs-guard [data-action="send-anyway"]`);
    // English to a buyer whose language is Spanish: Amazon asks to review the message first.
    await page.waitForSelector('kat-modal[visible="true"]');
    await waitUntil(page, async () => (await page.$(`${IN_ASSISTANT} .clearsend-hl-box`)) === null, 3000);
    await page.close();
  });

  it('"Choose a template" lists fitting templates and replaces a thank-you-only message with one, undoably', async () => {
    const page = await run.openPage(contactBuyerUrl());
    await pickReason(page);
    const thanks = 'Thank you so much for your order! We hope you enjoy it.';
    await typeInCompose(page, thanks);
    await waitForFinding(page, 'not-permitted-type');
    // The panel settles (the page's context hints arrive just after the first check) before the click.
    await new Promise((resolve) => setTimeout(resolve, 700));
    const choose = `${IN_ASSISTANT} .cs-finding[data-rule="thank-you-only"] [data-action="apply"]`;
    await page.click(choose);
    // A click that landed while the panel re-rendered is made again, as a seller would.
    if (!(await page.waitForSelector(`${IN_ASSISTANT} .cs-templates`, { timeout: 3000 }).catch(() => null))) await page.click(choose);
    await page.waitForSelector(`${IN_ASSISTANT} .cs-template [data-action="use-template"]`, { timeout: 15_000 });
    await page.click(`${IN_ASSISTANT} .cs-template [data-action="use-template"]`);
    await waitUntil(page, async () => (await composeValue(page)) !== thanks);
    const replaced = await composeValue(page);
    expect(replaced).toContain('112-1234567-1234567'); // filled from the page
    await waitUntil(page, async () => (await page.$(`${IN_ASSISTANT} .cs-finding[data-rule="thank-you-only"]`)) === null);
    await pressUndo(page);
    await waitUntil(page, async () => (await composeValue(page)) === thanks);
    await page.close();
  });
});
