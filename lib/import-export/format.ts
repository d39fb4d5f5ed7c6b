/**
 * The template file: export and import. Pure functions (the sanitizing needs a DOM, nothing
 * else): nothing here reads or writes storage, so an import is checked whole, and reported,
 * before anything is written.
 *
 *     { "format": "clearsend-templates", "version": 1, "templates": [ { id, purpose, locale,
 *       title, body, createdAt, updatedAt }, ... ] }
 *
 * Unknown fields are ignored. A file that cannot be read as this format is refused as a whole;
 * inside a good file, each template is accepted or refused on its own.
 */
import type { Finding } from '../rules/types';
import type { Template } from '../storage/templates';
import {
  MAX_BODY_LENGTH,
  MAX_TITLE_LENGTH,
  checkTemplateBody,
  errorsIn,
  isTemplateLocale,
  isTemplatePurpose,
  warningsIn,
} from './check';
import { sanitizePlainText } from './sanitize';

export const FILE_FORMAT = 'clearsend-templates';
export const FILE_VERSION = 1;
export const MAX_FILE_BYTES = 512 * 1024;
export const MAX_IMPORT_TEMPLATES = 200;
/** Letters, digits and . _ : - ; at most 64 (what storage accepts). */
export const TEMPLATE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

export interface TemplateFile {
  format: typeof FILE_FORMAT;
  version: typeof FILE_VERSION;
  templates: Template[];
}

