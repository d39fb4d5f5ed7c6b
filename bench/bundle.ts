/**
 * The content scripts' sizes, JS and CSS gzipped, each against the 40 KB budget (needs
 * `npm run build`): Seller Central's, and the webmail script registered for Gmail and Outlook.
 */
import { existsSync } from 'node:fs';
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
    return [{ title: 'Content script sizes (Seller Central: every messaging page; webmail: Gmail and Outlook once allowed)', columns: ['build', 'files', 'size', 'gzipped'], rows }];
  },
};
