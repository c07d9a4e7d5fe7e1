import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import { basename, extname, join } from 'node:path';
import { looksLikeHtml } from '../extract/looksLikeHtml.js';

/** One record read from the command line's inputs, or the reason it could not be read. */
export type InputRecord =
  | { ok: true; source: string; line?: number; record: Record<string, unknown> }
  | { ok: false; source: string; line?: number; id?: string; error: string };

const EXTENSIONS = new Set(['.txt', '.json', '.ndjson', '.jsonl', '.html', '.htm']);
const HTML_EXTENSIONS = new Set(['.html', '.htm']);

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

/**
 * Reads article records from files: `.txt` (the whole file is the text, the id is the file
 * name), `.html`/`.htm` (a web page: the record's `html`, from which the article is extracted),
 * `.json` (one record or an array of records), `.ndjson`/`.jsonl` (one record a line; a record
 * may give `html` instead of `text`), and `-` for standard input (NDJSON when every line is a
 * JSON object, a web page when it is markup, plain text otherwise).
 * A record that cannot be parsed becomes an error record in its place.
 */
export function readInputs(paths: string[], readStdin: () => string, stdinAs?: '.ndjson' | '.json' | '.txt' | '.html'): InputRecord[] {
  const records: InputRecord[] = [];
  for (const path of expandPaths(paths)) {
    const content = path === '-' ? readStdin() : readFileSync(path, 'utf8');
    const ext = path === '-' ? (stdinAs ?? sniff(content)) : extname(path).toLowerCase();
    const source = path === '-' ? 'stdin' : path;
    if (ext === '.json') {
      try {
        const parsed: unknown = JSON.parse(content);
        for (const r of Array.isArray(parsed) ? parsed : [parsed]) records.push(toRecord(r, source));
      } catch (e) {
        records.push({ ok: false, source, error: `not valid JSON: ${(e as Error).message}` });
      }
    } else if (ext === '.ndjson' || ext === '.jsonl') {
      content.split('\n').forEach((line, i) => {
        if (line.trim() === '') return;
        try {
          records.push(toRecord(JSON.parse(line), source, i + 1));
        } catch (e) {
          records.push({ ok: false, source, line: i + 1, error: `not valid JSON: ${(e as Error).message}` });
        }
      });
    } else {
      const id = path === '-' ? undefined : basename(path, extname(path));
      const field = HTML_EXTENSIONS.has(ext) ? 'html' : 'text';
      records.push({ ok: true, source, record: id ? { id, [field]: content } : { [field]: content } });
    }
  }
  return records;
}

function toRecord(value: unknown, source: string, line?: number): InputRecord {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, source, line, error: 'a record must be a JSON object with a "text" field' };
  }
  return { ok: true, source, line, record: value as Record<string, unknown> };
}

function sniff(content: string): string {
  const trimmed = content.trim();
  if (trimmed.startsWith('[')) return '.json';
  const lines = trimmed.split('\n').filter((l) => l.trim() !== '');
  if (lines.length > 0 && lines.every((l) => l.trim().startsWith('{'))) return lines.length === 1 ? '.json' : '.ndjson';
  return looksLikeHtml(content) ? '.html' : '.txt';
}
