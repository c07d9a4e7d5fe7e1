import { describe, expect, it } from 'vitest';
import { FeatureListIndex } from '../../src/document/featureListIndex.js';
import { lexemeOrderModule, winkLexemeList, winkSearchedFeatureLists } from '../../scripts/coldStartPlugins.js';

/** What wink-nlp builds: every item inserted in order, so a repeated item keeps its last index. */
function mapOf(list: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  list.forEach((value, k) => map.set(value, k));
  return map;
}

describe('FeatureListIndex', () => {
  it('finds every item of the model\'s prefix, suffix and shape lists at the index a Map of the list gives', () => {
    const lists = winkSearchedFeatureLists();
    expect(lists).toHaveLength(3);
    for (const list of lists) {
      // (the index needs lists without repeats: the bundles check the model they are built with)
      expect(new Set(list).size).toBe(list.length);
      const index = new FeatureListIndex(list);
      const map = mapOf(list);
      for (const value of list) expect(index.get(value)).toBe(map.get(value));
      // asked again: from what it remembered
      for (const value of list.slice(0, 50)) expect(index.get(value)).toBe(map.get(value));
    }
  });

  it('finds no value the list lacks, and what set added once it is added', () => {
    const list = ['<oov>', 'Xxxx', 'dd', 'xxx'];
    const index = new FeatureListIndex(list);
    for (const value of ['Xxxxx', 'XX', '', 'constructor', '__proto__', 'toString', 'xx']) expect(index.get(value)).toBeUndefined();
    // as wink-nlp's cache adds a value it did not find: pushed, then set
    expect(index.get('Xxxxx')).toBeUndefined();
    index.set('Xxxxx', list.push('Xxxxx') - 1);
    expect(index.get('Xxxxx')).toBe(4);
    expect(index.get('dd')).toBe(2);
  });

  it('is used by a bundle only for a model whose feature lists have no repeats', () => {
    const lexemes = winkLexemeList();
    const builtCheck = (lists: string[][]) => new Function(lexemeOrderModule(lexemes, lists).replace('export function', 'return function'))() as (list: readonly string[]) => boolean; // eslint-disable-line @typescript-eslint/no-implied-eval
    expect(builtCheck(winkSearchedFeatureLists())(lexemes)).toBe(true);
    expect(builtCheck([['<oov>', 'Xxxx', 'dd', 'Xxxx']])(lexemes)).toBe(false);
  });
});

describe('FeatureListIndex past its search limit', () => {
  it('gives the Map\'s answers after indexing the whole list, for values of the list and values set', () => {
    const list = ['<oov>', ...Array.from({ length: 300 }, (_, k) => `v${k}`)];
    const index = new FeatureListIndex(list);
    const map = mapOf(list);
    // 400 new values, each asked and then set as wink-nlp's cache does: past the limit of searches
    for (let k = 0; k < 400; k++) {
      const value = `new${k}`;
      expect(index.get(value)).toBeUndefined();
      const at = list.push(value) - 1;
      index.set(value, at);
      map.set(value, at);
      // a value of the list after every search, found or not yet remembered
      expect(index.get(`v${k % 300}`)).toBe(map.get(`v${k % 300}`));
    }
    for (const value of list) expect(index.get(value)).toBe(map.get(value));
    expect(index.get('absent')).toBeUndefined();
  });
});

describe('FeatureListIndex.clear (an engine renewed in place)', () => {
  it('forgets the values set after the list, and still finds the list\'s own, past the search limit too', () => {
    const list = ['<oov>', ...Array.from({ length: 300 }, (_, k) => `v${k}`)];
    const index = new FeatureListIndex(list);
    for (let k = 0; k < 400; k++) {
      expect(index.get(`new${k}`)).toBeUndefined();
      index.set(`new${k}`, list.push(`new${k}`) - 1);
    }
    expect(index.get('new3')).toBe(304);
    // (the engine cuts the list back to the model's values, then clears the index)
    list.length = 301;
    index.clear();
    expect(index.get('new3')).toBeUndefined();
    expect([index.get('v0'), index.get('v299'), index.get('<oov>')]).toEqual([1, 300, 0]);
  });
});
