// @vitest-environment node
import { describe, it, expect } from 'vitest';
import type { Finding, LintOptions, Message } from '../../../lib/rules/types.ts';
import { parseArgs } from '../../../lib/cli/args.ts';
import { decodeText } from '../../../lib/cli/decode.ts';
import { runCheck } from '../../../lib/cli/main.ts';

describe('parseArgs', () => {
  it('reads --json and files in any order', () => {
    expect(parseArgs(['a.txt', '--json', 'b.csv'])).toEqual({ kind: 'check', json: true, asSent: false, files: ['a.txt', 'b.csv'] });
  });

  it('reads --as-sent', () => {
    expect(parseArgs(['--as-sent', 'a.jsonl'])).toEqual({ kind: 'check', json: false, asSent: true, files: ['a.jsonl'] });
  });

  it('treats everything after -- as files', () => {
    expect(parseArgs(['--', '--json.txt'])).toEqual({ kind: 'check', json: false, asSent: false, files: ['--json.txt'] });
  });

  it('gives help priority', () => {
    expect(parseArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseArgs(['-h', '--nope', 'x.md'])).toEqual({ kind: 'help' });
  });

  it('rejects no files, unknown options and unsupported file types', () => {
    expect(parseArgs([])).toEqual({ kind: 'usage-error', message: 'no files given' });
    expect(parseArgs(['--json'])).toEqual({ kind: 'usage-error', message: 'no files given' });
    expect(parseArgs(['--fix', 'a.txt'])).toEqual({ kind: 'usage-error', message: 'unknown option --fix' });
    expect(parseArgs(['a.txt', 'notes.md'])).toEqual({
      kind: 'usage-error',
      message: 'unsupported file type: notes.md (expected .txt, .jsonl or .csv)',
    });
  });
});

describe('decodeText', () => {
  it('reads UTF-8 with or without a byte order mark', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69]))).toEqual({ ok: true, text: 'hi' });
    expect(decodeText(new TextEncoder().encode('héllo'))).toEqual({ ok: true, text: 'héllo' });
  });

  it('reads UTF-16 with a byte order mark', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x68, 0x00, 0x69, 0x00]))).toEqual({ ok: true, text: 'hi' });
  });

  it('rejects bytes that are not UTF-8', () => {
    expect(decodeText(new Uint8Array([0x68, 0xe9, 0x6c]))).toEqual({
      ok: false,
      message: 'not valid UTF-8 text (save the file as UTF-8)',
    });
  });
});

/** A stand-in checker: every "http" is an error, every "!" a warning. */
function fakeLint(message: Message, options?: LintOptions): Finding[] {
  const findings: Finding[] = [];
  for (const field of ['subject', 'body'] as const) {
    const text = message[field] ?? '';
    for (const match of text.matchAll(/https?:\/\/\S+|!/g)) {
      const link = match[0] !== '!';
      findings.push({
        ruleId: link ? 'external-link' : 'exclamation',
        category: link ? 'external-link' : 'formatting',
        severity: link ? 'error' : 'warning',
        field,
        start: match.index,
        end: match.index + match[0].length,
        actual: match[0],
        message: link ? 'No links' : `Calm down (${options?.buyerLanguage ?? 'any'})`,
      });
    }
  }
  return findings;
}

function run(argv: string[], files: Record<string, string>, lint = fakeLint) {
  let stdout = '';
  let stderr = '';
  const code = runCheck(argv, {
    lint,
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return new TextEncoder().encode(text);
    },
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    colour: false,
  });
  return { code, stdout, stderr };
}

describe('runCheck', () => {
  it('exits 0 when nothing is an error (warnings allowed)', () => {
    const result = run(['a.txt'], { 'a.txt': 'Subject: Hi!\n\nThanks.\n' });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('a.txt\n  subject 1:3  warning  exclamation  Calm down (any)  "!"\n\n1 message, 0 errors, 1 warning\n');
    expect(result.stderr).toBe('');
  });

  it('exits 1 when a finding is an error', () => {
    expect(run(['a.txt'], { 'a.txt': 'see http://x.example' }).code).toBe(1);
  });

  it('prints one JSON line per message and nothing else on stdout with --json', () => {
    const result = run(['--json', 'm.jsonl'], {
      'm.jsonl': '{"id":"a","body":"hi!","buyerLocale":"de-AT"}\n{"id":"b","body":"ok"}\n',
    });
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { id: string; findings: Finding[] });
    expect(lines.map((line) => line.id)).toEqual(['a', 'b']);
    expect(lines[0]?.findings[0]?.message).toBe('Calm down (de)');
    expect(lines[1]?.findings).toEqual([]);
    expect(result.stderr).toBe('2 messages, 0 errors, 1 warning\n');
  });

  it('reports a broken line, checks the rest, and exits 2 even with errors', () => {
    const result = run(['--json', 'm.jsonl', 'b.txt'], {
      'm.jsonl': '{"id":"a","body":"http://x.example"}\n{oops}\n{"id":"c","body":"fine"}\n',
      'b.txt': 'fine',
    });
    expect(result.code).toBe(2);
    expect(result.stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(['a', 'c', 'b.txt']);
    expect(result.stderr).toMatch(/^m\.jsonl:2: invalid JSON: /m);
    expect(result.stderr).toContain('3 messages, 1 error, 0 warnings; 1 input could not be checked');
  });

  it('reports a missing file by name and still checks the others', () => {
    const result = run(['gone.csv', 'a.txt'], { 'a.txt': 'fine' });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('gone.csv: cannot read: no such file\n');
    expect(result.stdout).toContain('a.txt\n  no findings\n');
  });

  it('reports a checker failure as unreadable input', () => {
    const result = run(['a.txt'], { 'a.txt': 'fine' }, () => {
      throw new Error('boom');
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('a.txt:1: a.txt: the checker failed: boom\n');
  });

  it('exits 2 on bad usage without checking anything', () => {
    const result = run(['--nope', 'a.txt'], { 'a.txt': 'http://x.example' });
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'check: unknown option --nope\nRun with --help for usage.\n' });
    expect(run(['a.md'], {}).code).toBe(2);
    expect(run([], {}).stderr).toMatch(/no files given/);
  });

  it('prints usage on --help and exits 0', () => {
    const result = run(['--help'], {});
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: /);
    expect(result.stderr).toBe('');
  });
});
