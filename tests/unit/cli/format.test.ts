// @vitest-environment node
import { describe, it, expect } from 'vitest';
import type { Finding } from '../../../lib/rules/types.ts';
import {
  addFindings,
  emptyTotals,
  exitCode,
  formatJsonLine,
  formatMessage,
  formatProblem,
  formatSummary,
  locator,
  quoteActual,
  shouldColour,
  style,
} from '../../../lib/cli/format.ts';
import type { InputMessage } from '../../../lib/cli/input.ts';

function finding(overrides: Partial<Finding>): Finding {
  return {
    ruleId: 'external-link',
    category: 'external-link',
    severity: 'error',
    field: 'body',
    start: 0,
    end: 1,
    actual: 'x',
    message: 'Links to other websites are blocked',
    ...overrides,
  };
}

describe('locator', () => {
  it('maps offsets to 1-based lines and columns across LF, CRLF and CR', () => {
    const at = locator('ab\ncd\r\nef\rg');
    expect(at(0)).toEqual({ line: 1, column: 1 });
    expect(at(2)).toEqual({ line: 1, column: 3 });
    expect(at(3)).toEqual({ line: 2, column: 1 });
    expect(at(5)).toEqual({ line: 2, column: 3 });
    expect(at(7)).toEqual({ line: 3, column: 1 });
    expect(at(10)).toEqual({ line: 4, column: 1 });
  });

  it('clamps offsets outside the text', () => {
    const at = locator('ab\nc');
    expect(at(-5)).toEqual({ line: 1, column: 1 });
    expect(at(99)).toEqual({ line: 2, column: 2 });
  });
});

describe('quoteActual', () => {
  it('quotes and escapes like JSON', () => {
    expect(quoteActual('say "hi"\n')).toBe('"say \\"hi\\"\\n"');
  });

  it('shortens long text without splitting a surrogate pair', () => {
    expect(quoteActual('abcdefgh', 5)).toBe('"abcd…"');
    expect(quoteActual('abc😀defgh', 5)).toBe('"abc…"');
  });
});

describe('formatMessage', () => {
  const message: InputMessage = {
    id: 'review-1',
    subject: 'Hi',
    body: 'Thanks!\nVisit https://x.example now',
    where: { file: 'lib.csv', line: 4 },
  };

  it('prints the id, then aligned findings, subject first, with line:col in the field', () => {
    const out = formatMessage(
      message,
      [
        finding({ start: 14, end: 31, actual: 'https://x.example' }),
        finding({ field: 'subject', severity: 'warning', ruleId: 'short-subject', message: 'Subject is vague', start: 0, end: 2, actual: 'Hi' }),
      ],
      style(false),
    );
    expect(out).toBe(
      'review-1  lib.csv:4\n' +
        '  subject 1:1  warning  short-subject  Subject is vague  "Hi"\n' +
        '  body 2:7     error    external-link  Links to other websites are blocked  "https://x.example"\n\n',
    );
  });

  it('leaves out the quote for a finding with no text', () => {
    const out = formatMessage(message, [finding({ severity: 'info', ruleId: 'missing-order-id', message: 'No order ID', start: 0, end: 0, actual: '' })], style(false));
    expect(out).toBe('review-1  lib.csv:4\n  body 1:1  info  missing-order-id  No order ID\n\n');
  });

  it('says so when there are no findings, and does not repeat an id that is the file', () => {
    const out = formatMessage({ id: 'a.txt', body: 'x', where: { file: 'a.txt', line: 1 } }, [], style(false));
    expect(out).toBe('a.txt\n  no findings\n\n');
  });

  it('colours only when asked', () => {
    const coloured = formatMessage(message, [finding({})], style(true));
    expect(coloured).toContain('\u001b[31merror\u001b[39m');
    expect(formatMessage(message, [finding({})], style(false))).not.toContain('\u001b[');
  });
});

describe('formatJsonLine', () => {
  it('is one JSON object on one line', () => {
    const line = formatJsonLine('a', [finding({ actual: 'two\nlines' })]);
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toContain('\n');
    expect(JSON.parse(line)).toEqual({ id: 'a', findings: [finding({ actual: 'two\nlines' })] });
  });
});

describe('formatProblem', () => {
  it('names the file and line', () => {
    expect(formatProblem({ file: 't.jsonl', line: 7, level: 'error', message: 'invalid JSON: x' })).toBe('t.jsonl:7: invalid JSON: x\n');
    expect(formatProblem({ file: 't.txt', level: 'error', message: 'cannot read: no such file' })).toBe('t.txt: cannot read: no such file\n');
    expect(formatProblem({ file: 't.jsonl', line: 2, level: 'note', message: 'ignored' })).toBe('t.jsonl:2: note: ignored\n');
  });
});

describe('summary', () => {
  it('counts messages and findings by severity', () => {
    const totals = emptyTotals();
    addFindings(totals, [finding({}), finding({ severity: 'warning' }), finding({ severity: 'info' })]);
    addFindings(totals, []);
    expect(totals).toEqual({ messages: 2, errors: 1, warnings: 1, infos: 1, inputErrors: 0 });
    expect(formatSummary(totals, style(false))).toBe('2 messages, 1 error, 1 warning, 1 info\n');
  });

  it('mentions inputs that could not be checked', () => {
    const totals = { ...emptyTotals(), messages: 1, inputErrors: 2 };
    expect(formatSummary(totals, style(false))).toBe('1 message, 0 errors, 0 warnings; 2 inputs could not be checked\n');
  });
});

describe('exitCode', () => {
  it('is 0 without errors, 1 with an error finding, 2 for bad usage or input, and 2 wins', () => {
    expect(exitCode({ inputErrors: 0, errors: 0 })).toBe(0);
    expect(exitCode({ inputErrors: 0, errors: 3 })).toBe(1);
    expect(exitCode({ inputErrors: 1, errors: 0 })).toBe(2);
    expect(exitCode({ inputErrors: 1, errors: 3 })).toBe(2);
    expect(exitCode({ usageError: true, inputErrors: 0, errors: 0 })).toBe(2);
  });
});

describe('shouldColour', () => {
  it('colours a terminal unless NO_COLOR is set', () => {
    expect(shouldColour(true, {})).toBe(true);
    expect(shouldColour(true, { NO_COLOR: '1' })).toBe(false);
    expect(shouldColour(true, { NO_COLOR: '' })).toBe(true);
    expect(shouldColour(false, {})).toBe(false);
    expect(shouldColour(undefined, {})).toBe(false);
  });
});
