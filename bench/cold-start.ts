/**
 * Cold start: what a seller waits for the first check each time Chrome has stopped the idle
 * service worker (about every 30 s of quiet). The engine is bundled and minified the way the
 * extension build does it (rolldown, Vite's bundler), then each run is a fresh Node process that
 * imports the bundle and lints one message, timed inside the process from the import to the
 * first finding list. Languages compile on first use (lib/rules/books.ts), so an English message
 * pays for English only; a message that cannot be told apart pays for every language.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { rolldown } from 'rolldown';
import { violatingMessage } from './messages.ts';
import { ms, percentile } from './stats.ts';
import type { Row, Section } from './types.ts';

const RUNS = 15;
const TARGET_MS = 40;

const MESSAGES: readonly { name: string; body: string; target: boolean }[] = [
  { name: 'English message, 2,000 chars', body: violatingMessage(), target: true },
  {
    name: 'German message',
    body: 'Hallo Frau Schmidt, vielen Dank für Ihre Bestellung 302-1234567-1234567. Leider ist der Artikel beschädigt angekommen. Wir senden Ihnen gerne kostenlos Ersatz und bitten Sie, uns ein Foto zu schicken. Mit freundlichen Grüßen, Ihr Team',
    target: true,
  },
  {
    name: 'Japanese message',
    body: 'いつもご利用いただきありがとうございます。ご注文（250-1234567-1234567）の商品について、配送業者より住所不明との連絡がありました。番地をご確認いただけますでしょうか。',
    target: true,
  },
  { name: 'too short to tell: every language', body: 'Hi! 5 stars?', target: false },
];

async function bundleEngine(dir: string): Promise<string> {
  const file = join(dir, 'engine.mjs');
  const build = await rolldown({ input: resolve('lib/rules/index.ts'), platform: 'neutral', logLevel: 'silent' });
  await build.write({ file, format: 'esm', minify: true });
  await build.close();
  return file;
}

/** One fresh process: milliseconds from before the import to after the first lint. */
function coldRun(engine: string, body: string): number {
  const script = `const t0 = performance.now();
const { lint } = await import(${JSON.stringify(engine)});
lint({ body: ${JSON.stringify(body)} });
process.stdout.write(String(performance.now() - t0));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  return Number(out);
}

export const coldStartSection: Section = {
  name: 'cold-start',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'clearsend-cold-'));
    try {
      const engine = await bundleEngine(dir);
      const rows: Row[] = MESSAGES.map(({ name, body, target }) => {
        coldRun(engine, body); // the file system's cache, not the engine's
        const times = Array.from({ length: RUNS }, () => coldRun(engine, body));
        const p50 = percentile(times, 50);
        return {
          cells: [name, String(RUNS), ms(p50), ms(percentile(times, 90))],
          ...(target ? { target: `p50 <= ${TARGET_MS} ms`, pass: p50 <= TARGET_MS } : {}),
        };
      });
      return [
        {
          title: 'Cold start: fresh process, import the bundled engine, lint once',
          columns: ['message', 'runs', 'p50', 'p90'],
          rows,
          notes: ['Each run is a new Node process; the time is measured inside it, from the import to the findings.'],
        },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
