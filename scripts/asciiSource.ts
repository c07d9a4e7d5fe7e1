import { tokTypes, tokenizer, type Comment, type Options, type Token } from 'acorn';

/**
 * Rewrites a bundled JavaScript file so that it is pure ASCII, with the same meaning. V8 keeps
 * a source with any character beyond Latin-1 as UTF-16, and scans and compiles it more slowly
 * than a one-byte source (the 2.6 MB core chunk: about a third of its compile time, plus
 * decoding it from UTF-8); esbuild already escapes strings and names, but keeps non-ASCII
 * characters in comments, regular expression literals and tagged templates (`String.raw`),
 * where an escape would change the meaning or the tag's input. Here:
 *
 * - comments: each character becomes the text `\uXXXX` (nothing reads a comment);
 * - regular expression literals: `\uXXXX` for each UTF-16 code unit (with the `u` or `v` flag,
 *   the escapes of a surrogate pair are one code point; without, two code units, as the
 *   character itself), so `source` stays usable in a pattern of either kind; an identity escape
 *   (`\’`, allowed without the `u` flag) becomes the escape of the character;
 * - string literals (esbuild escapes them; code a plugin adds may not be): `\uXXXX`;
 * - templates tagged with `String.raw` (esbuild leaves no other template with such a
 *   character): the character becomes a substitution of a string holding it (`${"\u2019"}`), so
 *   the raw text the tag joins is the same.
 *
 * Throws on a non-ASCII character anywhere else (a template with another tag, an identifier
 * esbuild did not escape): the build then fails instead of shipping a changed meaning.
 */
export function asciiSource(code: string, options: { sourceType?: 'module' | 'script' } = {}): string {
  const out = applyEdits(code, asciiEdits(code, options));
  if (!isAscii(out)) throw new Error('asciiSource: the output is still not ASCII');
  return out;
}

/** A replacement of `code.slice(start, end)` by `text`. */
export interface SourceEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * The edits `asciiSource` makes, in order of position (none when `code` is ASCII): for a build
 * with source maps, which must be shifted by them (scripts/sourceMapShift.ts).
 */
export function asciiEdits(code: string, options: { sourceType?: 'module' | 'script' } = {}): SourceEdit[] {
  if (isAscii(code)) return [];
  const edits: SourceEdit[] = [];
  const comments: Comment[] = [];
  const opts: Options = { ecmaVersion: 'latest', sourceType: options.sourceType ?? 'module', allowHashBang: true, allowReturnOutsideFunction: true, onComment: comments };
  const tokens: Token[] = [];
  for (const token of tokenizer(code, opts)) tokens.push(token);
  const raw = rawQuasis(code, tokens);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const text = code.slice(t.start, t.end);
    if (isAscii(text)) continue;
    if (t.type === tokTypes.regexp) {
      edits.push({ start: t.start, end: t.end, text: asciiRegex(text) });
    } else if (t.type === tokTypes.string) {
      // (esbuild escapes strings; kept for a plugin's code) An escaped character is the character.
      edits.push({ start: t.start, end: t.end, text: asciiRegex(text) });
    } else if (t.type === tokTypes.template) {
      if (!raw.has(i)) throw new Error(`asciiSource: non-ASCII text in a template not tagged String.raw at ${t.start}`);
      edits.push({ start: t.start, end: t.end, text: asciiRawQuasi(text) });
    } else {
      throw new Error(`asciiSource: non-ASCII text in a ${t.type.label} token at ${t.start}: ${JSON.stringify(text.slice(0, 40))}`);
    }
  }
  for (const c of comments) {
    const text = code.slice(c.start, c.end);
    if (!isAscii(text)) edits.push({ start: c.start, end: c.end, text: text.replace(NON_ASCII, (ch) => unitEscapes(ch)) });
  }
  return edits.sort((a, b) => a.start - b.start);
}

/** `code` with `edits` (in order of position, not overlapping) applied. */
export function applyEdits(code: string, edits: readonly SourceEdit[]): string {
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += code.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + code.slice(at);
}

const NON_ASCII = /[^\x00-\x7f]/gu;

/** Whether `text` has only ASCII characters. */
export function isAscii(text: string): boolean {
  return !/[^\x00-\x7f]/.test(text);
}

/** `\uXXXX` for each UTF-16 code unit of `ch`. */
function unitEscapes(ch: string): string {
  let out = '';
  for (let k = 0; k < ch.length; k++) out += `\\u${ch.charCodeAt(k).toString(16).padStart(4, '0')}`;
  return out;
}

/** Number of backslashes right before `at` in `text`. */
function backslashesBefore(text: string, at: number): number {
  let n = 0;
  while (at - n - 1 >= 0 && text.charCodeAt(at - n - 1) === 92) n++;
  return n;
}

/** A regular expression literal with each non-ASCII character escaped (see `asciiSource`). */
export function asciiRegex(literal: string): string {
  let out = '';
  let at = 0;
  for (const m of literal.matchAll(NON_ASCII)) {
    const ch = m[0];
    const escaped = unitEscapes(ch);
    // An identity escape ("\’", allowed without the u flag) is the character itself.
    const identity = backslashesBefore(literal, m.index) % 2 === 1;
    out += literal.slice(at, identity ? m.index - 1 : m.index) + escaped;
    at = m.index + ch.length;
  }
  return out + literal.slice(at);
}

/** The raw text of a `String.raw` quasi with each non-ASCII character moved into a substitution. */
export function asciiRawQuasi(quasi: string): string {
  let out = '';
  let at = 0;
  for (const m of quasi.matchAll(NON_ASCII)) {
    // A backslash right before the substitution would escape its "$": it moves into the string.
    const escapedBy = backslashesBefore(quasi, m.index) % 2 === 1;
    out += quasi.slice(at, escapedBy ? m.index - 1 : m.index) + '${"' + (escapedBy ? '\\\\' : '') + unitEscapes(m[0]) + '"}';
    at = m.index + m[0].length;
  }
  return out + quasi.slice(at);
}

/**
 * For each template token (a quasi), whether its template is tagged `String.raw`: a forward pass
 * over the tokens that keeps a stack of open templates and of the substitutions inside them
 * (which may hold templates of their own).
 */
function rawQuasis(code: string, tokens: readonly Token[]): Set<number> {
  const name = (t: Token | undefined) => (t?.type === tokTypes.name ? code.slice(t.start, t.end) : undefined);
  const raw = new Set<number>();
  const frames: ({ kind: 'template'; raw: boolean } | { kind: 'subst'; braces: number })[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const top = frames[frames.length - 1];
    if (t.type === tokTypes.backQuote) {
      if (top?.kind === 'template') frames.pop();
      else {
        const [a, b, c] = [tokens[k - 3], tokens[k - 2], tokens[k - 1]];
        frames.push({ kind: 'template', raw: name(a) === 'String' && b?.type === tokTypes.dot && name(c) === 'raw' });
      }
    } else if (t.type === tokTypes.template || t.type === tokTypes.invalidTemplate) {
      if (top?.kind === 'template' && top.raw) raw.add(k);
    } else if (t.type === tokTypes.dollarBraceL) {
      frames.push({ kind: 'subst', braces: 0 });
    } else if (top?.kind === 'subst') {
      if (t.type === tokTypes.braceL) top.braces++;
      else if (t.type === tokTypes.braceR) {
        if (top.braces === 0) frames.pop();
        else top.braces--;
      }
    }
  }
  return raw;
}
