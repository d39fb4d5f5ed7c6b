/**
 * Writes lib/rules/phrases/signs.generated.ts: every language's signs (lib/rules/phrases/signs.ts),
 * taken from the phrase books, so the engine can tell a message's languages before it loads any
 * language's pack. `npm run build` runs it first; tests/unit/rules/packs.test.ts fails when the
 * committed file is out of date.
 *   node scripts/language-signs.ts           write the file
 *   node scripts/language-signs.ts --check   exit 1 when it is out of date
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { signsSource } from '../lib/rules/packs-build.ts';

const TARGET = fileURLToPath(new URL('../lib/rules/phrases/signs.generated.ts', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const source = signsSource();
  let current = '';
  try {
    current = readFileSync(TARGET, 'utf8');
  } catch {
    // first run
  }
  if (process.argv.includes('--check')) {
    if (current !== source) {
      console.error('lib/rules/phrases/signs.generated.ts is out of date: run node scripts/language-signs.ts');
      process.exit(1);
    }
  } else if (current !== source) {
    writeFileSync(TARGET, source);
    console.log('wrote lib/rules/phrases/signs.generated.ts');
  }
}
