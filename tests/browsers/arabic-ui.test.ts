import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { contactBuyerUrl, launchFirefox } from './browsers.ts';
import type { ExtensionBrowser } from './browsers.ts';
import { COMPOSE, IN_ASSISTANT, openContactPage, waitForFinding } from './assistant-helpers.ts';

/** An Arabic message the checker flags twice: a coupon for the next order and a cancellation request. */
const MESSAGE = 'مرحبًا أحمد، يرجى إلغاء الطلب من حسابك. استخدم كود الخصم SAVE10 في طلبك القادم.';

/** Writes into the compose box as a seller does (one input event per edit), in any script. */
async function writeInCompose(page: Page, text: string): Promise<void> {
  await page.click(COMPOSE);
  // insertText fires the input events typing does, for any script; the keyboard is the fallback.
  const inserted = await page.$eval(COMPOSE, (el, value) => {
    (el as HTMLTextAreaElement).focus();
    document.execCommand('insertText', false, value);
    return (el as HTMLTextAreaElement).value.includes(value);
  }, text);
  if (!inserted) await page.keyboard.type(text);
}

/**
 * Firefox ESR whose UI language is Arabic (the pref intl.locale.requested, with Debian's Arabic
 * language pack, firefox-esr-l10n-ar): Clearsend's panel and popup speak Arabic, right to left.
 */
describe('firefox in Arabic', () => {
  let run: ExtensionBrowser;
  beforeAll(async () => {
    run = await launchFirefox({ prefs: { 'intl.locale.requested': 'ar' } });
  });
  afterAll(async () => {
    await run?.close();
  });

  it('shows the panel in Arabic, right to left, with the findings quoted in « »', async () => {
    const page = await openContactPage(run, contactBuyerUrl());
    await writeInCompose(page, MESSAGE);
    await waitForFinding(page, 'cancellation-request');
    await waitForFinding(page, 'promotion');
    const panel = await page.$eval(`${IN_ASSISTANT} .cs-panel`, (el) => ({
      dir: el.getAttribute('dir'),
      lang: el.getAttribute('lang'),
      direction: getComputedStyle(el).direction,
      verdict: el.querySelector('.cs-verdict')?.textContent ?? '',
    }));
    expect(panel).toMatchObject({ dir: 'rtl', lang: 'ar', direction: 'rtl' });
    expect(panel.verdict).toMatch(/ستحظر أمازون/u);
    // The finding line reads from the right: its border stands on the right-hand side.
    const line = await page.$eval(`${IN_ASSISTANT} .cs-finding[data-category="cancellation-request"]`, (el) => {
      const style = getComputedStyle(el);
      return { right: parseFloat(style.borderRightWidth), left: parseFloat(style.borderLeftWidth), quotes: getComputedStyle(el.querySelector('q')!).quotes };
    });
    expect(line.right).toBeGreaterThan(0);
    expect(line.left).toBe(0);
    expect(line.quotes).toContain('«');
    // The panel sits left of the compose box (or docks in the lower left corner).
    const placement = await page.$eval(`${IN_ASSISTANT} .cs-anchor`, (el) => el.getAttribute('data-placement'));
    if (placement === 'dock') {
      expect(await page.$eval(`${IN_ASSISTANT} .cs-anchor`, (el) => (el as HTMLElement).style.left)).toBe('16px');
    } else {
      const [box, anchor] = await Promise.all([
        page.$eval(COMPOSE, (el) => el.getBoundingClientRect().toJSON() as DOMRect),
        page.$eval(`${IN_ASSISTANT} .cs-anchor`, (el) => el.getBoundingClientRect().toJSON() as DOMRect),
      ]);
      expect(placement === 'left' ? anchor.right <= box.left : anchor.left >= box.right).toBe(true);
    }
    // The underline is on the flagged words of the right-to-left text: inside the compose box.
    const fragments = await page.$$eval(`${IN_ASSISTANT} .clearsend-hl-fragment`, (items) => items.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
    const box = await page.$eval(COMPOSE, (el) => el.getBoundingClientRect().toJSON() as DOMRect);
    expect(fragments.length).toBeGreaterThan(0);
    for (const f of fragments) {
      expect(f.left).toBeGreaterThanOrEqual(box.left - 1);
      expect(f.right).toBeLessThanOrEqual(box.right + 1);
    }
    await page.close();
  });

  it('opens the popup and the options page in Arabic, right to left', async () => {
    const popup = await run.openPopup();
    const root = await popup.evaluate(() => ({
      dir: document.documentElement.dir,
      lang: document.documentElement.lang,
      main: document.querySelector('main')?.getAttribute('dir'),
      direction: getComputedStyle(document.body).direction,
      text: document.body.textContent ?? '',
    }));
    expect(root).toMatchObject({ dir: 'rtl', lang: 'ar', main: 'rtl', direction: 'rtl' });
    expect(root.text).toMatch(/كل الأغراض|كل اللغات|القوالب/u);
    await popup.close();

    const options = await run.openPage(`${run.extensionOrigin}/options.html`);
    const page = await options.evaluate(() => ({ dir: document.documentElement.dir, heading: document.querySelector('h1')?.textContent ?? '' }));
    expect(page).toEqual({ dir: 'rtl', heading: 'إعدادات Clearsend' });
    await options.close();
  });
});
