/**
 * A regular expression built on its first use instead of when its module is evaluated: V8
 * parses a pattern when it is constructed, and the segment rules' long patterns with Unicode
 * property classes (`\p{Lu}`, `\p{L}`) cost some 4 M instructions each to parse, on every cold
 * start, while most articles have no line that runs them.
 *
 * @example
 * const BYLINE = lazyPattern(String.raw`^by\s+\p{Lu}\p{L}+`, 'u');
 * BYLINE().exec('By Vale'); // built here
 */
export function lazyPattern(source: string, flags: string): () => RegExp {
  let pattern: RegExp | undefined;
  return () => (pattern ??= new RegExp(source, flags));
}
