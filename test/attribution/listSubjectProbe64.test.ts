import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// "Vale, Ruiz and Berg said …": a list of three or more speakers before the verb is the whole source, not its last
// two members (probe64). Sentences invented.

describe('a list of three or more speakers before a verb', () => {
  it('three names', () => {
    const r = byCue(analyse('Vale, Ruiz and Berg said the pier was unsafe.'), 'said');
    expect(r.sourceSpan?.text).toBe('Vale, Ruiz and Berg');
    expect(r.text).toBe('the pier was unsafe');
  });

  it('full names and a floated quantifier', () => {
    const r = byCue(analyse('Ana Vale, Tom Ruiz and Lee Berg have all argued that the levy is unfair.'), 'have all argued');
    expect(r.sourceSpan?.text).toBe('Ana Vale, Tom Ruiz and Lee Berg');
    expect(r.text).toBe('the levy is unfair');
  });

  it('common nouns with articles', () => {
    const text = 'The mayor, the clerk and two aides said the pier would close.';
    const r = byCue(analyse(text), 'said');
    expect(r.sourceSpan?.text).toBe('The mayor, the clerk and two aides');
    expect(text.slice(r.sourceSpan!.start, r.sourceSpan!.end)).toBe(r.sourceSpan!.text);
    expect(text.slice(r.start, r.end)).toBe(r.text);
  });

  it('four members', () => {
    const r = byCue(analyse('Vale, Ruiz, Berg and Cole all said the pier was unsafe.'), 'all said');
    expect(r.sourceSpan?.text).toBe('Vale, Ruiz, Berg and Cole');
  });

  it('the list inside an "of" phrase', () => {
    const r = byCue(analyse('The mayors of Tarn, Ashby and Cole warned that the levy would hurt farmers.'), 'warned');
    expect(r.sourceSpan?.text).toBe('The mayors of Tarn, Ashby and Cole');
  });

  it('not an opening prepositional phrase before the comma', () => {
    const r = byCue(analyse('Like Vale, Ruiz and Berg said the pier was unsafe.'), 'said');
    expect(r.sourceSpan?.text).toBe('Ruiz and Berg');
  });

  it('not an opening time phrase', () => {
    expect(byCue(analyse('On Monday, Vale and Ruiz said the pier was unsafe.'), 'said').sourceSpan?.text).toBe('Vale and Ruiz');
    expect(byCue(analyse('Last week, Vale and Ruiz said the pier was unsafe.'), 'said').sourceSpan?.text).toBe('Vale and Ruiz');
  });

  it('not an opening adverb', () => {
    const r = byCue(analyse('Meanwhile, Vale and Ruiz said the pier was unsafe.'), 'said');
    expect(r.sourceSpan?.text).toBe('Vale and Ruiz');
  });

  it('not two joined members alone', () => {
    const r = byCue(analyse('Vale and Ruiz said the levy was unfair.'), 'said');
    expect(r.sourceSpan?.text).toBe('Vale and Ruiz');
  });
});
