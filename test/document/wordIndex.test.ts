import { describe, expect, it } from 'vitest';
import coreData from 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json';
import { lexemeListSorted } from '../../src/document/lexemeListSorted.js';
import { isSortedWordList, SortedWordIndex } from '../../src/document/wordIndex.js';
import { lexemeOrderModule, winkLexemeList } from '../../scripts/coldStartPlugins.js';

const LEXEMES = (coreData.features as { lexeme: { list: string[] } }).lexeme.list;

/** What wink-nlp builds: every item inserted in order, so a repeated item keeps its last index. */
function mapOf(list: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  list.forEach((word, k) => map.set(word, k));
  return map;
}

/** The `lexemeListSorted` a bundle gets, evaluated from the code the build plugin writes. */
function builtCheck(list: readonly string[]): (list: readonly string[]) => boolean {
  const code = lexemeOrderModule(list).replace('export function', 'return function');
  return new Function(code)() as (list: readonly string[]) => boolean; // eslint-disable-line @typescript-eslint/no-implied-eval
}

describe('SortedWordIndex', () => {
  it('finds every word of wink\'s lexeme list at the index a Map of the whole list gives', () => {
    expect(lexemeListSorted(LEXEMES)).toBe(true);
    const index = new SortedWordIndex(LEXEMES);
    const map = mapOf(LEXEMES);
    for (const word of LEXEMES) expect(index.get(word)).toBe(map.get(word));
  });

  it('finds no word the list lacks, whatever its case or spelling', () => {
    const index = new SortedWordIndex(LEXEMES);
    const known = new Set(LEXEMES);
    const words = ['Qqxlorpian', 'constructor', '__proto__', 'toString', 'hasOwnProperty', '', ' ', 'x'.repeat(10_000), '\u{1F600}', '\uD800', 'ZZZZZZ', '\u0000'];
    for (const word of [...words, ...LEXEMES.slice(0, 3000).flatMap((w) => [w.toUpperCase(), `${w}q`, w.slice(1)])]) {
      if (!known.has(word)) expect(index.get(word)).toBeUndefined();
    }
  });

  it('keeps the words added with set, as wink-nlp adds the words it has not seen', () => {
    const list = ['<oov>', 'said', 'told'];
    const index = new SortedWordIndex(list);
    expect(index.get('Qqxlorpian')).toBeUndefined();
    expect(index.set('Qqxlorpian', 3)).toBe(index);
    list.push('Qqxlorpian');
    expect(index.get('Qqxlorpian')).toBe(3);
    index.set('told', 7);
    expect(index.get('told')).toBe(7);
    expect(index.get('said')).toBe(1);
    expect(index.get('<oov>')).toBe(0);
  });

  it('answers a word it did not find the same when asked again, and forgets only words set', () => {
    const list = ['<oov>', 'said', 'told'];
    const index = new SortedWordIndex(list);
    // asked twice: the second answer comes from the mark of the first search, never the mark itself
    expect(index.get('said.')).toBeUndefined();
    expect(index.get('said.')).toBeUndefined();
    expect(index.delete('said.')).toBe(false);
    expect(index.delete('said')).toBe(false);
    expect(index.get('said')).toBe(1);
    // wink-nlp adds a word it did not find, then the engine forgets it: absent again
    expect(index.get('Vossberg')).toBeUndefined();
    index.set('Vossberg', 3);
    expect(index.get('Vossberg')).toBe(3);
    expect(index.delete('Vossberg')).toBe(true);
    expect(index.get('Vossberg')).toBeUndefined();
    expect(index.delete('Vossberg')).toBe(false);
    index.set('Vossberg', 4);
    expect(index.get('Vossberg')).toBe(4);
  });

  it('keeps every answer as its table grows past thousands of words asked, added and forgotten', () => {
    const list = ['<oov>', 'said', 'told'];
    const index = new SortedWordIndex(list);
    const words = Array.from({ length: 20_000 }, (_, k) => `Okafor${k}`);
    for (const [k, w] of words.entries()) {
      expect(index.get(w)).toBeUndefined();
      if (k % 3 === 0) index.set(w, 3 + k);
      if (k % 6 === 0) expect(index.delete(w)).toBe(true);
    }
    for (const [k, w] of words.entries()) expect(index.get(w)).toBe(k % 3 === 0 && k % 6 !== 0 ? 3 + k : undefined);
    expect(index.get('told')).toBe(2);
    expect(index.get('said')).toBe(1);
  });

  it('accepts only lists it can search: sorted after the first item, no word twice', () => {
    expect(isSortedWordList(['<oov>', 'a', 'B', 'b', 'c'])).toBe(true);
    expect(isSortedWordList(['<oov>', 'b', 'a'])).toBe(false);
    expect(isSortedWordList(['<oov>', 'a', 'a'])).toBe(false);
    expect(isSortedWordList(['<oov>', 'a', '<oov>'])).toBe(false);
    expect(isSortedWordList(['b', 'a', 'c'])).toBe(true);
  });
});

describe('the bundles\' check of the lexeme list (winkLexemeOrder)', () => {
  it('accepts the installed model\'s list and rejects another one', () => {
    const list = winkLexemeList();
    const check = builtCheck(list);
    expect(check(list)).toBe(true);
    expect(check([...list])).toBe(true);
    expect(check(list.slice(0, -1))).toBe(false);
    expect(check([...list.slice(0, 512), 'zzz', ...list.slice(513)])).toBe(false);
    expect(check([...list.slice(1), list[0]!])).toBe(false);
  });

  it('answers no, at run time, for a model whose list is not sorted', () => {
    const unsorted = ['<oov>', 'b', 'a'];
    expect(builtCheck(unsorted)(unsorted)).toBe(false);
  });
});

describe('SortedWordIndex.clear (an engine renewed in place)', () => {
  it('forgets the words set after the list, and still finds the list\'s own', () => {
    const list = ['<oov>', 'a', 'harbour', 'levy', 'the'];
    const index = new SortedWordIndex(list);
    expect(index.get('Okafor')).toBeUndefined();
    index.set('Okafor', 5);
    // (more words than the first table holds: the table grew before it was cleared)
    for (let k = 0; k < 300; k++) index.set(`zq${k}`, 6 + k);
    expect(index.get('Okafor')).toBe(5);
    index.clear();
    expect(index.get('Okafor')).toBeUndefined();
    expect(index.get('zq7')).toBeUndefined();
    expect([index.get('harbour'), index.get('the'), index.get('<oov>')]).toEqual([2, 4, 0]);
    index.set('Okafor', 5);
    expect(index.get('Okafor')).toBe(5);
  });
});
