/** The check command's arguments. Pure: argv in, a decision out. */
import { inputKind } from './input.ts';

export type Args =
  | { kind: 'help' }
  | { kind: 'check'; json: boolean; asSent: boolean; files: string[] }
  | { kind: 'usage-error'; message: string };

export const USAGE = `Usage: npm run --silent check -- [--json] [--as-sent] FILE...
       node bin/check.ts [--json] [--as-sent] FILE...

Checks message templates against what Amazon's Buyer-Seller Messaging blocks.

FILE may be
  .txt    one message. A first line "Subject: ..." is the subject, the rest is the body.
  .jsonl  one JSON object per line: {"id", "subject"?, "body", "buyerLanguage"?,
          "contactReason"?}
  .csv    a header row with the columns id, subject, body, contactReason, buyerLanguage
          (any order; only body is required, other columns are ignored), then one
          message per row.
  buyerLanguage: en, de, fr, es, it, ja or a locale such as de-DE.
  contactReason: customization, delivery-scheduling, address-issue, order-information,
          unexpected-problem, return, invoice, review-request, other.

Options
  --json      print one JSON object per message on stdout: {"id", "findings"}
              (the summary and any input problems go to stderr)
  --as-sent   check the rows as messages about to be sent: template variables left in
              them ({productName}, [Buyer Name]) are errors. By default rows are
              templates, where variables are expected.
  -h, --help  print this help

Exit status
  0  no errors found (warnings allowed)
  1  at least one message has an error
  2  bad usage, or an input that could not be read or parsed (the rest is still checked)
`;

export function parseArgs(argv: readonly string[]): Args {
  let json = false;
  let asSent = false;
  let help = false;
  let optionsDone = false;
  let unknown: string | undefined;
  const files: string[] = [];
  for (const arg of argv) {
    if (!optionsDone && arg.startsWith('-') && arg !== '-') {
      if (arg === '--') optionsDone = true;
      else if (arg === '--json') json = true;
      else if (arg === '--as-sent') asSent = true;
      else if (arg === '--help' || arg === '-h') help = true;
      else unknown ??= arg;
      continue;
    }
    files.push(arg);
  }
  if (help) return { kind: 'help' };
  if (unknown !== undefined) return { kind: 'usage-error', message: `unknown option ${unknown}` };
  if (files.length === 0) return { kind: 'usage-error', message: 'no files given' };
  const unsupported = files.find((file) => !inputKind(file));
  if (unsupported !== undefined) {
    return {
      kind: 'usage-error',
      message: `unsupported file type: ${unsupported} (expected .txt, .jsonl or .csv)`,
    };
  }
  return { kind: 'check', json, asSent, files };
}