/** The file's text: every template, known fields only, in a fixed order. */
export function exportTemplates(templates: readonly Template[]): string {
  const file: TemplateFile = {
    format: FILE_FORMAT,
    version: FILE_VERSION,
    templates: templates.map(({ id, purpose, locale, title, body, createdAt, updatedAt }) => ({
      id,
      purpose,
      locale,
      title,
      body,
      createdAt,
      updatedAt,
    })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function exportFileName(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `clearsend-templates-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}

/** Why a whole file is refused. */
export type FileProblem =
  | { code: 'too-large'; limit: number }
  | { code: 'empty' }
  | { code: 'not-json'; detail: string }
  | { code: 'wrong-format' }
  | { code: 'wrong-version'; version: string }
  | { code: 'no-templates' }
  | { code: 'too-many'; count: number; limit: number }
  | { code: 'unreadable'; detail: string };

/** Why one template is refused. */
export type TemplateProblem =
  | { code: 'not-object' }
  | { code: 'wrong-type'; field: string; expected: 'string' | 'number' }
  | { code: 'missing'; field: string }
  | { code: 'too-long'; field: 'title' | 'body'; limit: number }
  | { code: 'empty'; field: 'title' | 'body' }
  | { code: 'bad-id' }
  | { code: 'bad-locale' }
  | { code: 'bad-purpose' }
  | { code: 'lint-errors' };

export type ImportStatus = 'ready' | 'warnings' | 'refused';

export interface ImportItem {
  /** Position in the file, from 0. */
  index: number;
  status: ImportStatus;
  /** The title to show: sanitized when it could be read, empty otherwise. */
  title: string;
  /** What will be written (absent when refused). */
  template?: Template;
  problems: TemplateProblem[];
  /** Error findings (refused) and warnings (imported with a notice). */
  errors: Finding[];
  warnings: Finding[];
  /** Fields that sanitizing changed. */
  sanitized: ('title' | 'body')[];
  /** The id was taken (by a stored template or an earlier one in the file), so it gets a new one. */
  newId: boolean;
}

export type ImportReport =
  | { ok: false; problem: FileProblem }
  | { ok: true; items: ImportItem[]; accepted: Template[] };

export interface ImportOptions {
  /** Ids of the templates already stored. */
  existingIds?: Iterable<string>;
  now?: number;
  /** A fresh id; must match TEMPLATE_ID_PATTERN. */
  newId?: () => string;
}

export function newTemplateId(): string {
  return `tpl-${crypto.randomUUID()}`;
}

/** Refuse a file by its size before reading it. */
export function checkFileSize(bytes: number): FileProblem | null {
  return bytes > MAX_FILE_BYTES ? { code: 'too-large', limit: MAX_FILE_BYTES } : null;
}

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function byteLength(text: string): number {
  // Each UTF-16 unit is at most 3 bytes of UTF-8; only count when it could matter.
  if (text.length * 3 <= MAX_FILE_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}

/** The file's JSON, with keys that could reach a prototype dropped while parsing. */
function parseJson(text: string): { value: unknown } | FileProblem {
  try {
    return { value: JSON.parse(text, (key, value: unknown) => (UNSAFE_KEYS.has(key) ? undefined : value)) };
  } catch (error) {
    return { code: 'not-json', detail: errorText(error) };
  }
}

function checkItem(raw: unknown, index: number, taken: Set<string>, now: number, makeId: () => string): ImportItem {
  const item: ImportItem = { index, status: 'refused', title: '', problems: [], errors: [], warnings: [], sanitized: [], newId: false };
  if (!isRecord(raw)) {
    item.problems.push({ code: 'not-object' });
    return item;
  }
  const problems = item.problems;

  const text = (field: 'title' | 'body', limit: number): string | null => {
    const value = own(raw, field);
    if (value === undefined) problems.push({ code: 'missing', field });
    else if (typeof value !== 'string') problems.push({ code: 'wrong-type', field, expected: 'string' });
    else if (value.length > limit) problems.push({ code: 'too-long', field, limit });
    else {
      const clean = field === 'title' ? sanitizePlainText(value).trim() : sanitizePlainText(value);
      if (clean !== value) item.sanitized.push(field);
      if (clean.trim() === '') problems.push({ code: 'empty', field });
      return clean;
    }
    return null;
  };
  const title = text('title', MAX_TITLE_LENGTH);
  const body = text('body', MAX_BODY_LENGTH);
  if (title !== null) item.title = title;

  const purpose = own(raw, 'purpose');
  if (purpose === undefined) problems.push({ code: 'missing', field: 'purpose' });
  else if (typeof purpose !== 'string') problems.push({ code: 'wrong-type', field: 'purpose', expected: 'string' });
  else if (!isTemplatePurpose(purpose)) problems.push({ code: 'bad-purpose' });

  const locale = own(raw, 'locale');
  if (locale === undefined) problems.push({ code: 'missing', field: 'locale' });
  else if (typeof locale !== 'string') problems.push({ code: 'wrong-type', field: 'locale', expected: 'string' });
  else if (!isTemplateLocale(locale)) problems.push({ code: 'bad-locale' });

  const id = own(raw, 'id');
  if (id !== undefined && typeof id !== 'string') problems.push({ code: 'wrong-type', field: 'id', expected: 'string' });
  else if (typeof id === 'string' && !TEMPLATE_ID_PATTERN.test(id)) problems.push({ code: 'bad-id' });

  const times: Partial<Record<'createdAt' | 'updatedAt', number>> = {};
  for (const field of ['createdAt', 'updatedAt'] as const) {
    const value = own(raw, field);
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      problems.push({ code: 'wrong-type', field, expected: 'number' });
    } else times[field] = value;
  }

  if (body !== null && typeof purpose === 'string' && typeof locale === 'string' && body.trim() !== '') {
    const findings = checkTemplateBody(body, locale, purpose);
    item.errors = errorsIn(findings);
    item.warnings = warningsIn(findings);
    if (item.errors.length > 0) problems.push({ code: 'lint-errors' });
  }
  if (problems.length > 0 || title === null || body === null) return item;

  let finalId = typeof id === 'string' ? id : '';
  if (finalId === '' || taken.has(finalId)) {
    item.newId = finalId !== '';
    do finalId = makeId();
    while (taken.has(finalId));
  }
  taken.add(finalId);
  const createdAt = times.createdAt ?? now;
  item.template = {
    id: finalId,
    purpose: purpose as string,
    locale: locale as string,
    title,
    body,
    createdAt,
    updatedAt: times.updatedAt ?? createdAt,
  };
  item.status = item.warnings.length > 0 ? 'warnings' : 'ready';
  return item;
}

/**
 * Reads a template file's text and checks every template, writing nothing. Never throws: a file
 * it cannot read is a FileProblem.
 */
export function readImport(text: string, options: ImportOptions = {}): ImportReport {
  try {
    if (typeof text !== 'string') return { ok: false, problem: { code: 'unreadable', detail: 'not text' } };
    const tooLarge = checkFileSize(byteLength(text));
    if (tooLarge) return { ok: false, problem: tooLarge };
    if (text.trim() === '') return { ok: false, problem: { code: 'empty' } };
    const parsed = parseJson(text);
    if (!('value' in parsed)) return { ok: false, problem: parsed };
    const file = parsed.value;
    if (!isRecord(file) || own(file, 'format') !== FILE_FORMAT) return { ok: false, problem: { code: 'wrong-format' } };
    const version = own(file, 'version');
    if (version !== FILE_VERSION) {
      const shown = typeof version === 'number' || typeof version === 'string' ? String(version).slice(0, 20) : typeof version;
      return { ok: false, problem: { code: 'wrong-version', version: shown } };
    }
    const list = own(file, 'templates');
    if (!Array.isArray(list)) return { ok: false, problem: { code: 'no-templates' } };
    if (list.length > MAX_IMPORT_TEMPLATES) {
      return { ok: false, problem: { code: 'too-many', count: list.length, limit: MAX_IMPORT_TEMPLATES } };
    }
    const taken = new Set(options.existingIds ?? []);
    const now = options.now ?? Date.now();
    const makeId = options.newId ?? newTemplateId;
    const items = list.map((raw: unknown, index) => checkItem(raw, index, taken, now, makeId));
    const accepted = items.flatMap((item) => (item.template ? [item.template] : []));
    return { ok: true, items, accepted };
  } catch (error) {
    return { ok: false, problem: { code: 'unreadable', detail: errorText(error) } };
  }
}
