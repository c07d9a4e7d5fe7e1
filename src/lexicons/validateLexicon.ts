import { SlantwiseLexiconError } from '../errors.js';
import { lexiconKind, LexiconSchema, type Lexicon } from '../schema/lexicon.js';
import { sourceNounCategoryProblem } from './sourceNounCategories.js';

/**
 * Source nouns of category `anonymous` ("person familiar with the matter") are compiled into one
 * pattern: at most this many, of at most `MAX_ANONYMOUS_PATTERN_CHARS` characters in all.
 */
export const MAX_ANONYMOUS_ENTRIES = 500;
export const MAX_ANONYMOUS_PATTERN_CHARS = 20_000;

/** A term as it is named in an error: quoted, and cut when long. */
export function quoteTerm(term: string): string {
  return JSON.stringify(term.length > 40 ? `${term.slice(0, 40)}…` : term);
}

/**
 * Validates a lexicon and returns it parsed, or throws `SlantwiseLexiconError` naming the
 * lexicon, each bad entry (index and term) and the problem.
 *
 * @example
 * ```ts
 * validateLexicon({ id: 'frame-migration', version: '1.0.0', description: '...', license: 'MIT',
 *   source: 'my lab', entries: [{ term: 'asylum' }] });
 * ```
 */
export function validateLexicon(value: unknown): Lexicon {
  const name = typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string' ? (value as { id: string }).id : '(no id)';
  const parsed = LexiconSchema.safeParse(value);
  if (!parsed.success) {
    const entries = (value as { entries?: unknown[] } | null)?.entries;
    throw new SlantwiseLexiconError(
      name,
      parsed.error.issues.map((issue) => {
        const [head, index, ...rest] = issue.path;
        let path = issue.path.map(String).join('.') || 'lexicon';
        if (head === 'entries' && typeof index === 'number') {
          const term = (entries?.[index] as { term?: unknown } | undefined)?.term;
          path = `entries[${index}]${typeof term === 'string' ? ` (${quoteTerm(term)})` : ''}${rest.length ? `.${rest.join('.')}` : ''}`;
        }
        const message = issue.code === 'unrecognized_keys' ? `unknown key(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}` : issue.message.replace(/^Invalid input: /, '');
        return { path, message };
      }),
    );
  }
  const seen = new Map<string, number>();
  parsed.data.entries.forEach((e, i) => {
    // The same spelling may be listed once per part of speech ("claim" the verb and the noun).
    const key = `${e.term.toLowerCase().replace(/\s+/g, ' ')}${e.pos ? `/${[...e.pos].sort().join('|')}` : ''}`;
    if (seen.has(key)) throw new SlantwiseLexiconError(name, [{ path: `entries[${i}] (${quoteTerm(e.term)})`, message: `duplicate of entries[${seen.get(key)}]` }]);
    seen.set(key, i);
  });
  if (lexiconKind(parsed.data) === 'source-noun') checkSourceNounCategories(parsed.data);
  checkAnonymousPattern(parsed.data.id, [parsed.data]);
  return parsed.data;
}

/** Throws `SlantwiseLexiconError` naming each source-noun entry whose category is not `kind[:role][:mark…]`. */
function checkSourceNounCategories(lexicon: Lexicon): void {
  const issues: { path: string; message: string }[] = [];
  lexicon.entries.forEach((e, i) => {
    const problem = sourceNounCategoryProblem(e.category);
    if (problem) issues.push({ path: `entries[${i}] (${quoteTerm(e.term)}).category`, message: problem });
  });
  if (issues.length) throw new SlantwiseLexiconError(lexicon.id, issues);
}

/**
 * Throws `SlantwiseLexiconError` (naming `lexiconId` and the first entry over the limit) when
 * the anonymous source nouns of `lexicons` together would compile into too large a pattern.
 */
export function checkAnonymousPattern(lexiconId: string, lexicons: readonly Lexicon[]): void {
  let count = 0;
  let chars = 0;
  for (const l of lexicons) {
    if (lexiconKind(l) !== 'source-noun') continue;
    l.entries.forEach((e, i) => {
      if (e.category !== 'anonymous') return;
      count++;
      chars += e.term.length + 1;
      if (count > MAX_ANONYMOUS_ENTRIES || chars > MAX_ANONYMOUS_PATTERN_CHARS) {
        throw new SlantwiseLexiconError(lexiconId, [
          {
            path: `${l.id === lexiconId ? '' : `${l.id} `}entries[${i}] (${quoteTerm(e.term)})`,
            message: `too many anonymous source nouns: at most ${MAX_ANONYMOUS_ENTRIES} entries of ${MAX_ANONYMOUS_PATTERN_CHARS.toLocaleString('en-US')} characters in all (with the other source-noun lexicons in use), because they are compiled into one pattern`,
          },
        ]);
      }
    });
  }
}
