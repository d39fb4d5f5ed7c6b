/**
 * The check command, with its effects passed in: how to lint, read a file and write output.
 * bin/check.ts wires the real ones; tests pass their own.
 */
import type { Finding, LintOptions, Message } from '../rules/types.ts';
import { parseArgs, USAGE } from './args.ts';
import { decodeText } from './decode.ts';
import {
  addFindings,
  emptyTotals,
  exitCode,
  formatJsonLine,
  formatMessage,
  formatProblem,
  formatSummary,
  style,
} from './format.ts';
import type { InputProblem } from './input.ts';
import { inputKind, parseInput } from './input.ts';

export interface CheckDeps {
  lint: (message: Message, options?: LintOptions) => Finding[];
  /** The file's bytes; throws when it cannot be read. */
  readFile: (path: string) => Uint8Array;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout takes ANSI colours. */
  colour: boolean;
}

function reason(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) {
    const code = (error as { code: unknown }).code;
    if (code === 'ENOENT') return 'no such file';
    if (code === 'EISDIR') return 'is a directory, not a file';
    if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  }
  return error instanceof Error ? error.message : String(error);
}

/** Runs the command and returns its exit status. */
export function runCheck(argv: readonly string[], deps: CheckDeps): number {
  const args = parseArgs(argv);
  if (args.kind === 'help') {
    deps.stdout(USAGE);
    return 0;
  }
  if (args.kind === 'usage-error') {
    deps.stderr(`check: ${args.message}\nRun with --help for usage.\n`);
    return exitCode({ usageError: true, inputErrors: 0, errors: 0 });
  }

  const s = style(args.json ? false : deps.colour);
  const totals = emptyTotals();
  const report = (problem: InputProblem): void => {
    if (problem.level === 'error') totals.inputErrors++;
    deps.stderr(formatProblem(problem));
  };

  for (const file of args.files) {
    let bytes: Uint8Array;
    try {
      bytes = deps.readFile(file);
    } catch (error) {
      report({ file, level: 'error', message: `cannot read: ${reason(error)}` });
      continue;
    }
    const decoded = decodeText(bytes);
    if (!decoded.ok) {
      report({ file, level: 'error', message: decoded.message });
      continue;
    }
    // parseArgs let through only supported extensions.
    const parsed = parseInput(inputKind(file) ?? 'txt', decoded.text, file);
    parsed.problems.forEach(report);

    let out = '';
    for (const message of parsed.messages) {
      const options: LintOptions = { asSent: args.asSent };
      if (message.buyerLanguage) options.buyerLanguage = message.buyerLanguage;
      if (message.contactReason) options.contactReason = message.contactReason;
      const input: Message = { body: message.body };
      if (message.subject !== undefined) input.subject = message.subject;
      let findings: Finding[];
      try {
        findings = deps.lint(input, options);
      } catch (error) {
        report({
          file,
          line: message.where.line,
          level: 'error',
          message: `${message.id}: the checker failed: ${error instanceof Error ? error.message : String(error)}`,
        });
        continue;
      }
      addFindings(totals, findings);
      out += args.json ? formatJsonLine(message.id, findings) : formatMessage(message, findings, s);
    }
    if (out) deps.stdout(out);
  }

  if (args.json) deps.stderr(formatSummary(totals, style(false)));
  else deps.stdout(formatSummary(totals, s));
  return exitCode({ inputErrors: totals.inputErrors, errors: totals.errors });
}
