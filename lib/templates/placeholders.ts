/**
 * Placeholder tokens in template bodies: {orderId}, {buyerName}... Filling is one pass over the
 * template, so a value is inserted as plain text and never expanded again (a buyer named
 * "{orderId}" stays "{orderId}"). A placeholder without a value keeps its token, visibly, for the
 * seller to complete, the same way in every language.
 */
import type { Placeholder } from './types.ts';

/** Every placeholder, in the order the UI asks for them. */
export const PLACEHOLDERS = [
  'orderId',
  'buyerName',
  'productName',
  'sellerName',
  'deliveryDate',
  'customizationDetails',
  'requestedInformation',
] as const satisfies readonly Placeholder[];

// Compile-time check that the list above names every placeholder.
type Unlisted = Exclude<Placeholder, (typeof PLACEHOLDERS)[number]>;
const everyPlaceholderListed: Unlisted extends never ? true : never = true;
void everyPlaceholderListed;

/** Placeholders whose value may span several lines; the others are one line. */
const MULTI_LINE: ReadonlySet<Placeholder> = new Set<Placeholder>(['customizationDetails', 'requestedInformation']);

const KNOWN: ReadonlySet<string> = new Set<string>(PLACEHOLDERS);

/** A token: an identifier in braces, nothing else inside. */
const TOKEN = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

export function isPlaceholder(name: string): name is Placeholder {
  return KNOWN.has(name);
}

/**
 * A value as it goes into the message: line endings unified, outer whitespace trimmed; one-line
 * placeholders have line breaks turned into spaces, multi-line ones at most one blank line in a
 * row (Amazon's styling rules allow no more than two line breaks in a row).
 */
function normalizeValue(name: Placeholder, value: string): string {
  const text = value.replace(/\r\n?/g, '\n').trim();
  if (!MULTI_LINE.has(name)) return text.replace(/[ \t]*\n\s*/g, ' ');
  return text.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n');
}

export interface FilledTemplate {
  text: string;
  /** Placeholders left as tokens because no value was given, in order of first appearance. */
  missing: Placeholder[];
}

/**
 * Replaces each {placeholder} with its value. A placeholder with no value (missing, empty or only
 * whitespace) keeps its token; tokens that are not placeholders ({foo}) are left as they are.
 */
export function fillPlaceholders(body: string, values: Partial<Record<Placeholder, string>>): FilledTemplate {
  const missing: Placeholder[] = [];
  const text = body.replace(TOKEN, (token: string, name: string) => {
    if (!isPlaceholder(name)) return token;
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    const normalized = typeof value === 'string' ? normalizeValue(name, value) : '';
    if (normalized === '') {
      if (!missing.includes(name)) missing.push(name);
      return token;
    }
    return normalized;
  });
  return { text, missing };
}

/** The placeholders a body uses, each once, in order of first appearance. */
export function placeholdersIn(body: string): Placeholder[] {
  const found: Placeholder[] = [];
  for (const match of body.matchAll(TOKEN)) {
    const name = match[1] as string;
    if (isPlaceholder(name) && !found.includes(name)) found.push(name);
  }
  return found;
}

/**
 * Tokens that look like placeholders but are not ({foo}, {OrderID}), each once, as written:
 * for validating a seller's own templates.
 */
export function unknownTokens(body: string): string[] {
  const found: string[] = [];
  for (const match of body.matchAll(TOKEN)) {
    const name = match[1] as string;
    if (!isPlaceholder(name) && !found.includes(match[0])) found.push(match[0]);
  }
  return found;
}
