/**
 * The CommonJS file (dist/wink-core-data.cjs) through which slantwise's Node builds load
 * wink-eng-lite-web-model's core data: read as one-byte (`latin1`) text where Node offers
 * `process.getBuiltinModule`, with its few non-ASCII strings put back from a list made at build
 * time; `require`d as JSON otherwise.
 *
 * Why: the 3 MB file has ≈ 1,650 strings with characters beyond ASCII, so `require` decodes all
 * of it as UTF-8 into two-byte text and parses 6 MB; read as `latin1` it stays one byte per
 * character (≈ 30 M instructions less per cold start, bench/HISTORY.md cold20). Finding the
 * mangled strings at run time costs as much as it saves (cold6), so the build lists them with
 * their right text. `getBuiltinModule` keeps `node:fs` out of what a bundler sees. The list is
 * only used when the installed package has the version and the file the byte length it was made
 * from, and each listed string is longer (mangled) than its repair; anything else, or any error,
 * falls back to `require`.
 */

import { LexemeText, entryStarts } from '../src/document/lexemeText.js';

/** A path inside the model's JSON, by keys and array indices. */
type JsonPath = ReadonlyArray<string | number>;

/** The model's package path of the core data, as src/document/winkModel.ts imports it. */
export const WINK_CORE_DATA = 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json';

/** The model's package name: its package.json is this many characters of `WINK_CORE_DATA` in, beside `dist`. */
const WINK_MODEL_PACKAGE = 'wink-eng-lite-web-model/';

/** The model's package.json, whose `version` the repairs record. */
export const WINK_CORE_PACKAGE_JSON = `${WINK_MODEL_PACKAGE}package.json`;

const BEYOND_ASCII = /[^\x00-\x7f]/;

/**
 * The repairs of a model's text: the model package's `version` and the text's byte length, which
 * the shim checks against the installed package before using the list; for each string list with
 * non-ASCII strings (the `features` lists) its path and its fixes as (index step, right text)
 * pairs; for any other such string (in `trex`) its path and right text.
 */
export function winkCoreRepairs(modelText: string, version: string): WinkCoreRepairs {
  const model = JSON.parse(modelText) as Record<string, unknown>;
  const lists: Array<JsonPath | Array<number | string>> = [];
  const strings: Array<JsonPath | string> = [];
  const walk = (value: unknown, path: Array<string | number>): void => {
    if (typeof value === 'string') {
      if (BEYOND_ASCII.test(value)) strings.push(path, value);
      return;
    }
    if (Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string')) {
      const fixes: Array<number | string> = [];
      let previous = 0;
      value.forEach((item: string, index) => {
        if (!BEYOND_ASCII.test(item)) return;
        fixes.push(index - previous, item);
        previous = index;
      });
      if (fixes.length > 0) lists.push(path, fixes);
      return;
    }
    if (value !== null && typeof value === 'object') {
      const isArray = Array.isArray(value);
      for (const key of Object.keys(value)) {
        // A key is no string value: the run-time repair would miss it.
        if (BEYOND_ASCII.test(key)) throw new Error(`wink core data: a key beyond ASCII at ${[...path, key].join('.')}`);
        walk((value as Record<string, unknown>)[key], [...path, isArray ? Number(key) : key]);
      }
    }
  };
  walk(model, []);
  const repairs: WinkCoreRepairs = { version, size: Buffer.byteLength(modelText, 'utf8'), lexicon: lexiconBytes(modelText), lists, strings };
  const lexemes = lexemeListBytes(modelText, model, lists);
  // (the shim cuts the lexicon, then the lexemes, out of the text: in that order)
  if (lexemes !== null && lexemes[0] > repairs.lexicon[1]) {
    repairs.lexemes = lexemes;
    // (the lexemes' fixes go with their text, see `lexemeListBytes`)
    const at = lists.findIndex((path, k) => k % 2 === 0 && (path as JsonPath).join('.') === LEXEME_LIST_PATH);
    if (at >= 0) lists.splice(at, 2);
  }
  return repairs;
}

/** What `winkCoreRepairs` records (see there and `lexemeListBytes`). */
export interface WinkCoreRepairs {
  version: string;
  size: number;
  lexicon: [number, number];
  lists: Array<JsonPath | Array<number | string>>;
  strings: Array<JsonPath | string>;
  lexemes?: [number, number, number, Array<number | string>, number, number[]];
}

