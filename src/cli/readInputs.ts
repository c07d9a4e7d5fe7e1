import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { globSync } from 'tinyglobby';
import { looksLikeHtml } from '../extract/looksLikeHtml.js';
import { parseNdjsonLine } from '../node/ndjsonStream.js';
import { decodeChunks, LINE_TOO_LONG, splitLines, type ChunkSource } from './lines.js';

/**
 * One record read from the command line's inputs, or the reason it could not be read.
 * `badLine` marks an NDJSON line that is not a record at all (not JSON, not an object, too
 * long): the CLI stops there unless `--skip-bad`; `excerpt` is the start of that line.
 */
export type InputRecord =
  | { ok: true; source: string; line?: number; record: Record<string, unknown> }
  | { ok: false; source: string; line?: number; error: string; code: string; badLine: boolean; excerpt?: string };

/** How standard input is read: `auto` decides from its first lines (see `readInputs`). */
export type StdinFormat = 'auto' | 'ndjson' | 'json' | 'text';

export interface ReadInputsOptions {
  /** Standard input, read only when `-` is among the inputs. */
  stdin: () => ChunkSource;
  stdinFormat?: StdinFormat;
  /** Called with the size in bytes of each piece of input read, for progress. */
  onBytes?: (bytes: number) => void;
}

const EXTENSIONS = new Set(['.txt', '.json', '.ndjson', '.jsonl', '.html', '.htm']);
const HTML_EXTENSIONS = new Set(['.html', '.htm']);
const NDJSON_EXTENSIONS = new Set(['.ndjson', '.jsonl']);

/** Longest NDJSON line read (characters): far above any article under `maxChars`, far below the heap. */
export const MAX_LINE_CHARS = 64 * 1024 * 1024;
/** Largest article or JSON document read whole (bytes); larger inputs must be NDJSON, which streams. */
export const MAX_WHOLE_BYTES = 256 * 1024 * 1024;

/** Expands globs and directories (sorted, recursively) into the article files they hold. */
export function expandPaths(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (p === '-') {
      out.push(p);
      continue;
    }
    if (!existsSync(p) && /[*?[\]{}]/.test(p)) {
      const matches = globSync(p, { onlyFiles: true }).sort();
      if (matches.length === 0) throw Object.assign(new Error(`no files match ${p}`), { code: 'ENOMATCH' });
      out.push(...matches);
      continue;
    }
    const st = statSync(p);
    if (st.isDirectory()) {
      const entries = readdirSync(p).sort();
      out.push(...expandPaths(entries.map((e) => join(p, e)).filter((e) => statSync(e).isDirectory() || EXTENSIONS.has(extname(e).toLowerCase()))));
    } else out.push(p);
  }
  return out;
}

/** True when a file holds one record a line (so it may hold many). */
export function isNdjsonPath(path: string): boolean {
  return NDJSON_EXTENSIONS.has(extname(path).toLowerCase());
}

/** Total size in bytes of the inputs, or null when one is of unknown size (a pipe). */
export function inputBytes(files: string[], stdinBytes: number | null): number | null {
  let total = 0;
  for (const f of files) {
    const size = f === '-' ? stdinBytes : statSync(f).size;
    if (size === null) return null;
    total += size;
  }
  return total;
}

/**
 * Reads article records from files (already expanded by `expandPaths`), one at a time, as the
 * caller asks for them: `.txt` (the whole file is the text, the id is the file name),
 * `.html`/`.htm` (a web page: the record's `html`, from which the article is extracted), `.json`
 * (one record or an array of records), `.ndjson`/`.jsonl` (one record a line, streamed: memory
 * does not grow with the file; a record may give `html` instead of `text`), and `-` for
 * standard input.
 *
 * Standard input is read as `options.stdinFormat` says, or with `auto`: NDJSON (streamed) when
 * one of its first two non-blank lines is a complete JSON object, a JSON document when it starts
 * with `[` or `{` otherwise (a pretty-printed record or array), one article else (a web page
 * when it is markup, plain text otherwise).
 * So an NDJSON stream with a bad first or second line is still NDJSON, and its bad line is named.
 *
 * A record that cannot be read becomes an `ok: false` record in its place.
 */
export async function* readInputs(files: string[], options: ReadInputsOptions): AsyncGenerator<InputRecord> {
  for (const path of files) {
    if (path === '-') yield* readStdin(options.stdin(), options.stdinFormat ?? 'auto', options.onBytes);
    else yield* readFileRecords(path, options.onBytes);
  }
}

async function* readFileRecords(path: string, onBytes?: (n: number) => void): AsyncGenerator<InputRecord> {
  if (isNdjsonPath(path)) {
    yield* ndjsonRecords(splitLines(decodeChunks(createReadStream(path), onBytes), MAX_LINE_CHARS), path);
    return;
  }
  const size = statSync(path).size;
  if (size > MAX_WHOLE_BYTES) {
    onBytes?.(size);
    yield tooLarge(path, size);
    return;
  }
  const content = await readFile(path, 'utf8');
  onBytes?.(size);
  if (extname(path).toLowerCase() === '.json') yield* jsonRecords(content, path);
  else {
    // A web page is the record's `html`: the article is extracted from it before analysis.
    const field = HTML_EXTENSIONS.has(extname(path).toLowerCase()) ? 'html' : 'text';
    yield { ok: true, source: path, record: { id: basename(path, extname(path)), [field]: content } };
  }
}

