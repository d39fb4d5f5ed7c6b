import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { TEST_HOSTS, contactBuyerUrl, launchWithExtension } from './browsers.ts';
import type { BrowserName, ExtensionBrowser } from './browsers.ts';
import { COMPOSE, composeValue, hostLog, openContactPage, openPopupOverPage, pressUndo, typeInCompose, waitUntil } from './assistant-helpers.ts';
import { fillPlaceholders, findTemplate } from '../../lib/templates/index.ts';

const ORDER_ID = '112-1234567-1234567';
const BEFORE = 'Primero. ';
const AFTER = 'Fin.';

function popupText(popup: Page, selector: string): Promise<string> {
  return popup.$eval(selector, (el) => el.textContent ?? '');
}

describe.each<BrowserName>(['chromium', 'firefox'])('%s: the toolbar popup', (name) => {
  let run: ExtensionBrowser;

  beforeAll(async () => {
    run = await launchWithExtension(name, inject('fixturePort'));
  });
  afterAll(async () => {
    await run?.close();
  });

  const openPopupOver = (page: Page): Promise<Page> => openPopupOverPage(run, page);

  it('shows the conversation, preselects Spanish and inserts the filled template at the caret', async () => {
    const page = await openContactPage(run, contactBuyerUrl());
    await typeInCompose(page, BEFORE + AFTER);
    for (let i = 0; i < AFTER.length; i++) await page.keyboard.press('ArrowLeft');
    expect(await page.$eval(COMPOSE, (el) => (el as HTMLTextAreaElement).selectionStart)).toBe(BEFORE.length);

    const popup = await openPopupOver(page);
    await popup.waitForSelector('[data-field="order"]', { timeout: 10_000 });
    expect(await popupText(popup, '[data-field="order"]')).toBe(ORDER_ID);
    expect(await popupText(popup, '[data-field="buyer"]')).toBe('Maria Garcia');
    expect(await popupText(popup, '[data-field="language"]')).toBe('Spanish');
    // The header is one line at the popup's width (the store name over three lines was not), and
    // nothing in it is cut off or pushed past the popup's edge.
    const header = await popup.$eval('.cs-popup-header', (el) => {
      const h1 = el.querySelector('h1')!;
      const line = parseFloat(getComputedStyle(h1).lineHeight) || h1.getBoundingClientRect().height;
      return {
        lines: h1.getClientRects().length,
        height: el.getBoundingClientRect().height,
        line,
        right: el.getBoundingClientRect().right,
        width: document.documentElement.clientWidth,
        overflows: el.scrollWidth > el.clientWidth,
        text: el.textContent,
      };
    });
    expect(header.lines).toBe(1);
    expect(header.height).toBeLessThan(header.line * 1.5);
    expect(header.right).toBeLessThanOrEqual(header.width);
    expect(header.overflows).toBe(false);
    expect(header.text).toBe('Clearsendamazon.com');
    // The order ID on one line, as the seller reads it on the page.
    const order = await popup.$eval('[data-field="order"]', (el) => ({
      height: el.getBoundingClientRect().height,
      line: parseFloat(getComputedStyle(el).lineHeight) || 0,
    }));
    expect(order.height).toBeLessThan((order.line || 18) * 1.5);
    // Each template is named once: no line of an option repeats its title, in any language.
    const repeated = await popup.$$eval('[role="option"]', (items) =>
      items.flatMap((li) => {
        const title = li.querySelector('.cs-popup-option-title')?.textContent?.trim().toLowerCase() ?? '';
        const texts = [...li.querySelectorAll('.cs-popup-tags > *, .cs-popup-reason')].map((el) => el.textContent?.trim().toLowerCase() ?? '');
        return texts.some((text) => text === title) || li.querySelectorAll('.cs-popup-purpose').length > 0 ? [title] : [];
      }),
    );
    expect(repeated).toEqual([]);
    // Insert, what Enter does, stands out from Copy.
    const [insertBackground, copyBackground] = await popup.$$eval('[data-action="insert"], [data-action="copy"]', (buttons) =>
      buttons.map((button) => getComputedStyle(button).backgroundColor),
    );
    expect(insertBackground).not.toBe(copyBackground);
    expect(await popup.$eval('select.cs-popup-language', (el) => (el as HTMLSelectElement).value)).toBe('es');
    const ids = await popup.$$eval('[role="listbox"] [role="option"]', (items) => items.map((li) => li.getAttribute('data-template-id')));
    expect(ids[0]).toBe('builtin.es.address-problem');
    expect(ids.every((id) => id?.startsWith('builtin.es.'))).toBe(true);
    // The preview is filled from the page; what only the seller knows stays marked.
    const preview = await popupText(popup, '.cs-popup-preview-text');
    expect(preview).toContain('Maria Garcia');
    expect(preview).toContain(ORDER_ID);
    expect(await popup.$$eval('.cs-popup-missing', (marks) => marks.map((m) => m.textContent))).toContain('{productName}');

    // The keyboard starts on the first template: Enter inserts it.
    await popup.waitForFunction(() => document.activeElement?.getAttribute('role') === 'option');
    await popup.keyboard.press('Enter');

    const expected = fillPlaceholders(findTemplate('builtin.es.address-problem')!.body, { orderId: ORDER_ID, buyerName: 'Maria Garcia' }).text;
    await waitUntil(page, async () => (await composeValue(page)) !== BEFORE + AFTER, 10_000);
    const value = await composeValue(page);
    expect(value).toBe(BEFORE + expected + AFTER);
    // The host page's own listener saw the insertion.
    expect((await hostLog(page)).inputs.at(-1)?.value).toBe(value);
    if (name === 'chromium') {
      // A successful insertion closes the popup.
      await waitUntil(page, () => popup.isClosed(), 5000);
    }
    // One undoable edit: Ctrl+Z brings back what was typed. Chromium only: Firefox's popup is a
    // tab here, which takes the focus from the page, so the browser's own insertion (the
    // undoable one) can be refused and the checked fallback writes instead; Firefox's real toolbar
    // popup leaves the page its focus. Undo after an edit is tested in both browsers in
    // assistant.test.ts (a fix, then Ctrl+Z).
    if (name === 'chromium') {
      await page.bringToFront();
      await pressUndo(page);
      await waitUntil(page, async () => (await composeValue(page)) === BEFORE + AFTER);
      expect((await hostLog(page)).inputs.at(-1)?.value).toBe(BEFORE + AFTER);
    }
    if (!popup.isClosed()) await popup.close();
    await page.close();
  });

  it('a click on a template inserts it too, in the language the seller picks', async () => {
    const page = await openContactPage(run, contactBuyerUrl(TEST_HOSTS[0], '113-7654321-7654321'));
    await page.click(COMPOSE);
    const popup = await openPopupOver(page);
    await popup.waitForSelector('[data-field="order"]', { timeout: 10_000 });
    await popup.select('select.cs-popup-language', 'en');
    await popup.waitForSelector('[data-template-id="builtin.en.invoice"]');
    // A DOM click on the item: in Firefox the popup is a background tab, where a pointer click at
    // coordinates can land on a neighbour while the list settles after the language change.
    await popup.$eval('[data-template-id="builtin.en.invoice"]', (el) => (el as HTMLElement).click());
    const expected = fillPlaceholders(findTemplate('builtin.en.invoice')!.body, { orderId: '113-7654321-7654321', buyerName: 'Maria Garcia' }).text;
    await waitUntil(page, async () => (await composeValue(page)) === expected, 10_000).catch(async (error: unknown) => {
      const status = await popup.$eval('body', (b) => b.innerText).catch(() => 'popup closed');
      throw new Error(`${String(error)}; box: ${JSON.stringify(await composeValue(page))}; popup: ${status.slice(0, 600)}`);
    });
    expect((await hostLog(page)).inputs.at(-1)?.value).toBe(expected);
    if (!popup.isClosed()) await popup.close();
    await page.close();
  });

  it('over a page that is not a messaging page, says so and copies instead', async () => {
    const page = await run.openPage(`https://${TEST_HOSTS[0]}/orders-v3/order/${ORDER_ID}`);
    const popup = await openPopupOver(page);
    await popup.waitForSelector('[data-state="not-messaging"]', { timeout: 10_000 });
    // Give a late answer the time to arrive: none does.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await popup.$('[data-field="order"]')).toBeNull();
    expect(await popup.$('[data-action="insert"]')).toBeNull();
    expect(await popupText(popup, '[data-action="copy"]')).toBe('Copy to clipboard');
    if (name === 'firefox') await popup.bringToFront();
    await popup.click('[data-action="copy"]');
    await popup.waitForSelector('.cs-popup-notice[data-kind]', { timeout: 5000 });
    expect(await popup.$eval('.cs-popup-notice', (el) => el.getAttribute('data-kind'))).toBe('success');
    expect(await popupText(popup, '.cs-popup-notice')).toMatch(/Copied/);
    await popup.close();
    await page.close();
  });
});
