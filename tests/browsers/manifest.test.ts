import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SELLER_CENTRAL_HOSTS } from '../../lib/seller-central-hosts.ts';
import { WEBMAIL_MATCHES } from '../../lib/webmail/hosts.ts';
import { outputDir } from './browsers.ts';
import type { BrowserName } from './browsers.ts';

interface Manifest {
  manifest_version: number;
  name: string;
  description: string;
  version: string;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  icons: Record<string, string>;
  content_scripts: { matches: string[]; js: string[] }[];
  web_accessible_resources?: unknown[];
  browser_specific_settings?: { gecko?: { id?: string; data_collection_permissions?: { required: string[] } } };
  commands?: Record<string, { suggested_key?: { default?: string } }>;
}

const read = (browser: BrowserName): Manifest =>
  JSON.parse(readFileSync(join(outputDir(browser), 'manifest.json'), 'utf8')) as Manifest;

describe.each<BrowserName>(['chromium', 'firefox'])('%s manifest', (browser) => {
  const manifest = read(browser);

  it('asks for storage and nothing else at install', () => {
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    const required: Partial<Manifest> = { ...manifest };
    delete required.optional_permissions;
    delete required.optional_host_permissions;
    expect(JSON.stringify(required)).not.toMatch(/<all_urls>|\*:\/\/\*\/|"tabs"|"scripting"|webRequest|mail\.google|outlook\./);
  });

  it('asks for Gmail and Outlook only at run time, as optional permissions (with scripting in Chrome)', () => {
    if (browser === 'chromium') {
      expect(manifest.optional_permissions).toEqual(['scripting']);
      expect(manifest.optional_host_permissions).toEqual(WEBMAIL_MATCHES);
    } else {
      expect(manifest.optional_permissions).toEqual(WEBMAIL_MATCHES);
      expect(manifest.optional_host_permissions).toBeUndefined();
    }
    expect(JSON.stringify([manifest.optional_permissions, manifest.optional_host_permissions])).not.toMatch(/<all_urls>|\*:\/\/\*\/|"tabs"|webRequest/);
  });

  it('runs the content script on the messaging pages of every Seller Central host, and nowhere else', () => {
    const matches = manifest.content_scripts.flatMap((script) => script.matches).sort();
    expect(matches).toEqual(SELLER_CENTRAL_HOSTS.map((host) => `https://${host}/messaging/*`).sort());
    // The webmail script is registered at run time, after the grant: never in the manifest.
    expect(manifest.content_scripts.flatMap((script) => script.js)).toEqual(['content-scripts/content.js']);
  });

  it('opens the template picker with a keyboard shortcut', () => {
    const command = browser === 'firefox' ? '_execute_browser_action' : '_execute_action';
    expect(manifest.commands?.[command]?.suggested_key?.default).toBe('Alt+Shift+K');
  });

  it('exposes no file to web pages', () => {
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });

  it('has a name, a description and icons at every store size', () => {
    expect(manifest.name).toBe('__MSG_extName__');
    const messages = JSON.parse(readFileSync(join(outputDir(browser), '_locales/en/messages.json'), 'utf8')) as Record<
      string,
      { message: string }
    >;
    expect(messages.extName?.message).toMatch(/^Clearsend/);
    expect(messages.extDescription?.message.length).toBeLessThanOrEqual(132); // Chrome Web Store limit
    for (const size of ['16', '32', '48', '96', '128']) {
      const icon = manifest.icons[size];
      expect(icon, `icon ${size}`).toBeDefined();
      expect(existsSync(join(outputDir(browser), icon ?? ''))).toBe(true);
    }
  });

  it(browser === 'firefox' ? 'declares its gecko id and that it collects no data' : 'carries no Firefox-only keys', () => {
    const gecko = manifest.browser_specific_settings?.gecko;
    if (browser === 'firefox') {
      expect(gecko?.id).toBe('clearsend@clearsend.app');
      expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
    } else {
      expect(manifest.browser_specific_settings).toBeUndefined();
    }
  });
});
