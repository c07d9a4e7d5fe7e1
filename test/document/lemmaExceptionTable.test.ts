import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { lemmaExceptionLookup } from '../../src/document/lemmaExceptionTable.js';
import { lemmaExceptionTableOf, patchWinkLemmatize } from '../../scripts/winkLemmaExceptions.js';
import { winkLemmaExceptionTables } from '../../scripts/coldStartPlugins.js';

const require = createRequire(import.meta.url);
const KINDS = ['noun', 'verb', 'adjective'] as const;
const exceptionsOf = (kind: string) => require(`wink-eng-lite-web-model/dist/wn-${kind}-exceptions.js`) as Record<string, string>;

/** Words near each key (one letter more or less, another last letter, a digit, upper case) and odd ones. */
function wordsNear(keys: readonly string[]): string[] {
  const words = ['', 'a', 'zzzzzz', '{', ' ', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'café', 'naïve', 'vale’s', '1990s', 'co-op'];
  for (const key of keys) words.push(`${key}s`, key.slice(0, -1), `${key.slice(0, -1)}z`, `${key}0`, `${key}9x`, `${key} `, key.toUpperCase(), `-${key}`);
  return words;
}

describe('wink lemmatizer exceptions as sorted tables', () => {
  it('reads the tables as the entries they encode (invented words)', () => {
    const table = lemmaExceptionTableOf({ orchards: 'orchard', levies: 'levy', tram: 'tram', oxen: 'ox', ran: 'run' });
    expect(table).toBe('levies3y orchards1 oxen2 ran2un tram0 ');
    const lookup = lemmaExceptionLookup(table);
    expect([lookup('levies'), lookup('orchards'), lookup('oxen'), lookup('ran'), lookup('tram')]).toEqual(['levy', 'orchard', 'ox', 'run', 'tram']);
    // (prefixes and extensions of keys, words before the first and after the last)
    expect([lookup('levie'), lookup('leviess'), lookup('orchard'), lookup('tramway'), lookup('a'), lookup('zebra'), lookup('')]).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
    expect(lemmaExceptionLookup('')('levy')).toBeUndefined();
  });

  it('gives what indexing the package\'s null-prototype maps gives, for every key and for words near them', () => {
    for (const kind of KINDS) {
      const map = exceptionsOf(kind);
      expect(Object.getPrototypeOf(map)).toBeNull();
      const lookup = lemmaExceptionLookup(lemmaExceptionTableOf(map));
      const keys = Object.keys(map);
      for (const word of [...keys, ...wordsNear(keys)]) expect(lookup(word), `${kind} ${JSON.stringify(word)}`).toBe(map[word]);
    }
  });

  it('refuses an entry the table cannot hold', () => {
    expect(() => lemmaExceptionTableOf({ 'tram fare': 'tram fare' })).toThrow(/unexpected entry/);
    expect(() => lemmaExceptionTableOf({ b2b: 'b2b' })).toThrow(/unexpected entry/);
    expect(() => lemmaExceptionTableOf({ '': 'levy' })).toThrow(/unexpected entry/);
    expect(() => lemmaExceptionTableOf({ levies: 1 })).toThrow(/unexpected entry/);
    expect(() => lemmaExceptionTableOf({ levies: 'levy 2' })).toThrow(/unexpected lemma/);
  });
});

describe('wink\'s lemmatizer patched to call the tables', () => {
  const file = require.resolve('wink-eng-lite-web-model/dist/lemmatize.js');
  const source = readFileSync(file, 'utf8');
  type Lemmatize = (value: string, pos: string, cache: { hasSamePOS(word: string, pos: string): boolean }) => string;

  /** The lemmatizer evaluated from `code`, its exception lists given by `lists`. */
  function lemmatizerOf(code: string, lists: (kind: string) => unknown): Lemmatize {
    const module = { exports: undefined as unknown };
    const requireList = (path: string) => lists(/wn-(\w+)-exceptions/.exec(path)![1]!);
    new Function('require', 'module', code)(requireList, module);
    return module.exports as Lemmatize;
  }

  it('lemmatizes every word as the package\'s lemmatizer does', () => {
    const original = require(file) as Lemmatize;
    const patched = lemmatizerOf(patchWinkLemmatize(source), (kind) => lemmaExceptionLookup(lemmaExceptionTableOf(exceptionsOf(kind))));
    // A stand-in for wink's cache: a word "has the tag" when its length is even, so the rules run both ways.
    const cache = { hasSamePOS: (word: string) => word.length % 2 === 0 };
    const words = KINDS.flatMap((kind) => Object.keys(exceptionsOf(kind)));
    for (const word of [...words, ...wordsNear(words.filter((_, k) => k % 7 === 0)), 'harbours', 'ferries', 'tried', 'watches', 'boxes']) {
      for (const pos of ['NOUN', 'VERB', 'ADJ', 'PROPN']) expect(patched(word, pos, cache), `${pos} ${word}`).toBe(original(word, pos, cache));
    }
  });

  it('refuses a lemmatizer it was not written for', () => {
    expect(() => patchWinkLemmatize(source.replace('verbExceptions[value]', 'verbExceptions[ value ]'))).toThrow(/expected "verbExceptions\[value\]" exactly once/);
    expect(() => patchWinkLemmatize(`${source}\nvar again=nounExceptions[value];`)).toThrow(/exactly once/);
    expect(() => patchWinkLemmatize(`${source}\nvar other=nounExceptions[word];`)).toThrow(/still indexed/);
  });

  it('is bundled with its tables by the build plugin, which fails on a list bundled without the lemmatizer', async () => {
    const bundle = async (contents: string) => {
      const out = await build({ stdin: { contents, resolveDir: process.cwd() }, bundle: true, write: false, format: 'cjs', platform: 'node', logLevel: 'silent', plugins: [winkLemmaExceptionTables] });
      return out.outputFiles[0]!.text;
    };
    const code = await bundle("module.exports = require('wink-eng-lite-web-model/dist/lemmatize.js');");
    expect(code).not.toMatch(/Object\.create\(null\)/);
    const bundled = lemmatizerOf(code, () => undefined);
    const original = require(file) as Lemmatize;
    const cache = { hasSamePOS: () => false };
    for (const [word, pos] of [['went', 'VERB'], ['oxen', 'NOUN'], ['better', 'ADJ'], ['harbours', 'NOUN'], ['aardwolves', 'NOUN']] as const) expect(bundled(word, pos, cache)).toBe(original(word, pos, cache));
    await expect(bundle("module.exports = require('wink-eng-lite-web-model/dist/wn-noun-exceptions.js');")).rejects.toThrow(/expected 1 and 3/);
  });
});
