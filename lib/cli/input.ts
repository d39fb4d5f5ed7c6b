/**
 * Turns the text of a template file (.txt, .jsonl or .csv) into the messages to check.
 * Pure: the caller reads the file and passes its text; nothing here touches the file system.
 */
import { LANGUAGES } from '../rules/types.ts';
import type { ContactReason, Language } from '../rules/types.ts';
import { CONTACT_REASONS } from '../rules/catalog.ts';
import { parseCsv } from './csv.ts';

export type InputKind = 'txt' | 'jsonl' | 'csv';

export interface InputMessage {
  /** What the reports call the message: the file path (.txt), the row's id, or path:line. */
  id: string;
  subject?: string;
  body: string;
  buyerLanguage?: Language;
  /** The contact reason the message is sent under (the ContactReason ids). */
  contactReason?: ContactReason;
  /** Where the message came from: the file as given and the 1-based line it starts on. */
  where: { file: string; line: number };
}

export interface InputProblem {
  file: string;
  /** 1-based line, when the problem is on one line. */
  line?: number;
  message: string;
  /**
   * `error`: input that could not be checked (exit status 2).
   * `note`: something was ignored, the message was still checked.
   */
  level: 'error' | 'note';
}

export interface ParsedInput {
  messages: InputMessage[];
  problems: InputProblem[];
}



/** The kind of input a path names, by its extension (case-insensitive), or undefined. */
export function inputKind(path: string): InputKind | undefined {
  const match = /\.(txt|jsonl|csv)$/i.exec(path);
  return match ? (match[1]!.toLowerCase() as InputKind) : undefined;
}

/**
 * Maps a buyer locale such as "de", "de-DE" or "ja_JP" to a language the checker knows,
 * or undefined when it is not one of them.
 */
export function localeToLanguage(locale: string): Language | undefined {
  const primary = locale.trim().split(/[-_]/)[0]?.toLowerCase() ?? '';
  return LANGUAGES.find((language) => language === primary);
}

/** Splits a file's text into messages according to its kind. */
export function parseInput(kind: InputKind, text: string, file: string): ParsedInput {
  switch (kind) {
    case 'txt':
      return parseTxt(text, file);
    case 'jsonl':
      return parseJsonl(text, file);
    case 'csv':
      return parseCsvInput(text, file);
  }
}

const BOM = '\ufeff';

function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/** Index just past the line break at `i` (CRLF, LF or CR), or `i` when there is none. */
function skipLineBreak(text: string, i: number): number {
  if (text.startsWith('\r\n', i)) return i + 2;
  if (text[i] === '\n' || text[i] === '\r') return i + 1;
  return i;
}

/** Index of the first line break at or after `from`, or the text's length. */
function lineEnd(text: string, from: number): number {
  const pattern = /[\r\n]/g;
  pattern.lastIndex = from;
  return pattern.exec(text)?.index ?? text.length;
}

/**
 * One message per file. When the first line starts with "Subject:" the rest of that line is
 * the subject, and one blank line after it is skipped. A final line break is not part of the
 * body.
 */
