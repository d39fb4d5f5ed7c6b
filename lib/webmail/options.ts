/**
 * The options page's half of webmail: asks for the mail hosts (the browser shows its prompt), and
 * gives them back. See registration.ts for what the background does with them.
 */
import { browser } from 'wxt/browser';
import { WEBMAIL_MATCHES } from './hosts';
import type { ChromeScripting } from './registration';
import { chromeRegistrar, grantedMatches, webmailPermissions } from './registration';

const manifestVersion = (): number => browser.runtime.getManifest().manifest_version;

/** Which of the mail hosts are granted now. */
export async function webmailGrant(): Promise<string[]> {
  try {
    return await grantedMatches(browser.permissions, manifestVersion());
  } catch {
    return [];
  }
}

/**
 * Asks for every mail host at once. Must be called straight from the seller's click, before any
 * await: browsers grant permission requests only during a user gesture.
 */
export function requestWebmail(): Promise<boolean> {
  return permissionsApi().request(webmailPermissions(manifestVersion()));
}

/** browser.permissions with plain strings: `scripting` is a permission the types know only in MV3. */
interface PermissionChanges {
  request(permissions: { origins: string[]; permissions: string[] }): Promise<boolean>;
  remove(permissions: { origins: string[]; permissions: string[] }): Promise<boolean>;
}
const permissionsApi = (): PermissionChanges => browser.permissions as unknown as PermissionChanges;

/** Gives the mail hosts back; the script is unregistered first, while Chrome still lets us. */
export async function revokeWebmail(): Promise<boolean> {
  const version = manifestVersion();
  if (version === 3) {
    const scripting = (globalThis as unknown as { chrome?: { scripting?: ChromeScripting } }).chrome?.scripting;
    await chromeRegistrar(() => scripting).set([]).catch(() => undefined);
  }
  return permissionsApi().remove({ origins: [...WEBMAIL_MATCHES], permissions: webmailPermissions(version).permissions });
}

/** Calls `onChange` whenever a permission is granted or revoked (here, or in the browser's settings). */
export function watchWebmailGrant(onChange: () => void): () => void {
  try {
    browser.permissions.onAdded.addListener(onChange);
    browser.permissions.onRemoved.addListener(onChange);
  } catch {
    // No permission events here (a test double): the state is read once, on load.
    return () => undefined;
  }
  return () => {
    browser.permissions.onAdded.removeListener(onChange);
    browser.permissions.onRemoved.removeListener(onChange);
  };
}
