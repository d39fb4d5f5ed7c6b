/**
 * Webmail is opt-in: the mail hosts are optional permissions, asked for from the options page,
 * and the webmail content script is registered at run time, only for the hosts the seller granted,
 * and removed when they are revoked. Chrome (MV3) registers through `scripting` (itself an
 * optional permission, granted with the hosts; registrations persist); Firefox (MV2) through
 * `contentScripts.register`, whose registrations last as long as the background page, so the
 * background registers again at every start while the permission is held.
 */
import { WEBMAIL_HOSTS, WEBMAIL_MATCHES } from './hosts';

export const WEBMAIL_SCRIPT_ID = 'clearsend-webmail';
export const WEBMAIL_SCRIPT_FILE = 'content-scripts/webmail.js';

export interface PermissionSet {
  origins: string[];
  permissions: string[];
}

/** What the options page asks for: the mail hosts, and in Chrome the `scripting` API too. */
export function webmailPermissions(manifestVersion: number): PermissionSet {
  return { origins: [...WEBMAIL_MATCHES], permissions: manifestVersion === 3 ? ['scripting'] : [] };
}

/** The part of `browser.permissions` used here (a parameter, so unit tests pass their own). */
export interface PermissionsApi {
  contains(permissions: { origins?: string[]; permissions?: string[] }): Promise<boolean>;
}

/** The mail hosts' match patterns the seller granted (all, some in Firefox's per-site settings, or none). */
export async function grantedMatches(permissions: PermissionsApi, manifestVersion: number): Promise<string[]> {
  const api = webmailPermissions(manifestVersion).permissions;
  if (api.length > 0 && !(await permissions.contains({ permissions: api }).catch(() => false))) return [];
  const granted: string[] = [];
  for (const origin of WEBMAIL_MATCHES) if (await permissions.contains({ origins: [origin] }).catch(() => false)) granted.push(origin);
  return granted;
}

/** Registers the webmail script for exactly `matches` (none: unregistered). */
export interface ScriptRegistrar {
  set(matches: string[]): Promise<void>;
}

export interface ChromeScripting {
  getRegisteredContentScripts(filter: { ids: string[] }): Promise<{ id: string; matches?: string[] }[]>;
  registerContentScripts(scripts: { id: string; matches: string[]; js: string[]; runAt: 'document_idle'; persistAcrossSessions: boolean }[]): Promise<void>;
  updateContentScripts(scripts: { id: string; matches: string[] }[]): Promise<void>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
}

/** Chrome: `scripting` is there only while its permission is held; without it nothing runs anyway. */
export function chromeRegistrar(getScripting: () => ChromeScripting | undefined): ScriptRegistrar {
  return {
    async set(matches) {
      const scripting = getScripting();
      if (!scripting) return;
      const [current] = await scripting.getRegisteredContentScripts({ ids: [WEBMAIL_SCRIPT_ID] });
      const registered = current !== undefined;
      if (matches.length === 0) {
        if (registered) await scripting.unregisterContentScripts({ ids: [WEBMAIL_SCRIPT_ID] });
      } else if (registered) {
        // The service worker syncs at every start: an unchanged registration is left alone.
        if (JSON.stringify([...(current.matches ?? [])].sort()) === JSON.stringify([...matches].sort())) return;
        await scripting.updateContentScripts([{ id: WEBMAIL_SCRIPT_ID, matches }]);
      } else {
        await scripting.registerContentScripts([{ id: WEBMAIL_SCRIPT_ID, matches, js: [WEBMAIL_SCRIPT_FILE], runAt: 'document_idle', persistAcrossSessions: true }]);
      }
    },
  };
}

export interface FirefoxContentScripts {
  register(options: { matches: string[]; js: { file: string }[]; runAt: 'document_idle' }): Promise<{ unregister(): Promise<void> | void }>;
}

/** Firefox: one registration held by the background page, replaced whenever the grant changes. */
export function firefoxRegistrar(contentScripts: FirefoxContentScripts): ScriptRegistrar {
  let current: { unregister(): Promise<void> | void } | undefined;
  let queue = Promise.resolve();
  return {
    set(matches) {
      // One change at a time: two quick grants must not leave two registrations.
      queue = queue.then(async () => {
        const previous = current;
        current = undefined;
        await previous?.unregister();
        if (matches.length > 0) current = await contentScripts.register({ matches, js: [{ file: `/${WEBMAIL_SCRIPT_FILE}` }], runAt: 'document_idle' });
      });
      return queue;
    },
  };
}

/** Brings the registration in line with what is granted; returns the matches now registered. */
export async function syncWebmailScripts(permissions: PermissionsApi, registrar: ScriptRegistrar, manifestVersion: number): Promise<string[]> {
  const matches = await grantedMatches(permissions, manifestVersion);
  await registrar.set(matches);
  return matches;
}

/** The host names a set of removed origins covers (the mail tabs there stop at once). */
export function hostsOf(origins: readonly string[] | undefined): string[] {
  return WEBMAIL_HOSTS.filter((host) => (origins ?? []).includes(`https://${host}/*`));
}
