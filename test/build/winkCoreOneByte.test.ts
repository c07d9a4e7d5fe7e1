import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { LexemeText } from '../../src/document/lexemeText.js';
import { WINK_CORE_DATA, WINK_CORE_PACKAGE_JSON, WINK_CORE_REPAIRS_FILE, winkCoreRepairs, winkCoreShimSource } from '../../scripts/winkCoreOneByte.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const requireHere = createRequire(import.meta.url);
const modelPath = requireHere.resolve(WINK_CORE_DATA);
const modelText = readFileSync(modelPath, 'utf8');
const modelVersion = (requireHere(WINK_CORE_PACKAGE_JSON) as { version: string }).version;
// Inside the project, so that the shim resolves the model from its node_modules.
const dir = mkdtempSync(join(root, '.tmp-wink-core-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Loads a shim written with the given repairs, and tells whether it fell back to `require`. */
function loadShim(name: string, repairs: unknown): { data: unknown; required: boolean } {
  const shimDir = mkdtempSync(join(dir, `${name}-`));
  writeFileSync(join(shimDir, WINK_CORE_REPAIRS_FILE), JSON.stringify(repairs));
  writeFileSync(join(shimDir, 'shim.cjs'), winkCoreShimSource());
  const requireShim = createRequire(join(shimDir, 'shim.cjs'));
  delete requireShim.cache[modelPath];
  const data = requireShim('./shim.cjs') as unknown;
  return { data, required: requireShim.cache[modelPath] !== undefined };
}

describe('wink core data read as one-byte text (dist/wink-core-data.cjs)', () => {
  const model = JSON.parse(modelText) as unknown;

  it('gives the same data as require for the installed model, without requiring it', () => {
    const { data, required } = loadShim('same', winkCoreRepairs(modelText, modelVersion));
    expect(required).toBe(false);
    expect(isDeepStrictEqual(data, model)).toBe(true);
  });

  it('hands the lexeme list over as its text too, read the same as the parsed list', () => {
    const repairs = winkCoreRepairs(modelText, modelVersion);
    expect(repairs.lexemes?.[2]).toBe((model as { features: { lexeme: { list: string[] } } }).features.lexeme.list.length);
    const { data } = loadShim('lexemes', repairs);
    const lexeme = (data as { features: { lexeme: { text: string; length: number; fixes: Array<number | string> } } }).features.lexeme;
    expect(typeof lexeme.text).toBe('string');
    expect(new LexemeText(lexeme.text, lexeme.length, lexeme.fixes).toArray()).toEqual((model as { features: { lexeme: { list: string[] } } }).features.lexeme.list);
    const { marks } = lexeme as unknown as { marks: { stride: number; steps: number[] } };
    expect(new LexemeText(lexeme.text, lexeme.length, lexeme.fixes, marks).toArray()).toEqual((model as { features: { lexeme: { list: string[] } } }).features.lexeme.list);
  });

  it('falls back to require when the file is not the one the repairs were made from', () => {
    const repairs = winkCoreRepairs(modelText, modelVersion);
    const resized = loadShim('resized', { ...repairs, size: repairs.size + 1 });
    expect(resized.required).toBe(true);
    expect(isDeepStrictEqual(resized.data, model)).toBe(true);
    // A listed string that the one-byte read did not mangle (its repair is no shorter).
    const fixes = [...(repairs.lists[1] as Array<number | string>)];
    fixes[1] = 'x'.repeat(64);
    const unmangled = loadShim('unmangled', { ...repairs, lists: [repairs.lists[0], fixes, ...repairs.lists.slice(2)] });
    expect(unmangled.required).toBe(true);
    expect(isDeepStrictEqual(unmangled.data, model)).toBe(true);
  });

  it('falls back to require when the installed model has another version, or its lexicon other bytes, than the repairs were made from', () => {
    const repairs = winkCoreRepairs(modelText, modelVersion);
    expect(repairs.version).toMatch(/^\d+\.\d+\.\d+/);
    const other = loadShim('version', { ...repairs, version: `${repairs.version}-other` });
    expect(other.required).toBe(true);
    expect(isDeepStrictEqual(other.data, model)).toBe(true);
    // (the packed lexicon not at the bytes recorded)
    const moved = loadShim('lexicon', { ...repairs, lexicon: [repairs.lexicon[0] + 1, repairs.lexicon[1]] });
    expect(moved.required).toBe(true);
    expect(isDeepStrictEqual(moved.data, model)).toBe(true);
    // (repairs written before the version was recorded)
    const { version: _, ...unversioned } = repairs;
    expect(loadShim('unversioned', unversioned).required).toBe(true);
  });
});

describe('winkCoreRepairs', () => {
  it('lists the non-ASCII strings of string lists by index steps, and the others by path', () => {
    const text = JSON.stringify({ features: { word: { list: ['harbour', 'Vale’s', 'levy', 'café', 'tram'] } }, lexicon: 'AQID', trex: { ltc: [['a–b', 1], ['plain', 2]] }, n: 3 });
    expect(winkCoreRepairs(text, '1.2.3')).toEqual({
      version: '1.2.3',
      size: Buffer.byteLength(text, 'utf8'),
      // (the base64 after `"lexicon":"`, in bytes: the curly mark and the é before it take three and two)
      lexicon: [Buffer.byteLength(text.slice(0, text.indexOf('AQID')), 'utf8'), Buffer.byteLength(text.slice(0, text.indexOf('AQID')), 'utf8') + 4],
      lists: [['features', 'word', 'list'], [1, 'Vale’s', 2, 'café']],
      strings: [['trex', 'ltc', 0, 0], 'a–b'],
    });
  });

  it('records the lexeme list as text only when entries split at `","` read right', () => {
    const text = (list: string[]) => JSON.stringify({ lexicon: 'AQID', features: { lexeme: { list } } });
    const plain = text(['<oov>', 'harbour', 'Vale’s', 'levy']);
    const start = Buffer.byteLength(plain.slice(0, plain.indexOf('"<oov>"')), 'utf8');
    // (then the first entry's start of every block of 32, as steps: one block here)
    expect(winkCoreRepairs(plain, '1.2.3').lexemes).toEqual([start, start + Buffer.byteLength('"<oov>","harbour","Vale’s","levy"', 'utf8'), 4, [2, 'Vale’s'], 32, [1]]);
    expect(winkCoreRepairs(plain, '1.2.3').lists).toEqual([]);
    // (an entry ending in `",` would be split inside it: the list is parsed with the rest)
    expect(winkCoreRepairs(text(['<oov>', 'tram",', 'levy']), '1.2.3').lexemes).toBeUndefined();
  });

  it('lists nothing for pure ASCII data, and refuses a key beyond ASCII', () => {
    expect(winkCoreRepairs('{"features":{"word":{"list":["orchard","levy"]}},"lexicon":"AQID"}', '1.2.3').lists).toEqual([]);
    // (no packed lexicon, or one that is not plain base64)
    expect(() => winkCoreRepairs('{"features":{"word":{"list":["orchard","levy"]}}}', '1.2.3')).toThrow(/base64 lexicon/);
    expect(() => winkCoreRepairs('{"lexicon":"AQ\\"ID"}', '1.2.3')).toThrow(/base64 lexicon/);
    expect(() => winkCoreRepairs('{"caf\u00e9":1}', '1.2.3')).toThrow(/beyond ASCII/);
  });
});
