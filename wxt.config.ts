import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { parseAst, type Plugin } from 'vite';
import { SELLER_CENTRAL_HOSTS } from './lib/seller-central-hosts';
import { CONTENT_SCRIPT_BUDGET_BYTES, CONTENT_SCRIPTS, contentScriptSize, describeBundle } from './lib/bundle-budget';
import { WEBMAIL_MATCHES } from './lib/webmail/hosts';
import { packFiles } from './lib/rules/packs-build';
import { packPath } from './lib/rules/packs';
import { LANGUAGES } from './lib/rules/types';
import { eagerCompilePlugin, type Parse } from './lib/eager-compile';

/**
 * A test-only build (`WXT_TEST_WEBMAIL_GRANTED=1`, written to .output/webmail-granted/) holds the
 * mail hosts from install: Chromium lets no automation accept a permission prompt. Never shipped.
 */
const TEST_WEBMAIL_GRANTED = process.env.WXT_TEST_WEBMAIL_GRANTED === '1';

// The Firefox add-on id. Stable so that storage survives updates.
const GECKO_ID = 'clearsend@clearsend.app';

/**
 * The engine's functions in the background compiled in the script's one parse, not lazily on their
 * first call: what a seller waits for after Chrome stopped the idle worker (lib/eager-compile.ts).
 * Only the engine's (lib/rules/): the rest of the background is not on that path.
 */
function backgroundEagerCompile(): Plugin {
  return {
    ...eagerCompilePlugin({ fileName: 'background.js', modules: (path) => path.startsWith('lib/rules/'), parse: parseAst as Parse }),
    apply: 'build',
  };
}

export default defineConfig({
  // Explicit imports everywhere: plain tsc, eslint and Vitest need no generated globals.
  imports: false,
  // `browser` is the promise-based webextension-polyfill in every entrypoint.
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), backgroundEagerCompile()],
  }),
  ...(TEST_WEBMAIL_GRANTED ? { outDir: '.output/webmail-granted' } : {}),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings and custom templates. Nothing else: no tabs, no scripting,
    // no webRequest, no <all_urls>. Hosts come from the content script's matches alone.
    permissions: TEST_WEBMAIL_GRANTED ? ['storage', 'scripting'] : ['storage'],
    host_permissions: TEST_WEBMAIL_GRANTED ? WEBMAIL_MATCHES : [],
    // Gmail and Outlook on the web: asked for at run time, from the options page, only when the
    // seller turns webmail on (Chrome registers the webmail script through `scripting`).
    ...(manifestVersion === 3
      ? { optional_permissions: ['scripting'], optional_host_permissions: WEBMAIL_MATCHES }
      : { optional_permissions: WEBMAIL_MATCHES }),
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 96: 'icon/96.png', 128: 'icon/128.png' },
    action: { default_title: '__MSG_actionTitle__' },
    // Opens the template picker from the keyboard (changeable in the browser's shortcut settings).
    commands: {
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_actionTitle__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // data_collection_permissions arrived in Firefox 140 (the current ESR line).
              strict_min_version: '140.0',
              // Clearsend collects nothing: the seller's text never leaves the browser.
              data_collection_permissions: { required: ['none'] },
            },
            // ...and in Firefox for Android 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  zip: {
    artifactTemplate: 'clearsend-{{version}}-{{browser}}.zip',
    sourcesTemplate: 'clearsend-{{version}}-sources.zip',
  },
  // The hosts list lives in one module; exporting it here keeps the manifest test honest.
  hooks: {
    // The language packs the background reads when a message needs them (lib/rules/packs.ts),
    // made from the phrase books at every build: never a stale copy.
    'build:publicAssets': (_wxt, files) => {
      for (const { path, contents } of packFiles()) files.push({ relativeDest: path, contents });
    },
    'prepare:publicPaths': (_wxt, paths) => {
      for (const language of LANGUAGES) paths.push(`/${packPath(language)}`);
    },
    'build:done': (wxt) => {
      for (const script of CONTENT_SCRIPTS) {
        const size = contentScriptSize(wxt.config.outDir, script);
        const name = script === 'content' ? 'content script' : 'webmail content script';
        console.log(`${wxt.config.browser}: ${describeBundle(size, name)}`);
        if (size.gzipBytes > CONTENT_SCRIPT_BUDGET_BYTES) throw new Error(describeBundle(size, name));
      }
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      const matches = manifest.content_scripts?.flatMap((script) => script.matches ?? []) ?? [];
      // The webmail script is registered at run time, after the grant: never in the manifest.
      if (manifest.content_scripts?.some((script) => script.js?.some((file) => file.includes('webmail')))) {
        throw new Error('the webmail content script must not be in the manifest');
      }
      for (const host of SELLER_CENTRAL_HOSTS) {
        if (!matches.includes(`https://${host}/messaging/*`)) {
          throw new Error(`content script does not match ${host}`);
        }
      }
    },
  },
});
