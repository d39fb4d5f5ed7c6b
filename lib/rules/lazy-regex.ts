/**
 * Unicode-property regexes (\p{L}, \p{Lu}...), made the first time a check asks for one. V8 builds
 * a property's character set when it parses such a literal and again when it constructs the regex,
 * a fraction of a millisecond each: made this way, a cold start of the background pays only for
 * the ones the first check runs.
 */
export function lazyRegex(source: string, flags: string): () => RegExp {
  let regex: RegExp | undefined;
  return () => (regex ??= new RegExp(source, flags));
}