/**
 * Entries per block of the lexeme text whose first entry's start is recorded: a word's search
 * reads the starts of one block (`LexemeText`), ≈ 2,700 marks (≈ 12 kB of the repairs).
 */
const LEXEME_BLOCK = 32;

/** The lexeme list's path, and the text before the list's first entry. */
const LEXEME_LIST_PATH = 'features.lexeme.list';
const LEXEME_LIST_KEY = '"lexeme":{"list":[';

/**
 * Where the model's lexeme list (87,000 words) starts and ends in the file, in bytes (between its
 * `[` and `]`), its length and its non-ASCII entries' fixes (index steps and words): the shim
 * takes the list out of the text it parses and hands it over as text, read on demand
 * (src/document/lexemeText.ts). Null, so that the list is parsed with the rest, unless reading
 * that text as `LexemeText` does gives every entry right.
 */
function lexemeListBytes(modelText: string, model: Record<string, unknown>, lists: Array<JsonPath | Array<number | string>>): [number, number, number, Array<number | string>, number, number[]] | null {
  const list = (model as { features?: { lexeme?: { list?: unknown } } }).features?.lexeme?.list;
  const at = modelText.indexOf(LEXEME_LIST_KEY);
  if (!Array.isArray(list) || at < 0 || modelText.indexOf(LEXEME_LIST_KEY, at + 1) >= 0) return null;
  const start = at + LEXEME_LIST_KEY.length;
  const end = start + JSON.stringify(list).length - 2;
  if (modelText[end] !== ']' || modelText.slice(start - 1, end + 1) !== JSON.stringify(list)) return null;
  const k = lists.findIndex((path, i) => i % 2 === 0 && (path as JsonPath).join('.') === LEXEME_LIST_PATH);
  const fixes = k >= 0 ? (lists[k + 1] as Array<number | string>) : [];
  const oneByte = Buffer.from(modelText.slice(start, end), 'utf8').toString('latin1');
  let marks: { stride: number; steps: number[] };
  try {
    const starts = entryStarts(oneByte, list.length);
    const steps: number[] = [];
    for (let k = 0, previous = 0; k < list.length; k += LEXEME_BLOCK) {
      steps.push(starts[k]! - previous);
      previous = starts[k]!;
    }
    marks = { stride: LEXEME_BLOCK, steps };
    for (const read of [new LexemeText(oneByte, list.length, fixes).toArray(), new LexemeText(oneByte, list.length, fixes, marks).toArray()]) {
      if (read.length !== list.length || read.some((word, index) => word !== list[index])) return null;
    }
  } catch {
    return null;
  }
  const startByte = Buffer.byteLength(modelText.slice(0, start), 'utf8');
  return [startByte, startByte + Buffer.byteLength(modelText.slice(start, end), 'utf8'), list.length, fixes, marks.stride, marks.steps];
}

/** The text before the packed lexicon's base64 string, which the shim finds at its recorded bytes. */
const LEXICON_KEY = '"lexicon":"';
const BASE64 = /^[A-Za-z0-9+/=]*$/;

/**
 * Where the model's packed lexicon (`lexicon`, 1.9 MB of base64) starts and ends in the file, in
 * bytes: the shim takes it out of the text it parses (`JSON.parse` scanning it cost ≈ 7 M
 * instructions) and reads it as its own string. Throws when the model has no such string.
 */
function lexiconBytes(modelText: string): [number, number] {
  const at = modelText.indexOf(LEXICON_KEY);
  const end = at < 0 ? -1 : modelText.indexOf('"', at + LEXICON_KEY.length);
  if (at < 0 || end < 0 || modelText.indexOf(LEXICON_KEY, at + 1) >= 0 || !BASE64.test(modelText.slice(at + LEXICON_KEY.length, end))) throw new Error('wink core data: no single base64 lexicon');
  const start = Buffer.byteLength(modelText.slice(0, at + LEXICON_KEY.length), 'utf8');
  return [start, start + (end - at - LEXICON_KEY.length)];
}

/** The file name, next to the shim, of the repairs (`winkCoreRepairs` as JSON). */
export const WINK_CORE_REPAIRS_FILE = 'wink-core-repairs.json';