export function parseTxt(text: string, file: string): ParsedInput {
  text = stripBom(text);
  let subject: string | undefined;
  let bodyStart = 0;
  let bodyLine = 1;
  if (/^subject:/i.test(text)) {
    const end = lineEnd(text, 0);
    subject = text.slice('subject:'.length, end).trim();
    bodyStart = skipLineBreak(text, end);
    bodyLine = 2;
    const nextEnd = lineEnd(text, bodyStart);
    if (nextEnd < text.length && text.slice(bodyStart, nextEnd).trim() === '') {
      bodyStart = skipLineBreak(text, nextEnd);
      bodyLine = 3;
    }
  }
  let body = text.slice(bodyStart);
  body = body.replace(/(\r\n|\n|\r)$/, '');
  if (body.trim() === '') {
    return {
      messages: [],
      problems: [{ file, level: 'error', message: 'no message body (the file is empty or has only a subject)' }],
    };
  }
  const message: InputMessage = { id: file, body, where: { file, line: bodyLine } };
  if (subject) message.subject = subject;
  return { messages: [message], problems: [] };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/** Applies a buyer locale to a message, or explains why it was ignored. */
function applyLocale(
  message: InputMessage,
  locale: unknown,
  problems: InputProblem[],
  file: string,
  line: number,
): void {
  if (locale === undefined || locale === null || locale === '') return;
  if (typeof locale !== 'string') {
    problems.push({ file, line, level: 'note', message: `"buyerLocale" should be a string, got ${describe(locale)}; ignored` });
    return;
  }
  const language = localeToLanguage(locale);
  if (language) message.buyerLanguage = language;
  else {
    problems.push({
      file,
      line,
      level: 'note',
      message: `buyerLocale ${JSON.stringify(locale)} is not one of ${LANGUAGES.join(', ')}; checked without a buyer language`,
    });
  }
}

/**
 * A row's contactReason and buyerLanguage. A value that is not one of the known ones is an
 * error naming the row (the row is then not checked: a wrong reason would give a wrong verdict).
 * Returns false when the row must be skipped.
 */
function applyRowContext(
  message: InputMessage,
  values: { contactReason?: unknown; buyerLanguage?: unknown },
  problems: InputProblem[],
  file: string,
  line: number,
): boolean {
  const { contactReason, buyerLanguage } = values;
  const where = `${message.id}: `;
  if (contactReason !== undefined && contactReason !== null && contactReason !== '') {
    if (typeof contactReason !== 'string' || !(CONTACT_REASONS as readonly string[]).includes(contactReason.trim())) {
      const shown = typeof contactReason === 'string' ? JSON.stringify(contactReason) : describe(contactReason);
      problems.push({ file, line, level: 'error', message: `${where}contactReason ${shown} is not one of ${CONTACT_REASONS.join(', ')}; row not checked` });
      return false;
    }
    message.contactReason = contactReason.trim() as ContactReason;
  }
  if (buyerLanguage !== undefined && buyerLanguage !== null && buyerLanguage !== '') {
    const language = typeof buyerLanguage === 'string' ? localeToLanguage(buyerLanguage) : undefined;
    if (!language) {
      const shown = typeof buyerLanguage === 'string' ? JSON.stringify(buyerLanguage) : describe(buyerLanguage);
      problems.push({ file, line, level: 'error', message: `${where}buyerLanguage ${shown} is not one of ${LANGUAGES.join(', ')} (or a locale such as de-DE); row not checked` });
      return false;
    }
    message.buyerLanguage = language;
  }
  return true;
}

/**
 * One JSON object per line: {"id", "subject"?, "body", "buyerLocale"?, "buyerLanguage"?,
 * "contactReason"?}. Blank lines are
 * skipped; other fields are ignored. A bad line is reported and the other lines still count.
 */
export function parseJsonl(text: string, file: string): ParsedInput {
  const messages: InputMessage[] = [];
  const problems: InputProblem[] = [];
  const lines = stripBom(text).split('\n');
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    const fail = (message: string): void => {
      problems.push({ file, line, level: 'error', message });
    };
    let value: unknown;
    try {
      value = JSON.parse(raw); // surrounding whitespace, including a CR, is allowed
    } catch (error) {
      fail(`invalid JSON: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      fail(`expected a JSON object, got ${describe(value)}`);
      return;
    }
    const row = value as Record<string, unknown>;
    const { body, subject, id } = row;
    if (body === undefined || body === null) {
      fail('no "body" field');
      return;
    }
    if (typeof body !== 'string') {
      fail(`"body" must be a string, got ${describe(body)}`);
      return;
    }
    if (body.trim() === '') {
      fail('"body" is empty');
      return;
    }
    if (subject !== undefined && subject !== null && typeof subject !== 'string') {
      fail(`"subject" must be a string, got ${describe(subject)}`);
      return;
    }
    const hasId = (typeof id === 'string' && id.trim() !== '') || (typeof id === 'number' && Number.isFinite(id));
    const message: InputMessage = {
      id: hasId ? String(id) : `${file}:${line}`,
      body,
      where: { file, line },
    };
    if (typeof subject === 'string' && subject !== '') message.subject = subject;
    applyLocale(message, row.buyerLocale, problems, file, line);
    if (!applyRowContext(message, { contactReason: row.contactReason, buyerLanguage: row.buyerLanguage }, problems, file, line)) return;
    messages.push(message);
  });
  return { messages, problems };
}

/**
 * A header row naming the columns id, subject, body, contactReason and buyerLanguage (any order,
 * any case; other columns are ignored), then one message per record. Only body is required.
 */
export function parseCsvInput(text: string, file: string): ParsedInput {
  const messages: InputMessage[] = [];
  const problems: InputProblem[] = [];
  const records = parseCsv(text);
  const header = records[0];
  if (!header) {
    problems.push({ file, line: 1, level: 'error', message: 'empty file: expected a header row with a "body" column' });
    return { messages, problems };
  }
  if (header.problem) {
    problems.push({ file, line: header.problem.line, level: 'error', message: `header row: ${header.problem.message}` });
    return { messages, problems };
  }
  const columns = header.fields.map((name) => name.trim().toLowerCase());
  const bodyAt = columns.indexOf('body');
  const idAt = columns.indexOf('id');
  const subjectAt = columns.indexOf('subject');
  const reasonAt = columns.indexOf('contactreason');
  const languageAt = columns.indexOf('buyerlanguage');
  if (bodyAt < 0) {
    const found = header.fields.map((name) => JSON.stringify(name)).join(', ');
    problems.push({
      file,
      line: header.line,
      level: 'error',
      message: `no "body" column in the header row (found ${found})`,
    });
    return { messages, problems };
  }
  for (const record of records.slice(1)) {
    if (record.problem) {
      problems.push({ file, line: record.problem.line, level: 'error', message: record.problem.message });
      continue;
    }
    const body = record.fields[bodyAt];
    if (body === undefined) {
      problems.push({
        file,
        line: record.line,
        level: 'error',
        message: `row has no body: ${record.fields.length} of ${columns.length} columns, "body" is column ${bodyAt + 1}`,
      });
      continue;
    }
    if (body.trim() === '') {
      problems.push({ file, line: record.line, level: 'error', message: 'row has an empty body' });
      continue;
    }
    const id = idAt >= 0 ? record.fields[idAt]?.trim() : undefined;
    const message: InputMessage = {
      id: id ? id : `${file}:${record.line}`,
      body,
      where: { file, line: record.line },
    };
    const subject = subjectAt >= 0 ? record.fields[subjectAt] : undefined;
    if (subject) message.subject = subject;
    const context = {
      contactReason: reasonAt >= 0 ? record.fields[reasonAt] : undefined,
      buyerLanguage: languageAt >= 0 ? record.fields[languageAt] : undefined,
    };
    if (!applyRowContext(message, context, problems, file, record.line)) continue;
    messages.push(message);
  }
  return { messages, problems };
}
