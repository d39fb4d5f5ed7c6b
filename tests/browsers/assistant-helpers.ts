import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from './browsers.ts';

/** Puppeteer's deep combinator (>>>) pierces open shadow roots, ours and Katal's. */
export const IN_ASSISTANT = 'clearsend-assistant >>>';
export const COMPOSE = 'kat-textarea >>> textarea';

export interface HostLog {
  inputs: { composed: boolean; value: string; at: number }[];
  sends: { value: string }[];
  sent: string[];
}

export function hostLog(page: Page): Promise<HostLog> {
  return page.evaluate(() => (window as unknown as { __sellerCentralLog: HostLog }).__sellerCentralLog);
}

export async function typeInCompose(page: Page, text: string, selector = COMPOSE): Promise<void> {
  await page.click(selector);
  await page.keyboard.type(text);
}

export function composeValue(page: Page, selector = COMPOSE): Promise<string> {
  return page.$eval(selector, (el) => (el as HTMLTextAreaElement).value);
}

export async function waitForFinding(page: Page, category: string, timeout = 10_000): Promise<void> {
  await page.waitForSelector(`${IN_ASSISTANT} .cs-finding[data-category="${category}"]`, { timeout });
}

export async function findingCategories(page: Page): Promise<string[]> {
  return page.$$eval(`${IN_ASSISTANT} .cs-finding`, (items) => items.map((li) => li.getAttribute('data-category') ?? ''));
}

export async function pressUndo(page: Page): Promise<void> {
  await page.keyboard.down('Control');
  await page.keyboard.press('z');
  await page.keyboard.up('Control');
}

/**
 * Clicks a button inside the finding of `category` whose data-action is `action`. The fix is on
 * the finding's line; "Ignore once" and "Turn off this rule" are under its "Why?".
 */
export async function clickFindingAction(page: Page, category: string, action: 'apply' | 'ignore' | 'disable'): Promise<void> {
  const finding = `${IN_ASSISTANT} .cs-finding[data-category="${category}"]`;
  if (action !== 'apply') await expandFinding(page, finding);
  await page.click(`${finding} [data-action="${action}"]`);
}

/** Opens a finding's details (why, source, the other actions) unless they are open. */
export async function expandFinding(page: Page, finding: string): Promise<void> {
  const toggle = `${finding} [data-action="details"]`;
  if ((await page.$eval(toggle, (b) => b.getAttribute('aria-expanded'))) !== 'true') await page.click(toggle);
}

export async function waitUntil(page: Page, predicate: () => boolean | Promise<boolean>, timeout = 5000): Promise<void> {
  const started = Date.now();
  while (!(await predicate())) {
    if (Date.now() - started > timeout) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Picks a contact reason on the contact-buyer page, as a seller does before writing: the message
 * box appears only then. Clicks the reason's radio (a light-DOM child of its kat-radiobutton).
 * Without a label: "Other" ("その他" on the Japanese marketplace).
 */
export async function pickReason(page: Page, label?: string): Promise<void> {
  const selector = label
    ? `kat-radiobutton[label="${label}"] > input[slot="radio"]`
    : 'kat-radiobutton:is([label="Other"], [label="その他"]) > input[slot="radio"]';
  await page.click(selector);
  await page.waitForSelector(COMPOSE);
}

/** A contact-buyer page with a reason picked, its message box ready. */
export async function openContactPage(run: { openPage(url: string): Promise<Page> }, url: string, label?: string): Promise<Page> {
  const page = await run.openPage(url);
  await pickReason(page, label);
  return page;
}

/** Amazon's Review-message step: waits for it to open and presses its own Send. */
export async function sendFromReviewStep(page: Page): Promise<void> {
  await page.waitForSelector('kat-modal[visible="true"]');
  await page.click('kat-modal kat-button.review-send >>> button');
}

/**
 * The popup over a page. Chromium opens the real popup over the active tab. Firefox opens
 * popup.html in a tab of its own: the page is brought back to the front, and the popup finds it
 * among the active tabs.
 */
export async function openPopupOverPage(run: ExtensionBrowser, page: Page): Promise<Page> {
  await page.bringToFront();
  // Opening an extension page over BiDi can race its navigation; one retry tells that apart.
  const popup = await run.openPopup().catch(async () => {
    await page.bringToFront();
    return run.openPopup();
  });
  if (run.name === 'firefox') await page.bringToFront();
  return popup;
}
