// @vitest-environment node
/** The check command end to end: spawns `node bin/check.ts` on the fixtures in tests/fixtures/cli. */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import type { Finding } from '../../../lib/rules/types.ts';
import { parseCsvInput, parseJsonl } from '../../../lib/cli/input.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FIXTURES = 'tests/fixtures/cli';

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

function check(...args: string[]): Promise<Result> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['bin/check.ts', ...args],
      { cwd: ROOT, env: { ...process.env, NO_COLOR: '' }, timeout: 20_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

interface Line {
  id: string;
  findings: Finding[];
}

function jsonLines(stdout: string): Line[] {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Line);
}

/** Every finding's offsets point at its `actual` text in the message it came from. */
function expectOffsetsMatch(line: Line, message: { subject?: string; body: string }): void {
  for (const finding of line.findings) {
    const text = finding.field === 'subject' ? (message.subject ?? '') : message.body;
    expect(text.slice(finding.start, finding.end)).toBe(finding.actual);
  }
}

// Each run starts a Node process; on a busy machine that can take seconds.
describe.concurrent('check command', { timeout: 30_000 }, () => {
  it('exits 0 on a compliant .txt and prints one JSON line', async () => {
    const result = await check('--json', `${FIXTURES}/compliant.txt`);
    const lines = jsonLines(result.stdout);
    expect(lines.map((line) => line.id)).toEqual([`${FIXTURES}/compliant.txt`]);
    expect(lines[0]?.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(result.stderr).toMatch(/^1 message, 0 errors, \d+ warnings?/);
    expect(result.code).toBe(0);
  });

  it('exits 1 on a .csv with quoted multi-line bodies and a blocked message', async () => {
    const result = await check('--json', `${FIXTURES}/library.csv`);
    const lines = jsonLines(result.stdout);
    expect(lines.map((line) => line.id)).toEqual(['address-1', 'review-1']);
    const messages = parseCsvInput(readFileSync(`${ROOT}${FIXTURES}/library.csv`, 'utf8'), 'library.csv').messages;
    lines.forEach((line, index) => expectOffsetsMatch(line, messages[index]!));
    expect(lines[0]?.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(lines[1]?.findings.some((finding) => finding.severity === 'error')).toBe(true);
    expect(result.stderr).toMatch(/^2 messages, [1-9]\d* errors?/);
    expect(result.code).toBe(1);
  });

  it('exits 2 on a .jsonl with a broken line, naming it, and checks the other lines', async () => {
    const result = await check('--json', `${FIXTURES}/mixed.jsonl`);
    const lines = jsonLines(result.stdout);
    expect(lines.map((line) => line.id)).toEqual([
      'address-check',
      'review-push',
      'de-delay',
      `${FIXTURES}/mixed.jsonl:6`,
    ]);
    const messages = parseJsonl(readFileSync(`${ROOT}${FIXTURES}/mixed.jsonl`, 'utf8'), 'mixed.jsonl').messages;
    lines.forEach((line, index) => expectOffsetsMatch(line, messages[index]!));
    expect(lines[1]?.findings.some((finding) => finding.severity === 'error')).toBe(true);
    expect(result.stderr).toMatch(new RegExp(`^${FIXTURES}/mixed\\.jsonl:3: invalid JSON: .+`, 'm'));
    expect(result.code).toBe(2);
  });

  it('prints a readable report without colours, and exits 2 for a missing file after checking the others', async () => {
    const result = await check(`${FIXTURES}/library.csv`, `${FIXTURES}/missing.txt`, `${FIXTURES}/compliant.txt`);
    expect(result.stdout).not.toContain('\u001b[');
    expect(result.stdout).toMatch(/^review-1 {2}tests\/fixtures\/cli\/library\.csv:\d+$/m);
    expect(result.stdout).toMatch(/^ {2}(subject|body) \d+:\d+ +error +\S+ {2}.+ {2}".*"$/m);
    expect(result.stdout).toMatch(new RegExp(`^${FIXTURES}/compliant\\.txt$`, 'm'));
    expect(result.stdout).toMatch(/^3 messages, [1-9]\d* errors?, \d+ warnings?.*; 1 input could not be checked$/m);
    expect(result.stderr).toBe(`${FIXTURES}/missing.txt: cannot read: no such file\n`);
    expect(result.code).toBe(2);
  });

  it('exits 2 on bad usage and 0 on --help', async () => {
    const [none, unknown, extension, help] = await Promise.all([
      check(),
      check('--strict', `${FIXTURES}/compliant.txt`),
      check(`${FIXTURES}/notes.md`),
      check('--help'),
    ]);
    expect(none).toMatchObject({ code: 2, stdout: '' });
    expect(none.stderr).toContain('no files given');
    expect(unknown).toMatchObject({ code: 2, stdout: '' });
    expect(unknown.stderr).toContain('unknown option --strict');
    expect(extension.code).toBe(2);
    expect(extension.stderr).toContain('unsupported file type');
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toMatch(/^Usage: /);
  });
});

describe('check command: contact reasons, buyer languages and --as-sent', () => {
  it('checks rows as templates by default and as messages about to be sent with --as-sent', async () => {
    const template = await check('--json', `${FIXTURES}/context.jsonl`);
    const asSent = await check('--json', '--as-sent', `${FIXTURES}/context.jsonl`);
    const placeholders = (result: Result) =>
      jsonLines(result.stdout).find((line) => line.id === 'placeholder-template')?.findings.filter((f) => f.ruleId === 'placeholder') ?? [];
    expect(placeholders(template)).toEqual([]);
    expect(placeholders(asSent).map((f) => f.actual)).toEqual(['{buyerName}', '{orderId}']);
  });

  it('judges a row against its contact reason', async () => {
    const result = await check('--json', `${FIXTURES}/context.jsonl`);
    const row = jsonLines(result.stdout).find((line) => line.id === 'review-under-address-reason');
    expect(row?.findings.map((f) => f.ruleId)).toContain('critical-reason-misuse');
  });

  it('names the row of a bad contactReason or buyerLanguage, skips it, checks the rest and exits 2', async () => {
    const jsonl = await check('--json', `${FIXTURES}/context.jsonl`);
    expect(jsonl.code).toBe(2);
    expect(jsonl.stderr).toMatch(/context\.jsonl:3: .*bad-reason: contactReason "urgent" is not one of customization/);
    expect(jsonl.stderr).toMatch(/context\.jsonl:4: .*bad-language: buyerLanguage "klingon" is not one of/);
    expect(jsonLines(jsonl.stdout).map((line) => line.id)).toEqual(['placeholder-template', 'review-under-address-reason']);
    const csv = await check('--json', `${FIXTURES}/context.csv`);
    expect(csv.code).toBe(2);
    expect(csv.stderr).toMatch(/context\.csv:3: .*csv-bad: contactReason "sometimes"/);
    expect(jsonLines(csv.stdout).map((line) => line.id)).toEqual(['csv-ok']);
  });
});
