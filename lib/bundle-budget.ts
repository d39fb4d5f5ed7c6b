/**
 * The content script runs on every Seller Central messaging page, so its size is a budget:
 * its JS and CSS in content-scripts/, gzipped, at most 40 KB. The webmail script (Gmail and
 * Outlook, registered at run time) is a page's only Clearsend script there and has the same
 * budget of its own. Printed after every build, checked
 * there and by `npm run bench`. Node only (build time).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const CONTENT_SCRIPT_BUDGET_BYTES = 40 * 1024;

export interface BundleSize {
  files: { name: string; bytes: number; gzipBytes: number }[];
  bytes: number;
  gzipBytes: number;
}

/** The scripts that have the budget: Seller Central's, and the mail clients'. */
export const CONTENT_SCRIPTS = ['content', 'webmail'] as const;

export function contentScriptSize(outDir: string, script: (typeof CONTENT_SCRIPTS)[number] = 'content'): BundleSize {
  const dir = join(outDir, 'content-scripts');
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.startsWith(`${script}.`) && /\.(js|css)$/.test(name))
        .map((name) => {
          const data = readFileSync(join(dir, name));
          return { name, bytes: data.length, gzipBytes: gzipSync(data, { level: 9 }).length };
        })
    : [];
  return {
    files,
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
  };
}

export function describeBundle(size: BundleSize, script = 'content script'): string {
  const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
  const verdict = size.gzipBytes <= CONTENT_SCRIPT_BUDGET_BYTES ? 'within' : 'OVER';
  return `${script}: ${kb(size.bytes)}, ${kb(size.gzipBytes)} gzipped (${verdict} the ${kb(CONTENT_SCRIPT_BUDGET_BYTES)} budget)`;
}
