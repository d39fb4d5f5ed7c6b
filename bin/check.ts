/**
 * Audits message template files against what Amazon's Buyer-Seller Messaging blocks.
 * Run: npm run --silent check -- [--json] FILE...   (--help for details)
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from '../lib/cli/args.ts';
import { shouldColour } from '../lib/cli/format.ts';
import type { CheckDeps } from '../lib/cli/main.ts';
import { runCheck } from '../lib/cli/main.ts';

const argv = process.argv.slice(2);

// Loading the rule engine compiles its phrase data; --help and usage errors do without it.
const lint: CheckDeps['lint'] =
  parseArgs(argv).kind === 'check' ? (await import('../lib/rules/index.ts')).lint : () => [];

// A reader that went away (e.g. `| head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = runCheck(argv, {
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
