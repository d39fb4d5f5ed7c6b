/**
 * Clearsend's storage: settings, "ignore once" decisions and custom templates.
 * Every value is stored as a versioned envelope (see migrate.ts).
 */
import { migrateStoredSettings } from './settings';

export { STORAGE_VERSION } from './migrate';
export type { SaveResult, SyncNotice } from './result';
export { defaultSettings, loadSettings, saveSettings, watchSettings } from './settings';
export type { Settings } from './settings';
export { addIgnored, clearIgnored, ignoreKey, loadIgnored, MAX_IGNORE_SCOPES } from './ignored';
export { clearReviewRequests, loadReviewRequests, recordReviewRequest, RETENTION_DAYS, reviewRequestedOn, watchReviewRequests } from './review-requests';
export type { ReviewRequest, ReviewRequestChannel } from './review-requests';
export { deleteTemplate, loadTemplates, MAX_TEMPLATE_ID_LENGTH, saveTemplate, saveTemplates, watchTemplates } from './templates';
export type { Template } from './templates';

/**
 * Bring every stored item to STORAGE_VERSION. For the background's runtime.onInstalled (install and
 * update). Readers also migrate on the fly, so this only saves them the work. Never throws.
 *
 * Templates and ignore lists have had one shape so far (version 1); their migrations go here when
 * the shape changes.
 */
export async function runMigrations(): Promise<void> {
  try {
    await migrateStoredSettings();
  } catch (error) {
    console.warn('Clearsend: storage migration failed', error);
  }
}