/**
 * The source of dist/wink-core-data.cjs. Kept short, without long comments or data: Node's
 * CommonJS export lexer scans every CommonJS file an ES module imports (cold13), and the repairs
 * as a string literal here cost 18 M instructions more than read from their own JSON file (cold20).
 */
export function winkCoreShimSource(): string {
  return [
    "'use strict';",
    "// wink-eng-lite-web-model's core data for slantwise's Node builds, read as one-byte text with its non-ASCII",
    '// strings put back (scripts/winkCoreOneByte.ts writes this file at build time), or required as JSON.',
    `const P = '${WINK_CORE_DATA}';`,
    'function at(o, p, n) { for (let k = 0; k < n; k++) o = o[p[k]]; return o; }',
    'function oneByte(fs) {',
    '  try {',
    `    const R = require('./${WINK_CORE_REPAIRS_FILE}');`,
    '    const path = require.resolve(P);',
    // The package.json beside the data's `dist` (found from the resolved path: no second resolution).
    `    const pkg = path.slice(0, path.length - ${WINK_CORE_DATA.length - WINK_MODEL_PACKAGE.length}) + 'package.json';`,
    "    if (JSON.parse(fs.readFileSync(pkg, 'latin1')).version !== R.version) return null;",
    '    const b = fs.readFileSync(path);',
    '    if (b.length !== R.size) return null;',
    // The packed lexicon's base64, out of the text JSON.parse scans, read as a string of its own.
    "    const s = R.lexicon[0], e = R.lexicon[1];",
    `    if (b.toString('latin1', s - ${LEXICON_KEY.length}, s) !== '${LEXICON_KEY}' || b[e] !== 34) return null;`,
    // The lexeme list, when recorded, out of it too: handed over as its text (src/document/lexemeText.ts),
    // with a `list` that parses it when read (for a reader of plain arrays).
    '    const L = R.lexemes;',
    `    if (L && (b.toString('latin1', L[0] - ${LEXEME_LIST_KEY.length}, L[0]) !== '${LEXEME_LIST_KEY}' || b[L[1]] !== 93)) return null;`,
    "    const d = JSON.parse(b.toString('latin1', 0, s) + (L ? b.toString('latin1', e, L[0]) + b.toString('latin1', L[1]) : b.toString('latin1', e)));",
    "    d.lexicon = b.toString('latin1', s, e);",
    "    if (L) lexemeText(d.features.lexeme, b.toString('latin1', L[0], L[1]), L[2], L[3], { stride: L[4], steps: L[5] });",
    '    for (let g = 0; g < R.lists.length; g += 2) {',
    '      const p = R.lists[g], list = at(d, p, p.length), f = R.lists[g + 1];',
    '      for (let k = 0, i = 0; k < f.length; k += 2) { i += f[k]; if (!(list[i].length > f[k + 1].length)) return null; list[i] = f[k + 1]; }',
    '    }',
    '    for (let k = 0; k < R.strings.length; k += 2) {',
    '      const p = R.strings[k], n = p.length - 1, o = at(d, p, n), t = R.strings[k + 1];',
    '      if (!(o[p[n]].length > t.length)) return null;',
    '      o[p[n]] = t;',
    '    }',
    '    return d;',
    '  } catch {',
    '    return null;',
    '  }',
    '}',
    "const fs = typeof process === 'object' && process !== null && typeof process.getBuiltinModule === 'function' ? process.getBuiltinModule('fs') : undefined;",
    'function lexemeText(f, text, n, fixes, marks) {',
    "    Object.defineProperties(f, { text: { value: text }, length: { value: n }, fixes: { value: fixes }, marks: { value: marks } });",
    '    let list;',
    "    Object.defineProperty(f, 'list', { enumerable: true, configurable: true, get() {",
    "      if (list === undefined) {",
    "        list = JSON.parse('[' + text + ']');",
    '        for (let k = 0, i = 0; k < fixes.length; k += 2) { i += fixes[k]; list[i] = fixes[k + 1]; }',
    '        if (list.length !== n) list = require(P).features.lexeme.list;',
    '      }',
    '      return list;',
    '    } });',
    '}',
    'module.exports = (fs && oneByte(fs)) || require(P);',
    '',
  ].join('\n');
}
