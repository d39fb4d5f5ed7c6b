/**
 * Audits message template files against what Amazon's Buyer-Seller Messaging blocks.
 * Run: npm run --silent check -- [--json] FILE...   (--help for details)
 */
import { readFileSync } from 'node:fs';
import { runCheck } from '../lib/cli/main.ts';
import { shouldColour } from '../lib/cli/format.ts';
import { lint } from '../lib/rules/index.ts';

// A reader that went away (e.g. `| head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = runCheck(process.argv.slice(2), {
  lint,
  readFile: (path) => readFileSync(path),
  stdout: (text) => {
    process.stdout.write(text);
  },
  stderr: (text) => {
    process.stderr.write(text);
  },
  colour: shouldColour(process.stdout.isTTY, process.env),
});
