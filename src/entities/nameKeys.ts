/**
 * Keys that let two surface forms of one name meet: folded spellings, surnames, acronyms and
 * the institutional variants ("Justice Department" = "Department of Justice"). Pure helpers
 * shared by the entity stage (within an article) and the comparison (across articles).
 */
import { isRegexSpaceCode } from '../document/letterRuns.js';
import { charCodeAt } from '../document/charCodes.js';

/** Lower case, accents and curly apostrophes folded, a leading "the" and a possessive dropped. */
export function foldName(s: string): string {
  // One plain word (the common case): lower case is all there is to do.
  if (isPlainWord(s)) return s.toLowerCase();
  // Several words of plain ASCII, single-spaced, no apostrophes: only "the " can go.
  if (isPlainPhrase(s)) {
    const lower = s.toLowerCase();
    return lower.startsWith('the ') ? lower.slice(4) : lower;
  }
  // Plain ASCII needs no Unicode normalisation (the costly step).
  const t = isPrintableAscii(s) ? s : s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return t
    .replace(/[’‘`]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/'s?$/, '');
}

const isAsciiLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;

/** An ASCII letter, then ASCII letters, dots and hyphens (`/^[A-Za-z][A-Za-z.-]*$/`): a word `foldName` only lower-cases. */
export function isPlainWord(s: string): boolean {
  // The length read once: a megamorphic load on names of many string representations (perf39).
  const len = s.length;
  if (len === 0 || !isAsciiLetter(charCodeAt(s, 0))) return false;
  for (let i = 1; i < len; i++) {
    const c = charCodeAt(s, i);
    if (!isAsciiLetter(c) && c !== 46 && c !== 45) return false;
  }
  return true;
}

/**
 * Printable ASCII without apostrophes or backticks, spaces only single and inside: what the
 * replacements of `foldName` would leave as it is, but for case and a leading "the ".
 */
function isPlainPhrase(s: string): boolean {
  const len = s.length; // read once, as in `isPlainWord`
  if (len === 0 || charCodeAt(s, 0) === 32 || charCodeAt(s, len - 1) === 32) return false;
  for (let i = 0; i < len; i++) {
    const c = charCodeAt(s, i);
    if (c < 0x20 || c > 0x7e || c === 39 || c === 96 || (c === 32 && charCodeAt(s, i + 1) === 32)) return false;
  }
  return true;
}

/** Only printable ASCII characters (`/^[\x20-\x7e]*$/`). */
function isPrintableAscii(s: string): boolean {
  for (let i = 0, len = s.length; i < len; i++) {
    const c = charCodeAt(s, i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

/** `s` without one final dot ("Mr." → "Mr"): `s.replace(/\.$/, '')` without a regular expression. */
export function withoutFinalDot(s: string): string {
  return charCodeAt(s, s.length - 1) === 46 ? s.slice(0, -1) : s;
}

const SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);
/** The longest suffix: a longer word is looked up in none (most name words are). */
const SUFFIX_MAX_LENGTH = [...SUFFIXES].reduce((m, w) => Math.max(m, w.length), 0);

/** The words of a person's name, folded, without suffixes (Jr., III) or initials ("Donald J. Halvorsen" → donald, halvorsen). */
export function nameParts(name: string): string[] {
  // `foldName` leaves only single spaces as white space: a plain split, no regular expressions.
  // (an index loop, not `for … of`: the iterator's try/finally made this small function a large late compile, perf94)
  const out: string[] = [];
  const parts = foldName(name).split(' ');
  for (let i = 0; i < parts.length; i++) pushNamePart(out, parts[i]!);
  return out;
}

/**
 * Appends folded word `part` of a name to `out` as `nameParts` keeps it: without a final comma, and not at all
 * when it is a suffix (Jr., III), an initial or empty. (Also for callers holding a name's folded words already.)
 */
export function pushNamePart(out: string[], part: string): void {
  const w = charCodeAt(part, part.length - 1) === 44 ? part.slice(0, -1) : part; // a final comma
  if (w && !(w.length <= SUFFIX_MAX_LENGTH && SUFFIXES.has(w)) && !isInitial(w)) out.push(w);
}

/** One letter a-z, with or without a dot ("j", "j."): `/^[a-z]\.?$/`. */
function isInitial(w: string): boolean {
  const c = charCodeAt(w, 0);
  return c >= 97 && c <= 122 && (w.length === 1 || (w.length === 2 && charCodeAt(w, 1) === 46));
}

/** The surname: the last word of the name ("Claudia Tarnow Pardo" → pardo is not special-cased). */
export function surnameOf(name: string): string {
  const parts = nameParts(name);
  return parts[parts.length - 1] ?? '';
}

const SMALL = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'del', 'la', 'y', '&']);

/** Initials of the content words: "Drug Enforcement Administration" → "dea"; null for one word. */
export function acronymOf(name: string): string | null {
  // (the words of `split(/[\s-]+/)` read in one scan: no array of words, no array of initials)
  const folded = foldName(name);
  const n = folded.length;
  let initials = '';
  let count = 0;
  let from = 0;
  for (let i = 0; i <= n; i++) {
    if (i < n && !isWordBreakCode(charCodeAt(folded, i))) continue;
    if (i > from) {
      const w = folded.slice(from, i);
      if (!SMALL.has(w)) {
        initials += w[0];
        count++;
      }
    }
    from = i + 1;
  }
  return count < 2 ? null : initials;
}

/** White space (`\s`) or a hyphen-minus: what separates the words of an acronym. */
function isWordBreakCode(c: number): boolean {
  return c === 45 || isRegexSpaceCode(c);
}

/** A country prefix that does not change which body is meant ("U.S. Justice Department"). */
const COUNTRY_PREFIX = /^(?:u\.s\.|us|u\.k\.|uk|united states|american|federal|national) /;

/**
 * The institutional key of an organisation name: "Justice Department", "Department of Justice"
 * and "U.S. Department of Justice" all give `department of justice`; "Ministry of Defence" and
 * "Defence Ministry" give `ministry of defence`. `prefix` is the country word that was removed
 * (empty when none), so "Mexican Army" and "U.S. Army" stay apart.
 */
export function institutionKey(name: string): { key: string; prefix: string } {
  let s = foldName(name).replace(/[.,]$/, '');
  let prefix = '';
  const m = COUNTRY_PREFIX.exec(s);
  if (m && s.split(' ').length > 2) {
    prefix = m[0].trim().replace(/\./g, '');
    s = s.slice(m[0].length);
  }
  // "X Department" → "department of X" when X is one or two words and the head is a body noun.
  const head = /^([a-z' -]+?) (department|ministry|office|agency|bureau|secretariat|commission)$/.exec(s);
  if (head && !/ of /.test(head[1]!)) s = `${head[2]} of ${head[1]}`;
  s = s.replace(/ of the /g, ' of ');
  return { key: s, prefix: prefix === 'united states' || prefix === 'american' ? 'us' : prefix === 'u.k.' ? 'uk' : prefix };
}

/**
 * A URL- and id-safe slug of a name: the runs of a-z and 0-9 of its folded form joined by "-"
 * ("entity" when it has none). One scan by char code, not two global regular-expression
 * replacements (`/[^a-z0-9]+/g` then `/^-|-$/g`), which cost about a microsecond per entity.
 */
export function slugOf(name: string): string {
  const folded = foldName(name);
  let out = '';
  let from = -1; // start of the current run of a-z and 0-9, -1 outside one
  for (let i = 0, len = folded.length; i <= len; i++) {
    const c = i < len ? charCodeAt(folded, i) : 0;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (from < 0) from = i;
    } else if (from >= 0) {
      out = out === '' ? folded.slice(from, i) : `${out}-${folded.slice(from, i)}`;
      from = -1;
    }
  }
  return out || 'entity';
}
