import { SlantwiseLexiconError } from '../errors.js';
import { LexiconSchema, type Lexicon } from '../schema/lexicon.js';

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
          path = `entries[${index}]${typeof term === 'string' ? ` ("${term}")` : ''}${rest.length ? `.${rest.join('.')}` : ''}`;
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
    if (seen.has(key)) throw new SlantwiseLexiconError(name, [{ path: `entries[${i}] ("${e.term}")`, message: `duplicate of entries[${seen.get(key)}]` }]);
    seen.set(key, i);
  });
  return parsed.data;
}
