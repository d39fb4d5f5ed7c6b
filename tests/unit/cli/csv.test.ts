// @vitest-environment node
import { describe, it, expect } from 'vitest';
import { parseCsv } from '../../../lib/cli/csv.ts';

const fields = (text: string): string[][] => parseCsv(text).map((record) => record.fields);

describe('parseCsv', () => {
  it('splits plain records on commas and line breaks', () => {
    expect(fields('a,b,c\n1,2,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
  });

  it('accepts CRLF, LF and a missing final line break alike', () => {
    expect(fields('a,b\r\n1,2\r\n3,4')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    const records = parseCsv('id,body\nx,"Hello, ""friend""\r\nsecond line\nthird"\ny,plain\n');
    expect(records.map((record) => record.fields)).toEqual([
      ['id', 'body'],
      ['x', 'Hello, "friend"\r\nsecond line\nthird'],
      ['y', 'plain'],
    ]);
    expect(records.map((record) => record.line)).toEqual([1, 2, 5]);
  });

  it('skips a UTF-8 byte order mark', () => {
    expect(fields('\ufeffid,body\n1,x')[0]).toEqual(['id', 'body']);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(fields('a,,c,\n,\n')).toEqual([
      ['a', '', 'c', ''],
      ['', ''],
    ]);
  });

  it('reads a quoted empty field and a quoted field at the end of the text', () => {
    expect(fields('"",""\n"x"')).toEqual([['', ''], ['x']]);
  });

  it('skips blank lines', () => {
    expect(parseCsv('a\n\n\r\nb\n').map((record) => [record.fields, record.line])).toEqual([
      [['a'], 1],
      [['b'], 4],
    ]);
  });

  it('reads a quote inside an unquoted field literally', () => {
    expect(fields('5" screen,ok')).toEqual([['5" screen', 'ok']]);
  });

  it('reports an unterminated quote at the line it opened and keeps earlier records', () => {
    const records = parseCsv('id,body\n1,fine\n2,"never\nclosed\n3,lost\n');
    expect(records).toHaveLength(3);
    expect(records[1]).toEqual({ fields: ['1', 'fine'], line: 2 });
    expect(records[2]?.problem).toEqual({
      line: 3,
      message: expect.stringContaining('unterminated quoted field') as unknown as string,
    });
  });

  it('reports text after a closing quote and goes on with the next record', () => {
    const records = parseCsv('a,"said "hi" there"\nb,c\n');
    expect(records[0]?.problem?.line).toBe(1);
    expect(records[0]?.problem?.message).toMatch(/after the closing quote in column 2/);
    expect(records[1]).toEqual({ fields: ['b', 'c'], line: 2 });
  });

  it('counts lines across a lone CR', () => {
    expect(parseCsv('a\rb\rc').map((record) => record.line)).toEqual([1, 2, 3]);
  });

  it('returns nothing for empty text', () => {
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('\ufeff')).toEqual([]);
  });

  it('reads a large file in linear time', () => {
    const row = '7,"Hello, ""there""\nline two",plain text here\n';
    const text = `id,body,extra\n${row.repeat(50_000)}`;
    const started = performance.now();
    const records = parseCsv(text);
    expect(records).toHaveLength(50_001);
    expect(records[50_000]?.line).toBe(1 + 2 * 49_999 + 1);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
