/**
 * The adapter on fixture pages built like the real Seller Central (../shared/domain/seller-central-page.md):
 * the contact page (a reason picked first, the buyer's language differing or not, Amazon's
 * Review-message step), contact from Manage Returns, inbox threads switched without a page load,
 * and the page report on a page Clearsend cannot read.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { TEST_HOSTS, contactBuyerUrl, launchWithExtension } from './browsers.ts';
import type { BrowserName, ExtensionBrowser } from './browsers.ts';
import {
  COMPOSE,
  IN_ASSISTANT,
  hostLog,
  openPopupOverPage,
  pickReason,
  typeInCompose,
  waitForFinding,
  waitUntil,
} from './assistant-helpers.ts';

const PROMO = 'Hello, use code SAVE10 for 10% off your next order.';
const HOST = TEST_HOSTS[0];
const SEND_ANYWAY = `${IN_ASSISTANT} .cs-guard [data-action="send-anyway"]`;

const request = (orderId: string) =>
  `Hello Maria, would you take a moment to share your experience with the lamp from order ${orderId} in a review? Best regards, Tom`;

describe.each<BrowserName>(['chromium', 'firefox'])('%s: Seller Central pages as they are built', (name) => {
  let run: ExtensionBrowser;

  beforeAll(async () => {
    run = await launchWithExtension(name, inject('fixturePort'));
  });
  afterAll(async () => {
    await run?.close();
  });

  /** Presses the page's Send: the guard holds the click, and the page hears nothing of it. */
  const expectSendHeld = async (page: Page, send: string): Promise<void> => {
    await page.click(send);
    await page.waitForSelector(SEND_ANYWAY);
    expect((await hostLog(page)).sends).toHaveLength(0);
  };

  /** What the popup shows of the page's context: order and buyer. */
  const popupFacts = async (page: Page): Promise<{ order: string; buyer: string; popup: Page }> => {
    const popup = await openPopupOverPage(run, page);
    await popup.waitForSelector('[data-field="order"]', { timeout: 10_000 });
    const text = (selector: string) => popup.$eval(selector, (el) => (el.classList.contains('cs-popup-unknown') ? '?' : (el.textContent ?? '')));
    return { order: await text('[data-field="order"]'), buyer: await text('[data-field="buyer"]'), popup };
  };
  const factsOf = async (page: Page): Promise<{ order: string; buyer: string }> => {
    const { popup, ...facts } = await popupFacts(page);
    await popup.close();
    return facts;
  };

  it('contact page: the box comes after the reason; the reason is read from its light-DOM radio and label', async () => {
    const orderId = '112-8765432-1098765';
    const page = await run.openPage(contactBuyerUrl(HOST, orderId));
    await page.waitForSelector('clearsend-assistant');
    expect(await page.$(COMPOSE)).toBeNull();
    await pickReason(page, 'Notify of a problem with shipping your order');
    await typeInCompose(page, request(orderId));
    // A review request under a critical reason: the checker read the reason as "unexpected problem".
    await page.waitForSelector(`${IN_ASSISTANT} .cs-finding[data-rule="critical-reason-misuse"]`, { timeout: 10_000 });
    // Another reason picked: the context is re-read and the warning goes.
    await page.click('kat-radiobutton[label="Other"] > input[slot="radio"]');
    await waitUntil(page, async () => (await page.$(`${IN_ASSISTANT} .cs-finding[data-rule="critical-reason-misuse"]`)) === null, 10_000);
    await page.close();
  });

  it("contact page in the buyer's language: Send anyway sends at once, with no Review-message step", async () => {
    const page = await run.openPage(contactBuyerUrl(HOST, '114-2223334-4445556'));
    await pickReason(page);
    await typeInCompose(page, PROMO);
    await waitForFinding(page, 'promotion');
    await expectSendHeld(page, 'kat-button.ayb-contact-form-send-button >>> button');
    await page.click(SEND_ANYWAY);
    await page.waitForSelector('kat-alert[variant="success"]');
    const log = (await hostLog(page)) as Awaited<ReturnType<typeof hostLog>> & { reviews: number };
    expect(log.sent).toEqual([PROMO]);
    expect(log.reviews).toBe(0);
    await page.close();
  });

  it('contact from Manage Returns: the order from the URL, the box and Send found without their names', async () => {
    const orderId = '113-2468013-5791357';
    const page = await run.openPage(`https://${HOST}/messaging/contact/returns?buyerID=A2B3C4D5E6&isMYR=1&orderID=${orderId}`);
    await typeInCompose(page, PROMO);
    await waitForFinding(page, 'promotion');
    await expectSendHeld(page, 'kat-button[label="Send"] >>> button');
    await page.click(SEND_ANYWAY);
    await waitUntil(page, async () => (await hostLog(page)).sent.length === 1);
    expect(await factsOf(page)).toEqual({ order: orderId, buyer: '?' });
    await page.close();
  });

  it('inbox: the open thread’s order and buyer, never the list’s; a switched thread’s new box is found and read again', async () => {
    const maria = '6a1d2e4f-8b3c-4d5e-a6f7-1b2c3d4e5f60';
    const page = await run.openPage(`https://${HOST}/messaging/inbox?fi=caseId&ss=${maria}&cc=${maria}`);
    await page.waitForSelector(COMPOSE);
    // The thread list above it starts with Jonas Weber's order 305-7654321-1234567.
    expect(await factsOf(page)).toEqual({ order: '112-1234567-1234567', buyer: 'Maria Garcia' });

    // Another thread: the URL changes, the thread and its reply box are replaced, late.
    await page.click('a.thread-link[data-case="2b3c4d5e-6f7a-4b9c-8d1e-f2a3b4c5d6e7"]');
    await page.waitForFunction(() => document.querySelector('main h2')?.textContent === 'Chloé Martin');
    await page.waitForSelector(COMPOSE);
    await typeInCompose(page, PROMO);
    await waitForFinding(page, 'promotion');
    expect(await page.$$eval(`${IN_ASSISTANT} .cs-panel`, (panels) => panels.length)).toBe(1);
    expect(await factsOf(page)).toEqual({ order: '171-2345678-3456789', buyer: 'Chloé Martin' });
    // The guard holds the new box's Send too.
    await expectSendHeld(page, 'main kat-button[label="Send"] >>> button');
    await page.click(`${IN_ASSISTANT} .cs-guard [data-action="fix-first"]`);

    // A thread with no order (a question before buying): no order, rather than another buyer's.
    await page.click('a.thread-link[data-case="1a2b3c4d-5e6f-4a8b-9c0d-e1f2a3b4c5d6"]');
    await page.waitForFunction(() => document.querySelector('main h2')?.textContent === 'Noah Smith');
    await page.waitForSelector(COMPOSE);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await factsOf(page)).toEqual({ order: '?', buyer: 'Noah Smith' });
    await page.close();
  });

  it('a page Clearsend cannot read: the popup says so and shows a page report with no personal data in it', async () => {
    const page = await run.openPage(`https://${HOST}/messaging/fixture/unreadable.html`);
    await page.waitForSelector('clearsend-assistant');
    const { popup } = await popupFacts(page);
    await popup.waitForSelector('[data-action="page-report"]');
    if (name === 'firefox') await popup.bringToFront();
    await popup.click('[data-action="page-report"]');
    await popup.waitForSelector('.cs-popup-report-text pre');
    const report = await popup.$eval('.cs-popup-report-text pre', (el) => el.textContent ?? '');
    expect(report).toContain('message box: no');
    expect(report).toContain('sc-reply-composer [buyer=12]');
    // The page's own Send is there: found by its label, the box is what is missing.
    expect(report).toContain('send button: yes (by its label)');
    for (const secret of ['Maria', 'Garcia', 'Jonas', '112-1234567-1234567', '305-7654321-1234567', '@', 'Calle Mayor', '28013', '612 345', 'oak side table', '6a1d2e4f']) {
      expect(report).not.toContain(secret);
    }
    // Copied to the clipboard, or (a background tab's clipboard may refuse) shown to select.
    expect(await popup.$eval('.cs-popup-report', (el) => el.getAttribute('data-state'))).toMatch(/^(copied|not-copied)$/);
    await popup.close();
    await page.close();
  });
});
