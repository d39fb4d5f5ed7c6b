/**
 * A Dutch seller on amazon.nl: the contact-buyer page served under sellercentral.amazon.nl is
 * checked like any other marketplace's, and a Dutch promotional message is found as it is typed
 * (Communication Guidelines, G1701: no marketing in Buyer-Seller Messaging).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchWithExtension } from './browsers.ts';
import type { BrowserName, ExtensionBrowser } from './browsers.ts';
import { IN_ASSISTANT, findingCategories, pickReason, typeInCompose, waitForFinding } from './assistant-helpers.ts';

const HOST = 'sellercentral.amazon.nl';
/** Amazon.nl's marketplace ID. */
const MARKETPLACE = 'A1805IZSGTT6HS';
const ORDER = '171-3346120-5589012';
const DUTCH_PROMO = `Beste klant, bedankt voor uw bestelling ${ORDER}. Met de code ZOMER15 krijgt u 15% korting op uw volgende bestelling.`;

describe.each<BrowserName>(['chromium', 'firefox'])('%s: a Dutch message on sellercentral.amazon.nl', (name) => {
  let run: ExtensionBrowser;

  beforeAll(async () => {
    run = await launchWithExtension(name, inject('fixturePort'));
  });
  afterAll(async () => {
    await run?.close();
  });

  it('finds the promotion in a Dutch message typed into the contact-buyer form', async () => {
    const page = await run.openPage(`https://${HOST}/messaging/contact?orderID=${ORDER}&marketplaceID=${MARKETPLACE}`);
    await page.waitForSelector('clearsend-assistant', { timeout: 10_000 });
    await pickReason(page);
    await typeInCompose(page, DUTCH_PROMO);
    await waitForFinding(page, 'promotion');
    expect(await findingCategories(page)).toContain('promotion');
    // The Dutch phrases found it: the finding is the discount on the next order.
    const rules = await page.$$eval(`${IN_ASSISTANT} .cs-finding[data-category="promotion"]`, (items) =>
      items.map((li) => li.getAttribute('data-rule') ?? ''),
    );
    expect(rules).toContain('promotion');
    await page.close();
  });
});
