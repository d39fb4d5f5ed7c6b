// @vitest-environment node
import { describe, it, expect } from 'vitest';
import {
  inputKind,
  localeToLanguage,
  parseCsvInput,
  parseInput,
  parseJsonl,
  parseTxt,
} from '../../../lib/cli/input.ts';

describe('inputKind', () => {
  it('knows .txt, .jsonl and .csv in any case', () => {
    expect(inputKind('a/b.txt')).toBe('txt');
    expect(inputKind('LIB.CSV')).toBe('csv');
    expect(inputKind('x.jsonl')).toBe('jsonl');
  });

  it('rejects anything else', () => {
    expect(inputKind('x.json')).toBeUndefined();
    expect(inputKind('x.md')).toBeUndefined();
    expect(inputKind('txt')).toBeUndefined();
  });
});

describe('localeToLanguage', () => {
  it('maps locales of the supported languages', () => {
    expect(localeToLanguage('de')).toBe('de');
    expect(localeToLanguage('de-DE')).toBe('de');
    expect(localeToLanguage('ja_JP')).toBe('ja');
    expect(localeToLanguage(' FR-ca ')).toBe('fr');
    expect(localeToLanguage('pt-BR')).toBe('pt');
    expect(localeToLanguage('zh_CN')).toBe('zh');
    expect(localeToLanguage('ar-SA')).toBe('ar');
  });

  it('returns undefined for other languages', () => {
    expect(localeToLanguage('ko-KR')).toBeUndefined();
    expect(localeToLanguage('')).toBeUndefined();
    expect(localeToLanguage('english')).toBeUndefined();
  });
});

describe('parseTxt', () => {
  it('takes the whole file as the body, without the final line break', () => {
    expect(parseTxt('Hello,\nthanks.\n', 'a.txt')).toEqual({
      messages: [{ id: 'a.txt', body: 'Hello,\nthanks.', where: { file: 'a.txt', line: 1 } }],
      problems: [],
    });
  });

  it('takes a first "Subject:" line as the subject and skips one blank line after it', () => {
    const { messages } = parseTxt('\ufeffSubject:  Your order \r\n\r\nHello,\r\n\r\nthanks.\r\n', 'a.txt');
    expect(messages).toEqual([
      { id: 'a.txt', subject: 'Your order', body: 'Hello,\r\n\r\nthanks.', where: { file: 'a.txt', line: 3 } },
    ]);
  });

  it('keeps the body right after the subject line when there is no blank line', () => {
    const { messages } = parseTxt('subject: Hi\nBody text', 'a.txt');
    expect(messages[0]?.subject).toBe('Hi');
    expect(messages[0]?.body).toBe('Body text');
    expect(messages[0]?.where.line).toBe(2);
  });

  it('only looks for a subject on the first line', () => {
    const { messages } = parseTxt('Hello\nSubject: not a subject', 'a.txt');
    expect(messages[0]?.subject).toBeUndefined();
    expect(messages[0]?.body).toBe('Hello\nSubject: not a subject');
  });

  it('reports an empty file or one with only a subject', () => {
    expect(parseTxt('', 'a.txt').problems).toEqual([{ file: 'a.txt', level: 'error', message: expect.stringMatching(/no message body/) as unknown as string }]);
    expect(parseTxt('Subject: Hi\n\n', 'a.txt').messages).toEqual([]);
  });
});

