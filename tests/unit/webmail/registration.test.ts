import { describe, expect, it } from 'vitest';
import { WEBMAIL_MATCHES } from '../../../lib/webmail/hosts';
import type { ChromeScripting, FirefoxContentScripts, PermissionsApi } from '../../../lib/webmail/registration';
import { WEBMAIL_SCRIPT_FILE, WEBMAIL_SCRIPT_ID, chromeRegistrar, firefoxRegistrar, grantedMatches, hostsOf, syncWebmailScripts, webmailPermissions } from '../../../lib/webmail/registration';

function permissions(granted: { origins: string[]; permissions: string[] }): PermissionsApi {
  return {
    contains: ({ origins = [], permissions: apis = [] }) =>
      Promise.resolve(origins.every((o) => granted.origins.includes(o)) && apis.every((p) => granted.permissions.includes(p))),
  };
}

function fakeScripting(): ChromeScripting & { scripts: Map<string, string[]>; calls: string[] } {
  const scripts = new Map<string, string[]>();
  const calls: string[] = [];
  return {
    scripts,
    calls,
    getRegisteredContentScripts: ({ ids }) => Promise.resolve(ids.filter((id) => scripts.has(id)).map((id) => ({ id, matches: scripts.get(id) }))),
    registerContentScripts: (list) => {
      calls.push('register');
      for (const script of list) {
        expect(script.js).toEqual([WEBMAIL_SCRIPT_FILE]);
        scripts.set(script.id, script.matches);
      }
      return Promise.resolve();
    },
    updateContentScripts: (list) => {
      calls.push('update');
      for (const script of list) scripts.set(script.id, script.matches);
      return Promise.resolve();
    },
    unregisterContentScripts: ({ ids }) => {
      calls.push('unregister');
      for (const id of ids) scripts.delete(id);
      return Promise.resolve();
    },
  };
}

describe('webmail registration', () => {
  it('asks for the mail hosts, and in Chrome for scripting too', () => {
    expect(webmailPermissions(3)).toEqual({ origins: WEBMAIL_MATCHES, permissions: ['scripting'] });
    expect(webmailPermissions(2)).toEqual({ origins: WEBMAIL_MATCHES, permissions: [] });
  });

  it('registers for the granted hosts only, and none without scripting in Chrome', async () => {
    const some = { origins: ['https://mail.google.com/*'], permissions: ['scripting'] };
    expect(await grantedMatches(permissions(some), 3)).toEqual(['https://mail.google.com/*']);
    expect(await grantedMatches(permissions({ origins: WEBMAIL_MATCHES, permissions: [] }), 3)).toEqual([]);
    expect(await grantedMatches(permissions({ origins: WEBMAIL_MATCHES, permissions: [] }), 2)).toEqual(WEBMAIL_MATCHES);
    expect(await grantedMatches({ contains: () => Promise.reject(new Error('no API')) }, 2)).toEqual([]);
  });

  it('Chrome: registers, updates and unregisters the one script as the grant changes', async () => {
    const scripting = fakeScripting();
    const registrar = chromeRegistrar(() => scripting);
    expect(await syncWebmailScripts(permissions({ origins: WEBMAIL_MATCHES, permissions: ['scripting'] }), registrar, 3)).toEqual(WEBMAIL_MATCHES);
    expect(scripting.scripts.get(WEBMAIL_SCRIPT_ID)).toEqual(WEBMAIL_MATCHES);
    // A service worker start with nothing changed changes nothing.
    await syncWebmailScripts(permissions({ origins: WEBMAIL_MATCHES, permissions: ['scripting'] }), registrar, 3);
    await syncWebmailScripts(permissions({ origins: ['https://outlook.live.com/*'], permissions: ['scripting'] }), registrar, 3);
    expect(scripting.scripts.get(WEBMAIL_SCRIPT_ID)).toEqual(['https://outlook.live.com/*']);
    await syncWebmailScripts(permissions({ origins: [], permissions: ['scripting'] }), registrar, 3);
    expect(scripting.scripts.has(WEBMAIL_SCRIPT_ID)).toBe(false);
    expect(scripting.calls).toEqual(['register', 'update', 'unregister']);
    // Without the scripting API (its permission not held) there is nothing to do.
    await expect(chromeRegistrar(() => undefined).set(WEBMAIL_MATCHES)).resolves.toBeUndefined();
  });

  it('Firefox: one registration at a time, replaced on each change, gone when revoked', async () => {
    const live = new Set<string[]>();
    const contentScripts: FirefoxContentScripts = {
      register: ({ matches, js }) => {
        expect(js).toEqual([{ file: `/${WEBMAIL_SCRIPT_FILE}` }]);
        live.add(matches);
        return Promise.resolve({ unregister: () => void live.delete(matches) });
      },
    };
    const registrar = firefoxRegistrar(contentScripts);
    // Two quick changes in a row leave one registration, the last.
    void registrar.set(WEBMAIL_MATCHES);
    await registrar.set(['https://mail.google.com/*']);
    expect([...live]).toEqual([['https://mail.google.com/*']]);
    await registrar.set([]);
    expect(live.size).toBe(0);
  });

  it('names the hosts a revocation covers', () => {
    expect(hostsOf(['https://mail.google.com/*', 'https://sellercentral.amazon.com/messaging/*'])).toEqual(['mail.google.com']);
    expect(hostsOf(undefined)).toEqual([]);
  });
});
