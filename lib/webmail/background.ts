/**
 * The background's half of webmail (see registration.ts): registers the webmail content script
 * at every start while the permission is held, follows grants and revocations, and tells open
 * mail tabs to stop when their host is revoked.
 */
import { browser } from 'wxt/browser';
import type { ChromeScripting, FirefoxContentScripts, ScriptRegistrar } from './registration';
import { WEBMAIL_MATCHES } from './hosts';
import { chromeRegistrar, firefoxRegistrar, hostsOf, syncWebmailScripts } from './registration';
import type { WebmailOffMessage } from './messages';
import { WEBMAIL_OFF } from './messages';

export function webmailRegistrar(): ScriptRegistrar {
  if (import.meta.env.MANIFEST_VERSION === 2) return firefoxRegistrar((browser as unknown as { contentScripts: FirefoxContentScripts }).contentScripts);
  // Looked up at each use: the API appears and disappears with the optional `scripting` permission.
  const chromeApi = (globalThis as unknown as { chrome?: { scripting?: ChromeScripting } }).chrome;
  return chromeRegistrar(() => chromeApi?.scripting);
}

async function tellTabsToStop(hosts: string[]): Promise<void> {
  if (hosts.length === 0) return;
  const message: WebmailOffMessage = { type: WEBMAIL_OFF, hosts };
  // No `tabs` permission: tab URLs are hidden, so every tab is told; only mail tabs listen.
  const tabs = await browser.tabs.query({}).catch(() => []);
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, message).catch(() => undefined))));
}

export function startWebmailRegistration(): void {
  const manifestVersion = import.meta.env.MANIFEST_VERSION;
  const registrar = webmailRegistrar();
  let queue = Promise.resolve();
  const sync = (): Promise<void> => {
    queue = queue
      .then(() => syncWebmailScripts(browser.permissions, registrar, manifestVersion))
      .then(
        () => undefined,
        (error: unknown) => console.error('[Clearsend] webmail registration failed', error),
      );
    return queue;
  };
  void sync();
  browser.permissions.onAdded.addListener(() => void sync());
  browser.permissions.onRemoved.addListener((removed) => {
    void sync().then(() => tellTabsToStop(hostsOf(removed.origins)));
  });
  if (import.meta.env.WXT_TEST_WEBMAIL_GRANTED === '1') {
    // Test builds only (see tests/browsers/webmail.test.ts): Chromium grants no optional
    // permission to automation, so such a build holds the mail hosts from install, and the tests
    // drive the same registration and revocation path directly.
    (globalThis as unknown as { clearsendWebmailTest: unknown }).clearsendWebmailTest = {
      sync,
      async revoke() {
        await registrar.set([]);
        await tellTabsToStop(hostsOf(WEBMAIL_MATCHES));
      },
    };
  }
}
