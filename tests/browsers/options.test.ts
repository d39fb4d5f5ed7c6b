import { resolve } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchWithExtension } from './browsers.ts';
import type { BrowserName, ExtensionBrowser } from './browsers.ts';

const HOSTILE_FILE = resolve('tests/fixtures/import/hostile.json');
const PROMOTION = 'Use code SAVE10 for 10% off your next order';

/** Records every element of a kind that could run or load something, added anywhere in the page. */
async function watchForActiveElements(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __added: string[] }).__added = seen;
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue;
          for (const el of [node, ...node.querySelectorAll('*')]) {
            if (/^(script|img|svg|iframe|object|embed)$/i.test(el.tagName)) seen.push(el.tagName);
          }
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
}

async function templateTitles(page: Page): Promise<string[]> {
  return page.$$eval('.opt-template .opt-template-title', (items) => items.map((item) => item.textContent ?? ''));
}

async function openOptions(run: ExtensionBrowser): Promise<Page> {
  const page = await run.openPage(`${run.extensionOrigin}/options.html`);
  // The templates section has loaded when either the list or its empty state is there.
  await page.waitForSelector('.opt-template-list, .opt-empty');
  return page;
}

describe.each<BrowserName>(['chromium', 'firefox'])('%s: the options page', (name) => {
  let run: ExtensionBrowser;

  beforeAll(async () => {
    run = await launchWithExtension(name, inject('fixturePort'));
  });
  afterAll(async () => {
    await run?.close();
  });

  it('refuses a custom template with promotional text, and shows why', async () => {
    const page = await openOptions(run);
    const before = await templateTitles(page);
    await page.click('[data-action="new-template"]');
    await page.type('#template-title', 'Spring sale');
    await page.type('#template-body', PROMOTION);
    await page.waitForSelector('.opt-editor .cs-finding[data-category="promotion"]', { timeout: 5000 });
    expect(await page.$eval('[data-action="save-template"]', (b) => (b as HTMLButtonElement).disabled)).toBe(true);
    const finding = await page.$eval('.opt-editor .cs-finding[data-category="promotion"]', (li) => li.textContent ?? '');
    expect(finding).toMatch(/promotional/);
    // A submit that does not go through the disabled button (the form's own requestSubmit): the
    // save handler refuses as well.
    await page.$eval('form.opt-editor', (form) => (form as HTMLFormElement).requestSubmit());
    await page.waitForSelector('#template-reasons[data-refused="true"]', { timeout: 5000 });
    expect(await page.$eval('#template-reasons', (el) => el.textContent ?? '')).toMatch(/Not saved.*promotional/s);
    await page.close();

    const again = await openOptions(run);
    expect(await templateTitles(again)).toEqual(before);
    await again.close();
  });

  it('imports a file carrying script payloads: sanitized, reported first, nothing runs', async () => {
    const page = await openOptions(run);
    const before = await templateTitles(page);
    await watchForActiveElements(page);
    const input = (await page.$('#import-file')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(HOSTILE_FILE);
    await page.waitForSelector('.opt-import-report', { timeout: 10_000 });

    const report = await page.$$eval('.opt-import-item', (items) =>
      items.map((item) => ({
        status: item.getAttribute('data-status'),
        title: item.querySelector('.opt-template-title')?.textContent,
        sanitized: item.querySelector('.opt-sanitized')?.getAttribute('data-sanitized') ?? '',
        text: item.textContent ?? '',
      })),
    );
    expect(report.map(({ status, title, sanitized }) => ({ status, title, sanitized }))).toEqual([
      { status: 'ready', title: 'Delivery day', sanitized: 'title body' },
      { status: 'ready', title: 'Second', sanitized: 'title body' },
      { status: 'refused', title: 'Coupon', sanitized: '' },
    ]);
    expect(report[0]?.text).toMatch(/Changed by sanitizing/);
    expect(report[2]?.text).toMatch(/promotional/);
    // Reported, not written.
    expect(await templateTitles(page)).toEqual(before);

    await page.click('[data-action="confirm-import"]');
    await page.waitForSelector('.opt-import-outcome');
    await page.waitForFunction((count) => document.querySelectorAll('.opt-template').length === count, {}, before.length + 2);
    expect(await templateTitles(page)).toEqual([...before, 'Delivery day', 'Second']);

    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      title: document.title,
      added: (window as unknown as { __added: string[] }).__added,
      active: document.querySelectorAll('#app script, #app img, #app svg, #app iframe').length,
      polluted: ({} as Record<string, unknown>).polluted,
    }));
    expect(state).toEqual({ pwned: undefined, title: 'Clearsend settings', added: [], active: 0, polluted: undefined });
    await page.close();

    // What was stored is the sanitized text.
    const again = await openOptions(run);
    expect(await templateTitles(again)).toEqual([...before, 'Delivery day', 'Second']);
    const bodies = await again.evaluate(async () => {
      type Area = { get(keys: null): Promise<Record<string, unknown>> };
      const g = globalThis as unknown as { browser?: { storage: Record<string, Area> }; chrome: { storage: Record<string, Area> } };
      const api = g.browser ?? g.chrome;
      return JSON.stringify([await api.storage.sync!.get(null), await api.storage.local!.get(null)]);
    });
    expect(bodies).toContain('Delivery day');
    expect(bodies).not.toMatch(/<script|onerror|onload|<img|<svg|<iframe/i);
    await again.close();
  });
});