function tooLarge(source: string, bytes: number): InputRecord {
  const mib = (n: number) => `${Math.round(n / 1024 / 1024)} MiB`;
  return {
    ok: false,
    source,
    error: `${source} is ${mib(bytes)}: too large to read as one article or JSON document (limit ${mib(MAX_WHOLE_BYTES)}); give large inputs as NDJSON, one record a line, which is streamed`,
    code: 'INPUT_TOO_LARGE',
    badLine: false,
  };
}

function jsonRecords(content: string, source: string): InputRecord[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch (e) {
    return [{ ok: false, source, error: `not valid JSON: ${(e as Error).message}`, code: 'JSON_INVALID', badLine: false }];
  }
  return (Array.isArray(parsed) ? parsed : [parsed]).map((value): InputRecord =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? { ok: true, source, record: value as Record<string, unknown> }
      : { ok: false, source, error: 'a record must be a JSON object with a "text" field', code: 'INPUT_INVALID', badLine: false },
  );
}

/** The start of a bad line, for the error message. */
function excerpt(line: string): string {
  const t = line.trim();
  return t.length > 60 ? `${t.slice(0, 59)}…` : t;
}

async function* ndjsonRecords(lines: AsyncIterable<string | typeof LINE_TOO_LONG>, source: string): AsyncGenerator<InputRecord> {
  let n = 0;
  for await (const text of lines) {
    n++;
    if (text === LINE_TOO_LONG) {
      yield { ok: false, source, line: n, error: `line longer than ${MAX_LINE_CHARS / 1024 / 1024} Mi characters`, code: 'INPUT_TOO_LARGE', badLine: true, excerpt: '' };
      continue;
    }
    const item = parseNdjsonLine(text, n);
    if (item === null) continue;
    if ('error' in item) yield { ok: false, source, line: n, error: item.error, code: item.code, badLine: true, excerpt: excerpt(text) };
    else yield { ok: true, source, line: n, record: item.record as Record<string, unknown> };
  }
}

function isJsonObjectLine(line: string): boolean {
  if (!line.startsWith('{') || !line.endsWith('}')) return false;
  try {
    const v: unknown = JSON.parse(line);
    return typeof v === 'object' && v !== null && !Array.isArray(v);
  } catch {
    return false;
  }
}

/** The first `n` non-blank lines of `text` (trimmed, BOM removed); the last may be incomplete when `ended` is false. */
function leadingLines(text: string, n: number): { lines: string[]; complete: boolean } {
  const lines: string[] = [];
  let start = 0;
  while (lines.length < n) {
    const nl = text.indexOf('\n', start);
    const line = (nl < 0 ? text.slice(start) : text.slice(start, nl)).replace(/^\uFEFF/, '').trim();
    if (nl < 0) {
      if (line !== '') lines.push(line);
      return { lines, complete: false };
    }
    if (line !== '') lines.push(line);
    start = nl + 1;
  }
  return { lines, complete: true };
}

async function* readStdin(source: ChunkSource, format: StdinFormat, onBytes?: (n: number) => void): AsyncGenerator<InputRecord> {
  const chunks = decodeChunks(source, onBytes)[Symbol.asyncIterator]();
  let head = '';
  let ended = false;
  /** Reads one more chunk into `head`; returns it ('' at the end). */
  const more = async (): Promise<string> => {
    const r = await chunks.next();
    if (r.done) {
      ended = true;
      return '';
    }
    head += r.value;
    return r.value;
  };
  const rest = async function* (): AsyncGenerator<string> {
    if (head !== '') yield head;
    head = '';
    for (;;) {
      const r = await chunks.next();
      if (r.done) return;
      yield r.value;
    }
  };

  let kind: StdinFormat | 'json-or-ndjson' = format;
  if (format === 'auto') {
    // Only the first two non-blank lines are looked at, re-scanned only when a chunk brings a
    // line break (a long first line costs one scan, not one per chunk).
    let peek = leadingLines(head, 2);
    while (!ended && !peek.complete && head.length <= MAX_LINE_CHARS) {
      const chunk = await more();
      if (ended || chunk.includes('\n')) peek = leadingLines(head, 2);
    }
    const [first, second] = peek.lines;
    if (first === undefined) kind = 'text';
    else if (isJsonObjectLine(first) || (second !== undefined && isJsonObjectLine(second))) kind = 'ndjson';
    else if (first.startsWith('[')) kind = 'json';
    else if (first.startsWith('{')) kind = 'json-or-ndjson';
    else kind = 'text';
  }

  if (kind === 'ndjson') {
    yield* ndjsonRecords(splitLines(rest(), MAX_LINE_CHARS), 'stdin');
    return;
  }
  // Read whole (characters stand in for bytes here: never more than the UTF-8 size).
  while (!ended && head.length <= MAX_WHOLE_BYTES) await more();
  if (!ended) {
    if (kind === 'json-or-ndjson') {
      // Too large for one record: it can only be NDJSON, whose first line is then bad.
      yield* ndjsonRecords(splitLines(rest(), MAX_LINE_CHARS), 'stdin');
      return;
    }
    yield tooLarge('stdin', head.length);
    return;
  }
  if (kind === 'text') {
    yield { ok: true, source: 'stdin', record: looksLikeHtml(head) ? { html: head } : { text: head } };
    return;
  }
  const records = jsonRecords(head, 'stdin');
  if (kind === 'json-or-ndjson' && records.length === 1 && !records[0]!.ok && records[0]!.code === 'JSON_INVALID') {
    // Neither one JSON document nor NDJSON with a good first line: read it as NDJSON, so the bad line is named.
    yield* ndjsonRecords(splitLines(rest(), MAX_LINE_CHARS), 'stdin');
    return;
  }
  yield* records;
}
