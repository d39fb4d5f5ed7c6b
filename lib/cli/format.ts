/**
 * What the check command prints: human-readable reports, JSON lines, the summary, input
 * problems, and the exit status. Pure: data in, strings (or a number) out.
 */
import type { Field, Finding, Severity } from '../rules/types.ts';
import type { InputMessage, InputProblem } from './input.ts';

export interface Position {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units (as the finding offsets are). */
  column: number;
}

/**
 * A function from an offset in `text` to its line and column. A line ends at CRLF, LF or CR.
 * Offsets outside the text are clamped to it.
 */
export function locator(text: string): (offset: number) => Position {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return (offset) => {
    const at = Math.min(Math.max(0, Math.trunc(offset) || 0), text.length);
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= at) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: at - starts[low]! + 1 };
  };
}

export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  severity(severity: Severity, text: string): string;
}

const plain: Style = {
  bold: (text) => text,
  dim: (text) => text,
  severity: (_severity, text) => text,
};

const SEVERITY_COLOUR: Record<Severity, string> = { error: '31', warning: '33', info: '36' };

const ansi: Style = {
  bold: (text) => `\u001b[1m${text}\u001b[22m`,
  dim: (text) => `\u001b[2m${text}\u001b[22m`,
  severity: (severity, text) => `\u001b[${SEVERITY_COLOUR[severity]}m${text}\u001b[39m`,
};

export function style(colour: boolean): Style {
  return colour ? ansi : plain;
}

/** Colour only on a terminal, and not when NO_COLOR is set to a non-empty value (no-color.org). */
export function shouldColour(isTTY: boolean | undefined, env: Readonly<Record<string, string | undefined>>): boolean {
  return isTTY === true && !env.NO_COLOR;
}

const ACTUAL_MAX = 60;

/** The finding's text in double quotes, escaped like JSON, shortened when long. */
export function quoteActual(actual: string, max = ACTUAL_MAX): string {
  if (actual.length <= max) return JSON.stringify(actual);
  let cut = max - 1;
  const last = actual.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--; // do not split a surrogate pair
  return JSON.stringify(`${actual.slice(0, cut)}…`);
}

const FIELD_ORDER: Record<Field, number> = { subject: 0, body: 1 };

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * A message's block in the human-readable report: the id as a heading, then one aligned line
 * per finding, `field line:col  severity  ruleId  message  "actual"` (no quote when the
 * finding has no text), subject first, then a blank line.
 */
export function formatMessage(message: InputMessage, findings: readonly Finding[], s: Style): string {
  const { file, line } = message.where;
  const fromFile = message.id === file || message.id === `${file}:${line}`;
  let out = s.bold(message.id) + (fromFile ? '' : s.dim(`  ${file}:${line}`)) + '\n';
  if (findings.length === 0) return `${out}  ${s.dim('no findings')}\n\n`;

  const locate: Record<Field, ((offset: number) => Position) | undefined> = { subject: undefined, body: undefined };
  const rows = [...findings]
    .sort((a, b) => FIELD_ORDER[a.field] - FIELD_ORDER[b.field] || a.start - b.start || a.end - b.end)
    .map((finding) => {
      const text = finding.field === 'subject' ? (message.subject ?? '') : message.body;
      const at = (locate[finding.field] ??= locator(text))(finding.start);
      return { finding, where: `${finding.field} ${at.line}:${at.column}` };
    });
  const whereWidth = Math.max(...rows.map((row) => row.where.length));
  const severityWidth = Math.max(...rows.map((row) => row.finding.severity.length));
  const ruleWidth = Math.max(...rows.map((row) => row.finding.ruleId.length));
  for (const { finding, where } of rows) {
    out +=
      `  ${s.dim(where.padEnd(whereWidth))}` +
      `  ${s.severity(finding.severity, finding.severity.padEnd(severityWidth))}` +
      `  ${finding.ruleId.padEnd(ruleWidth)}` +
      `  ${finding.message}` +
      // A finding about the message as a whole has no text to quote.
      (finding.actual === '' ? '\n' : `  ${s.dim(quoteActual(finding.actual))}\n`);
  }
  return `${out}\n`;
}

/** A message's line in --json output. */
export function formatJsonLine(id: string, findings: readonly Finding[]): string {
  return `${JSON.stringify({ id, findings })}\n`;
}

/** One input problem, for stderr: `file:line: message`. */
export function formatProblem(problem: InputProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return `${where}: ${problem.level === 'note' ? 'note: ' : ''}${problem.message}\n`;
}

export interface Totals {
  messages: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Inputs (files, lines or rows) that could not be checked. */
  inputErrors: number;
}

export function emptyTotals(): Totals {
  return { messages: 0, errors: 0, warnings: 0, infos: 0, inputErrors: 0 };
}

/** Adds one checked message and its findings to the totals. */
export function addFindings(totals: Totals, findings: readonly Finding[]): void {
  totals.messages++;
  for (const finding of findings) {
    if (finding.severity === 'error') totals.errors++;
    else if (finding.severity === 'warning') totals.warnings++;
    else totals.infos++;
  }
}

/** E.g. "3 messages, 2 errors, 1 warning" (then infos and unreadable inputs when there are any). */
export function formatSummary(totals: Totals, s: Style): string {
  let out = `${plural(totals.messages, 'message')}, `;
  out += totals.errors ? s.severity('error', plural(totals.errors, 'error')) : plural(0, 'error');
  out += ', ';
  out += totals.warnings ? s.severity('warning', plural(totals.warnings, 'warning')) : plural(0, 'warning');
  if (totals.infos) out += `, ${totals.infos} info`;
  if (totals.inputErrors) {
    out += `; ${plural(totals.inputErrors, 'input')} could not be checked`;
  }
  return `${s.bold(out)}\n`;
}

/** 2 for bad usage or unreadable input (wins over 1), 1 when any finding is an error, else 0. */
export function exitCode(outcome: { usageError?: boolean; inputErrors: number; errors: number }): 0 | 1 | 2 {
  if (outcome.usageError || outcome.inputErrors > 0) return 2;
  return outcome.errors > 0 ? 1 : 0;
}
