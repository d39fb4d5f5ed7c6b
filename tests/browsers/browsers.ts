/**
 * Starts Chromium or Firefox ESR with the production build of the extension loaded, with the
 * Seller Central host names resolved to the loopback fixture server. Both are driven by
 * puppeteer-core; neither is downloaded: they are Debian's /usr/bin/chromium and
 * /usr/bin/firefox-esr.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import puppeteer from 'puppeteer-core';
import type { Browser, Page } from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';

/** The marketplaces the real-browser tests visit; each resolves to the fixture server. */
export const TEST_HOSTS = [
  'sellercentral.amazon.com',
  'sellercentral.amazon.de',
  'sellercentral.amazon.co.jp',
  'sellercentral.amazon.nl',
] as const;

/** The mail clients' hosts, served the fixture pages of tests/fixtures/webmail (see server.ts). */
export const MAIL_TEST_HOSTS = ['mail.google.com', 'outlook.office.com'] as const;

const RESOLVED_HOSTS: readonly string[] = [...TEST_HOSTS, ...MAIL_TEST_HOSTS];

export const GECKO_ID = 'clearsend@clearsend.app';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface ExtensionBrowser {
  name: BrowserName;
  browser: Browser;
  /** chrome-extension://<id> or moz-extension://<uuid> */
  extensionOrigin: string;
  /** A new tab on a fixture URL, waiting for the page's load. */
  openPage(url: string): Promise<Page>;
  /**
   * The extension's popup. Chromium: the real popup, opened by the browser over the active tab.
   * Firefox: popup.html in a tab of its own (Firefox exposes no way to open the toolbar popup
   * from automation).
   */
  openPopup(): Promise<Page>;
  close(): Promise<void>;
}

export function outputDir(name: BrowserName): string {
  return resolve(name === 'chromium' ? '.output/chrome-mv3' : '.output/firefox-mv2');
}

// Chromium floods a closed network with refused connections without the background flags.
const QUIET_CHROMIUM = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];

export async function launchChromium(
  port: number,
  { headless = true, language, extensionDir }: { headless?: boolean; language?: string; extensionDir?: string } = {},
): Promise<ExtensionBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'clearsend-chromium-'));
  const ext = extensionDir ?? outputDir('chromium');
  const rules = RESOLVED_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${port}`).join(',');
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless,
    defaultViewport: headless ? { width: 1280, height: 860 } : null,
    pipe: true,
    userDataDir: profile,
    enableExtensions: [ext],
    acceptInsecureCerts: true,
    args: [
      ...QUIET_CHROMIUM,
      `--host-resolver-rules=${rules}`,
      '--ignore-certificate-errors',
      // The browser's UI language, which the extension's UI follows.
      ...(language ? [`--lang=${language}`] : []),
    ],
    ...(language ? { env: { ...process.env, LANGUAGE: language, LANG: `${language}.UTF-8` } } : {}),
  });
  const worker = await browser.waitForTarget((t) => t.type() === 'service_worker', { timeout: 20_000 });
  // chrome-extension://<id>/background.js -> chrome-extension://<id>
  const extensionOrigin = worker.url().split('/').slice(0, 3).join('/');
  return {
    name: 'chromium',
    browser,
    extensionOrigin,
    async openPage(url) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async openPopup() {
      const sw = await worker.worker();
      if (!sw) throw new Error('the extension service worker is not running');
      await sw.evaluate(() => (globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } }).chrome.action.openPopup());
      const target = await browser.waitForTarget((t) => t.url().endsWith('/popup.html'), { timeout: 10_000 });
      const page = await target.asPage();
      await page.waitForSelector('#app > *');
      return page;
    },
    async close() {
      await browser.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Firefox ESR with the extension installed. `prefs` are extra preferences of the profile, e.g.
 * `intl.locale.requested: 'ar'` for a browser whose UI (and so the extension's) is Arabic.
 */
export async function launchFirefox({ prefs = {} }: { prefs?: Record<string, string | number | boolean> } = {}): Promise<ExtensionBrowser> {
  // A fixed internal UUID makes moz-extension:// URLs predictable for the tests.
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    // Firefox 153+ lets automation open moz-extension:// pages only with system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // Firefox resolves these names to 127.0.0.1, so the fixture server listens on :443.
      'network.dns.localDomains': RESOLVED_HOSTS.join(','),
      // permissions.request() is granted without a prompt (the options page's webmail switch).
      'extensions.webextOptionalPermissionPrompts': false,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      ...prefs,
    },
  });
  await browser.installExtension(outputDir('firefox'));
  /**
   * Waits for the extension page's app. While the tab goes from about:blank to the extension
   * page, Firefox's BiDi may run the wait's script in the realm being replaced and answer with a
   * protocol error ("right-hand side of 'in' should be an object, got null"): the wait is then
   * asked again, in the new realm, until its own deadline. Any other failure is reported at once.
   */
  const waitForApp = async (page: Page): Promise<void> => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      try {
        await page.waitForSelector('#app > *', { timeout: Math.max(1_000, deadline - Date.now()) });
        return;
      } catch (error) {
        if (Date.now() >= deadline || !isProtocolError(error)) throw error;
      }
    }
  };
  const extensionOrigin = `moz-extension://${uuid}`;
  const openExtensionPage = async (path: string): Promise<Page> => {
    const page = await browser.newPage();
    // Firefox reports no navigation events for extension pages over BiDi, so the page's own
    // content, not the load event, says it is ready.
    page.goto(`${extensionOrigin}/${path}`, { timeout: 0 }).catch(() => undefined);
    await waitForApp(page);
    return page;
  };
  return {
    name: 'firefox',
    browser,
    extensionOrigin,
    async openPage(url) {
      if (url.startsWith(extensionOrigin)) return openExtensionPage(url.slice(extensionOrigin.length + 1));
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    openPopup: () => openExtensionPage('popup.html'),
    async close() {
      await browser.close();
    },
  };
}

export function launchWithExtension(name: BrowserName, port: number): Promise<ExtensionBrowser> {
  return name === 'chromium' ? launchChromium(port) : launchFirefox();
}

export function contactBuyerUrl(host: string = TEST_HOSTS[0], orderId = '112-1234567-1234567'): string {
  return `https://${host}/messaging/contact?orderID=${orderId}&marketplaceID=ATVPDKIKX0DER`;
}

/** Whether an error, or one of its causes, is a protocol error of the browser's automation. */
function isProtocolError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e.name === 'ProtocolError' || e.message.startsWith('Protocol error')) return true;
  }
  return false;
}
