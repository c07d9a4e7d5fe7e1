import { describe, expect, it } from 'vitest';
import afinn from 'sentiment/languages/en/labels.json';
import { AFINN_ENTRIES } from '../../src/language/afinnEntries.js';
import { VALENCE } from '../../src/language/scoreSentiment.js';
import { afinnEntriesJson } from '../../scripts/coldStartPlugins.js';

describe('AFINN entries', () => {
  it('bundles the same word valences, in the same order, as the source reads', () => {
    const bundled = JSON.parse(afinnEntriesJson()) as Array<[string, number]>;
    expect(bundled).toEqual(AFINN_ENTRIES);
    expect(bundled.map(([w]) => w)).toEqual(Object.keys(afinn));
    expect([...new Map(bundled)]).toEqual([...VALENCE]);
  });

  it('finds no valence for words of Object.prototype', () => {
    expect(VALENCE.get('constructor')).toBeUndefined();
    expect(VALENCE.get('good')).toBe(3);
  });
});