describe('parseJsonl', () => {
  it('reads one object a line, skipping blank lines and ignoring other fields', () => {
    const text = [
      '{"id":"a","subject":"S","body":"B","buyerLocale":"de-DE","extra":1}',
      '',
      '   ',
      '{"id":7,"body":"C","locale":"en"}',
      '{"body":"D"}\r',
    ].join('\n');
    const { messages, problems } = parseJsonl(text, 'm.jsonl');
    expect(problems).toEqual([]);
    expect(messages).toEqual([
      { id: 'a', subject: 'S', body: 'B', buyerLanguage: 'de', where: { file: 'm.jsonl', line: 1 } },
      { id: '7', body: 'C', where: { file: 'm.jsonl', line: 4 } },
      { id: 'm.jsonl:5', body: 'D', where: { file: 'm.jsonl', line: 5 } },
    ]);
  });

  it('reports a malformed line with its number and still reads the others', () => {
    const text = '{"id":"a","body":"ok"}\n{"id":"b","body":\n{"id":"c","body":"ok too"}\n';
    const { messages, problems } = parseJsonl(text, 'm.jsonl');
    expect(messages.map((message) => message.id)).toEqual(['a', 'c']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'm.jsonl', line: 2, level: 'error' });
    expect(problems[0]?.message).toMatch(/^invalid JSON: /);
  });

  it('reports lines that are not objects or lack a usable body', () => {
    const text = ['[1,2]', '"text"', 'null', '{"id":"x"}', '{"body":42}', '{"body":"  "}', '{"body":"b","subject":3}'].join('\n');
    const { messages, problems } = parseJsonl(text, 'm.jsonl');
    expect(messages).toEqual([]);
    expect(problems.map((problem) => [problem.line, problem.message])).toEqual([
      [1, 'expected a JSON object, got an array'],
      [2, 'expected a JSON object, got a string'],
      [3, 'expected a JSON object, got null'],
      [4, 'no "body" field'],
      [5, '"body" must be a string, got a number'],
      [6, '"body" is empty'],
      [7, '"subject" must be a string, got a number'],
    ]);
  });

  it('notes an unsupported buyerLocale and checks the message without it', () => {
    const { messages, problems } = parseJsonl('{"id":"a","body":"b","buyerLocale":"ko-KR"}', 'm.jsonl');
    expect(messages[0]?.buyerLanguage).toBeUndefined();
    expect(problems).toEqual([
      { file: 'm.jsonl', line: 1, level: 'note', message: expect.stringContaining('"ko-KR"') as unknown as string },
    ]);
  });
});

describe('parseCsvInput', () => {
  it('finds id, subject and body in any order and ignores other columns', () => {
    const text = '\ufeffNotes, Body ,ID,subject\r\n"x, y","Hello,\r\n""you""",t1,Hi\r\nz,second,,\r\n';
    const { messages, problems } = parseCsvInput(text, 'l.csv');
    expect(problems).toEqual([]);
    expect(messages).toEqual([
      { id: 't1', subject: 'Hi', body: 'Hello,\r\n"you"', where: { file: 'l.csv', line: 2 } },
      { id: 'l.csv:4', body: 'second', where: { file: 'l.csv', line: 4 } },
    ]);
  });

  it('needs a body column', () => {
    expect(parseCsvInput('id,text\n1,hello\n', 'l.csv')).toEqual({
      messages: [],
      problems: [{ file: 'l.csv', line: 1, level: 'error', message: 'no "body" column in the header row (found "id", "text")' }],
    });
    expect(parseCsvInput('', 'l.csv').problems[0]?.message).toMatch(/empty file/);
  });

  it('reports rows without a body and keeps the rest', () => {
    const { messages, problems } = parseCsvInput('id,subject,body\na,s\nb,s,\nc,s,fine\n', 'l.csv');
    expect(messages.map((message) => message.id)).toEqual(['c']);
    expect(problems.map((problem) => [problem.line, problem.message])).toEqual([
      [2, 'row has no body: 2 of 3 columns, "body" is column 3'],
      [3, 'row has an empty body'],
    ]);
  });

  it('reports an unterminated quote and keeps the rows before it', () => {
    const { messages, problems } = parseCsvInput('id,body\na,fine\nb,"open\n\nc,lost\n', 'l.csv');
    expect(messages.map((message) => message.id)).toEqual(['a']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 3, level: 'error' });
    expect(problems[0]?.message).toMatch(/unterminated quoted field/);
  });

  it('is reached through parseInput', () => {
    expect(parseInput('csv', 'body\nx\n', 'l.csv').messages[0]?.body).toBe('x');
  });
});
