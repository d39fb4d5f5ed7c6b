/**
 * Every phrase of a phrase book, in a fixed order, and a hash of them: each language pack
 * (packs-build.ts) carries its phrases' prefilter analysis, worked out at build time, so that a
 * cold start does not parse hundreds of phrases. An analysis that does not fit the book (another
 * shape) is ignored, and the phrases are then analysed at run time.
 */
import type { PhraseBook } from './types.ts';

/** Fields that hold no phrases for the prefilter. */
const NOT_PHRASES = new Set(['language', 'name', 'wordBoundaries', 'stopWords', 'script', 'placeholderWords', 'placeholderKinds', 'amazonFeedbackNotice', 'importantTagWords']);

export function bookPhrases(book: PhraseBook): string[] {
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      if ('pattern' in value) out.push((value as { pattern: string }).pattern);
      else for (const [key, inner] of Object.entries(value)) if (!NOT_PHRASES.has(key)) walk(inner);
    }
  };
  walk(book);
  return out;
}

/**
 * What the stored table is checked against when a language is compiled: the number of phrases
 * and their total length. Cheap enough for a cold start; the unit test compares the full hash.
 */
export function phrasesShape(phrases: readonly string[]): string {
  let length = 0;
  for (const phrase of phrases) length += phrase.length;
  return `${phrases.length}:${length}`;
}

/** 32-bit FNV-1a over the phrases, as 8 hex digits. */
export function phrasesHash(phrases: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const phrase of phrases) {
    for (let i = 0; i < phrase.length; i++) {
      hash ^= phrase.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    hash = Math.imul(hash ^ 0xff, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * The stored form of one book's analyses, as one string (smaller and quicker to load than JSON):
 * the hash, then per phrase its prefixes and its required words, separated by control
 * characters that phrase data never contains. NONE stands for "cannot be listed".
 */
const PHRASE = '\u0003';
const PART = '\u0002';
const ITEM = '\u0001';
const NONE = '\u0004';
const CLAUSE = '\u0005';

export interface PhraseEntry {
  prefixes: readonly string[] | null;
  factors: string[][] | null;
}

function encodeList(list: readonly string[] | null): string {
  return list === null ? NONE : list.join(ITEM);
}

function decodeList(part: string): string[] | null {
  if (part === NONE) return null;
  return part === '' ? [] : part.split(ITEM);
}

function encodeClauses(clauses: readonly (readonly string[])[] | null): string {
  return clauses === null ? NONE : clauses.map((words) => words.join(ITEM)).join(CLAUSE);
}

function decodeClauses(part: string): string[][] | null {
  if (part === NONE) return null;
  return part === '' ? [] : part.split(CLAUSE).map((words) => words.split(ITEM));
}

export function encodeAnalysis(hash: string, entries: readonly PhraseEntry[], shape = ''): string {
  return [shape ? `${hash}/${shape}` : hash, ...entries.map((e) => encodeList(e.prefixes) + PART + encodeClauses(e.factors))].join(PHRASE);
}

export function decodeAnalysis(stored: string): { hash: string; shape: string; entries: PhraseEntry[] } {
  const [head = '', ...phrases] = stored.split(PHRASE);
  const [hash = '', shape = ''] = head.split('/');
  return {
    hash,
    shape,
    entries: phrases.map((phrase) => {
      const at = phrase.indexOf(PART);
      return { prefixes: decodeList(phrase.slice(0, at)), factors: decodeClauses(phrase.slice(at + 1)) };
    }),
  };
}
