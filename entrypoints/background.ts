import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { runMigrations } from '../lib/storage/index';
import { lint } from '../lib/rules/engine';
import { LINT_PORT } from '../lib/assistant/lint-port';
import { answerLintRequestWhenReady } from '../lib/assistant/lint-answer';
import { createPackLoader } from '../lib/assistant/language-packs';
import type { PackPath } from '../lib/rules/packs';
import { fittingTemplates } from '../lib/assistant/fitting-templates';
import { isFittingTemplatesRequest } from '../lib/messaging';
import { loadTemplates } from '../lib/storage/templates';
import { loadSettings } from '../lib/storage/index';
import { startWebmailRegistration } from '../lib/webmail/background';

/**
 * The background runs the rule engine for the content scripts (see lib/assistant/lint-port.ts)
 * and brings stored settings and templates up to the current version on install and update.
 * The engine comes without phrases: each language's pack is read from the extension's files when
 * a message first needs it (lib/assistant/language-packs.ts), so a woken service worker is
 * quick to answer.
 */
async function readPackFile(path: PackPath): Promise<unknown> {
  const response = await fetch(browser.runtime.getURL(`/${path}`));
  if (!response.ok) throw new Error(`Clearsend could not read ${path} (${response.status})`);
  return response.json();
}

export default defineBackground(() => {
  const preparePacks = createPackLoader(readPackFile);
  browser.runtime.onInstalled.addListener(() => {
    void runMigrations();
  });
  // "Choose a template" in the page: the templates that fit, from Clearsend's own content scripts only.
  browser.runtime.onMessage.addListener((request: unknown, sender) => {
    if (sender.id !== browser.runtime.id || !isFittingTemplatesRequest(request)) return undefined;
    return Promise.all([loadTemplates().catch(() => []), loadSettings().catch(() => undefined)]).then(([custom, settings]) =>
      fittingTemplates(request, custom, settings?.sellerName ?? ''),
    );
  });
  // Gmail and Outlook, when the seller granted them on the options page.
  startWebmailRegistration();
  browser.runtime.onConnect.addListener((port) => {
    // Only Clearsend's own content scripts connect: runtime ports do not accept web pages.
    if (port.name !== LINT_PORT) return;
    port.onMessage.addListener((request: unknown) => {
      void answerLintRequestWhenReady(request, preparePacks, lint).then((reply) => {
        // The tab may have gone while a pack was read: nobody is left to answer.
        if (reply) {
          try {
            port.postMessage(reply);
          } catch {
            // disconnected
          }
        }
      });
    });
  });
});
