/**
 * One review request per order, in the real browsers: what left from the Request a Review page
 * or through Send is remembered, and a second request for that order is flagged; other orders are
 * not affected.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { TEST_HOSTS, contactBuyerUrl, launchWithExtension } from './browsers.ts';
import type { BrowserName, ExtensionBrowser } from './browsers.ts';
import { IN_ASSISTANT, findingCategories, hostLog, pickReason, sendFromReviewStep, typeInCompose, waitForFinding, waitUntil } from './assistant-helpers.ts';

const request = (orderId: string) =>
  `Hello Maria, would you take a moment to share your experience with the lamp from order ${orderId} in a review? Best regards, Tom`;

describe.each<BrowserName>(['chromium', 'firefox'])('%s: one review request per order', (name) => {
  let run: ExtensionBrowser;

  const open = async (url: string): Promise<Page> => {
    const page = await run.openPage('about:blank');
    await page.goto(url, { waitUntil: 'load' });
    return page;
  };

  /** Types a review request on the order's contact page; resolves with what the panel shows. */
  const typeRequest = async (orderId: string): Promise<{ page: Page; categories: string[] }> => {
    const page = await open(contactBuyerUrl(TEST_HOSTS[0], orderId));
    await pickReason(page);
    await typeInCompose(page, request(orderId));
    // The neutral request is noted (a context hint) or, for an order already asked, an error.
    await page.waitForSelector(`${IN_ASSISTANT} .cs-finding`, { timeout: 10_000 });
    await waitUntil(page, async () => (await findingCategories(page)).length > 0);
    return { page, categories: await findingCategories(page) };
  };

  beforeAll(async () => {
    run = await launchWithExtension(name, inject('fixturePort'));
  });
  afterAll(async () => {
    await run?.close();
  });

  it("remembers the Request a Review page's Yes and flags a second request for that order only", async () => {
    const asked = '111-2223334-4445556';
    const reviews = await open(`https://${TEST_HOSTS[0]}/messaging/reviews?orderId=${asked}&marketplaceId=ATVPDKIKX0DER`);
    await reviews.click('kat-button.request-review-no');
    await reviews.click('kat-button.request-review-yes');
    await reviews.waitForSelector('.sent.shown');
    await reviews.close();

    const repeat = await typeRequest(asked);
    await waitForFinding(repeat.page, 'review-manipulation');
    const message = await repeat.page.$eval(`${IN_ASSISTANT} .cs-finding[data-category="review-manipulation"]`, (el) => el.textContent ?? '');
    expect(message).toMatch(/\d{4}-\d{2}-\d{2}/);
    await repeat.page.close();

    const other = await typeRequest('111-9998887-7776665');
    expect(other.categories).not.toContain('review-manipulation');
    await other.page.close();
  });

  it('remembers a request that went out through Send', async () => {
    const orderId = '112-5556667-7778889';
    const first = await typeRequest(orderId);
    expect(first.categories).not.toContain('review-manipulation');
    await first.page.click('kat-button.ayb-contact-form-send-button');
    // English to a Spanish-speaking buyer: Amazon's Review-message step comes first.
    await sendFromReviewStep(first.page);
    await waitUntil(first.page, async () => (await hostLog(first.page)).sent.length === 1);
    await first.page.close();

    const second = await typeRequest(orderId);
    await waitForFinding(second.page, 'review-manipulation');
    await second.page.close();
  });
});
