/** The content script's size, JS and CSS gzipped, against its 40 KB budget (needs `npm run build`). */
import { existsSync } from 'node:fs';
import { CONTENT_SCRIPT_BUDGET_BYTES, contentScriptSize } from '../lib/bundle-budget.ts';
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
      const size = contentScriptSize(dir);
      rows.push({
        cells: [browser, size.files.map((f) => f.name).join(' + '), kb(size.bytes), kb(size.gzipBytes)],
        target: `<= ${kb(CONTENT_SCRIPT_BUDGET_BYTES)} gzipped`,
        pass: size.gzipBytes <= CONTENT_SCRIPT_BUDGET_BYTES,
      });
    }
    return [{ title: 'Content script size (runs on every messaging page)', columns: ['build', 'files', 'size', 'gzipped'], rows }];
  },
};
