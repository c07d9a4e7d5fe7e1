/**
 * The grammar of a source-noun category, `kind[:role][:mark…]` ("unnamed:official",
 * "organization:other:generic", "media:document"): one place that the attribution stage reads
 * and that `validateLexicon` checks, so that a misspelt part is refused instead of read as
 * nothing ("organisation:other:generic" would name no body and no person).
 */

/**
 * What a source noun names: a person or group not named, a body, a media outlet, a document, or a
 * cue of anonymity; or a word that is no source itself but says what a nearby phrase is: a
 * `collective` of people whose share is people ("40 percent of the electorate"), a `record` that
 * shows ("the footage shows"), a `message` carried by a thing ("signs urging residents to vote").
 */
export const SOURCE_NOUN_KINDS: ReadonlySet<string> = new Set(['unnamed', 'organization', 'media', 'document', 'anonymous', 'collective', 'record', 'message']);
/** The kinds that are no source: compiled into sets of their own, never described as a speaker. */
export const NOT_SOURCE_KINDS: ReadonlySet<string> = new Set(['document', 'collective', 'record', 'message']);
export const COLLECTIVE_KIND = 'collective';
export const RECORD_KIND = 'record';
export const MESSAGE_KIND = 'message';

/** The role of a source ("unnamed:expert"): only unnamed sources and bodies carry one. */
export const SOURCE_ROLES: ReadonlySet<string> = new Set(['official', 'expert', 'journalist', 'other']);
const KINDS_WITH_ROLE: ReadonlySet<string> = new Set(['unnamed', 'organization']);

/** A body noun that may stand for any body named before ("the company" after "Ferrocor"). */
export const GENERIC_MARK = 'generic';
/** A media word that is a document when written in lower case ("the report", not "the Harbour Report"). */
export const DOCUMENT_MARK = 'document';
/** A word that counts or picks out speakers ("some said", "one voice") but names no person when it acts. */
export const QUANTIFIER_MARK = 'quantifier';
/** A word that ends the names of organisations ("Harbour Oil") and is a thing or a place alone. */
export const NAME_ENDING_MARK = 'name-ending';

/** A media word or record that also carries a message as the object of a verb ("the press", "videos"). */
export const MESSAGE_MARK = 'message';

/** The marks each kind may carry (a mark on another kind would be read by no rule). */
const MARKS_BY_KIND: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['unnamed', new Set([QUANTIFIER_MARK])],
  ['organization', new Set([GENERIC_MARK, NAME_ENDING_MARK])],
  ['media', new Set([DOCUMENT_MARK, MESSAGE_MARK])],
  ['document', new Set<string>()],
  ['anonymous', new Set<string>()],
  ['collective', new Set<string>()],
  ['record', new Set([MESSAGE_MARK])],
  ['message', new Set<string>()],
]);

const list = (s: ReadonlySet<string>) => (s.size ? [...s].map((w) => `"${w}"`).join(', ') : 'none');

/**
 * What is wrong with a source-noun category, as a message naming the faulty part, or undefined
 * when the category is well formed.
 *
 * @example
 * ```ts
 * sourceNounCategoryProblem('organization:other:generic') // undefined
 * sourceNounCategoryProblem('organisation:other:generic') // 'unknown kind "organisation" (…)'
 * ```
 */
export function sourceNounCategoryProblem(category: string | undefined): string | undefined {
  if (category === undefined) return `is missing: a source noun needs a category "kind[:role][:mark…]" (kinds: ${list(SOURCE_NOUN_KINDS)})`;
  const [kind, ...rest] = category.split(':');
  const marks = MARKS_BY_KIND.get(kind!);
  if (!marks) return `unknown kind "${kind}" (kinds: ${list(SOURCE_NOUN_KINDS)})`;
  const seen = new Set<string>();
  for (let i = 0; i < rest.length; i++) {
    const part = rest[i]!;
    if (seen.has(part)) return `repeats "${part}"`;
    seen.add(part);
    if (SOURCE_ROLES.has(part)) {
      // the role comes right after the kind, and only people and bodies have one
      if (!KINDS_WITH_ROLE.has(kind!)) return `kind "${kind}" has no role ("${part}"); roles are for ${list(KINDS_WITH_ROLE)}`;
      if (i !== 0) return `the role "${part}" must come right after the kind ("${kind}:${part}")`;
      continue;
    }
    if (marks.has(part)) continue;
    const roles = KINDS_WITH_ROLE.has(kind!) && i === 0 ? `roles: ${list(SOURCE_ROLES)}; ` : '';
    return `unknown ${roles ? 'role or mark' : 'mark'} "${part}" for kind "${kind}" (${roles}marks: ${list(marks)})`;
  }
  return undefined;
}
