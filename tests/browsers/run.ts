/**
 * `npm run test:browsers [-- filter...]`: the real-browser tests (tests/browsers/vitest.config.ts)
 * against the production build in .output/; arguments go to Vitest, e.g. a test file's name.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('.output/chrome-mv3/manifest.json') || !existsSync('.output/firefox-mv2/manifest.json')) {
  console.error('No build found: run `npm run build` first.');
  process.exit(2);
}
const result = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--config', 'tests/browsers/vitest.config.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
