/**
 * The assistant's decisions kept in extension storage: settings (rules off, send guard) and
 * ignore-once choices, which survive a reload of the page.
 */
import type { AssistantStore } from './controller';
import { addIgnored, loadIgnored, loadSettings, recordReviewRequest, reviewRequestedOn, saveSettings, watchSettings } from '../storage/index';

export const browserStore: AssistantStore = {
  async loadSettings() {
    const settings = await loadSettings();
    return { disabledRules: settings.disabledRules, sendGuard: settings.sendGuard, sellerName: settings.sellerName };
  },
  watchSettings(onChange) {
    return watchSettings((settings) => onChange({ disabledRules: settings.disabledRules, sendGuard: settings.sendGuard, sellerName: settings.sellerName }));
  },
  async disableRule(ruleId) {
    const settings = await loadSettings();
    if (settings.disabledRules.includes(ruleId)) return;
    await saveSettings({ disabledRules: [...settings.disabledRules, ruleId] });
  },
  loadIgnored: (scope) => loadIgnored(scope),
  async addIgnored(scope, key) {
    await addIgnored(scope, key);
  },
  reviewRequestedOn: (orderId) => reviewRequestedOn(orderId),
  recordReviewRequest: (orderId, via) => recordReviewRequest(orderId, via),
};
