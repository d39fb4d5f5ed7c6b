import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { runMigrations } from '../lib/storage/index';

/**
 * The content script and the popup talk directly; the background only brings stored settings
 * and templates up to the current version when the extension is installed or updated.
 */
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    void runMigrations();
  });
});
