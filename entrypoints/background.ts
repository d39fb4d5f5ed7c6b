import { defineBackground } from 'wxt/utils/define-background';

/**
 * The background does no work of its own yet: the content script and the popup talk directly.
 * It exists so the extension has a stable service worker (Chrome) / event page (Firefox)
 * for install-time storage migrations.
 */
export default defineBackground(() => {
  // Intentionally empty: registering no listeners keeps the worker asleep.
});
