/**
 * Every phrase of a phrase book, and the prefilter's analysis of a book laid out in the book's
 * own shape: each phrase replaced by its prefixes and required words. Each language pack
 * (packs-build.ts) carries that analysis, worked out at build time, so that a cold start neither
 * parses hundreds of phrases nor looks them up: a phrase list's analysis is the list at the same
 * place in the analysis (books.ts picks both the same way).
 */
import type { PhraseBook } from './types.ts';

/** Fields that hold no phrases for the prefilter. */
export const NOT_PHRASES = new Set(['language', 'name', 'wordBoundaries', 'stopWords', 'script', 'placeholderWords', 'placeholderKinds', 'amazonFeedbackNotice', 'importantTagWords']);

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
 * One phrase's analysis as stored: its possible first characters, its required-word clauses
 * (null: unknown) and its sticky regex parsed for quick-regex.ts (null: a literal phrase, or one
 * the quick matcher cannot read; absent: parsed on first use).
 */
export type StoredAnalysis = readonly [prefixes: readonly string[] | null, factors: string[][] | null, tree?: string | null];

/**
 * The book with every phrase replaced by `analyse(phrase)`, lists and objects kept in place
 * (the fields without phrases left out).
 */
export function analysisShape(book: PhraseBook, analyse: (phrase: string) => StoredAnalysis): unknown {
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return analyse(value);
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object') {
      if ('pattern' in value) return analyse((value as { pattern: string }).pattern);
      const out: Record<string, unknown> = {};
      for (const [key, inner] of Object.entries(value)) if (!NOT_PHRASES.has(key)) out[key] = walk(inner);
      return out;
    }
    return value;
  };
  return walk(book);
}
