import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { runMigrations } from '../lib/storage/index';
import { lint } from '../lib/rules/index';
import { LINT_PORT } from '../lib/assistant/lint-port';
import { answerLintRequest } from '../lib/assistant/lint-answer';
import { fittingTemplates } from '../lib/assistant/fitting-templates';
import { isFittingTemplatesRequest } from '../lib/messaging';
import { loadTemplates } from '../lib/storage/templates';
import { loadSettings } from '../lib/storage/index';
import { startWebmailRegistration } from '../lib/webmail/background';

/**
 * The background runs the rule engine for the content scripts (see lib/assistant/lint-port.ts)
 * and brings stored settings and templates up to the current version on install and update.
 */
export default defineBackground(() => {
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
      const reply = answerLintRequest(request, lint);
      if (reply) port.postMessage(reply);
    });
  });
});
