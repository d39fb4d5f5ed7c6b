/** Every phrase of a phrase book, for checks over all of a language's phrases. */
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
