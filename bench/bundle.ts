/**
 * The content scripts' sizes, JS and CSS gzipped, each against the 40 KB budget (needs
 * `npm run build`): Seller Central's, and the webmail script registered for Gmail and Outlook.
 * Then what a woken background parses: its script (the engine, no phrases) and the language
 * packs it reads when a message needs them (no target: the cold-start figure is the one that
 * counts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTENT_SCRIPTS, CONTENT_SCRIPT_BUDGET_BYTES, contentScriptSize } from '../lib/bundle-budget.ts';
import type { Row, Section } from './types.ts';

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

export const bundleSection: Section = {
  name: 'bundle',
  async run() {
    const rows: Row[] = [];
    for (const [browser, dir] of [
      ['chrome-mv3', '.output/chrome-mv3'],
      ['firefox-mv2', '.output/firefox-mv2'],
    ] as const) {
      if (!existsSync(dir)) {
        rows.push({ cells: [browser, 'no build: run npm run build', '', ''], target: `<= ${kb(CONTENT_SCRIPT_BUDGET_BYTES)} gzipped`, pass: false });
        continue;
      }
      for (const script of CONTENT_SCRIPTS) {
        const size = contentScriptSize(dir, script);
        rows.push({
          cells: [browser, size.files.map((f) => f.name).join(' + '), kb(size.bytes), kb(size.gzipBytes)],
          target: `<= ${kb(CONTENT_SCRIPT_BUDGET_BYTES)} gzipped`,
          pass: size.gzipBytes <= CONTENT_SCRIPT_BUDGET_BYTES,
        });
      }
    }
    const background: Row[] = [];
    const dir = '.output/chrome-mv3';
    if (existsSync(join(dir, 'background.js'))) {
      const file = (path: string) => [kb(statSync(path).size), kb(gzipSync(readFileSync(path)).length)];
      background.push({ cells: ['background.js (the engine)', ...file(join(dir, 'background.js'))] });
      const packs = readdirSync(join(dir, 'packs')).sort();
      const sizes = packs.map((name) => statSync(join(dir, 'packs', name)).size).sort((a, b) => a - b);
      background.push({ cells: [`language packs: ${packs.length}, smallest`, kb(sizes[0] ?? 0), ''] });
      background.push({ cells: ['language packs: largest', kb(sizes[sizes.length - 1] ?? 0), ''] });
      background.push({ cells: ['packs/en.json (read for almost every message)', ...file(join(dir, 'packs', 'en.json'))] });
    }
    return [
      { title: 'Content script sizes (Seller Central: every messaging page; webmail: Gmail and Outlook once allowed)', columns: ['build', 'files', 'size', 'gzipped'], rows },
      ...(background.length > 0 ? [{ title: 'What a woken background reads (chrome-mv3)', columns: ['file', 'size', 'gzipped'], rows: background }] : []),
    ];
  },
};
