import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// False hits, round 37: a content that is only an adverb of addition or extent says nothing.
// Every sentence is written for these tests.

const cues = (text: string) => analyse(text).attributions.map((a) => a.cue);

describe('an adverb of addition or extent left as the whole content is no relation', () => {
  it('"weighed in as well", "objected as well", "opposed that, too", "signed on so far", "going that far"', () => {
    const rels = analyse('Berg weighed in as well, telling the Harbour Times the pier was safe.');
    expect(rels.attributions.map((a) => a.cue)).toEqual(['telling the Harbour Times']);
    const told = byCue(rels, 'telling the Harbour Times');
    expect(told.sourceSpan?.text).toBe('Berg');
    expect(told.text).toBe('the pier was safe');
    expect(cues('Ruiz objected as well.')).toEqual([]);
    expect(cues('The ferry crews opposed that, too.')).toEqual([]);
    expect(cues('Few clerks have signed on so far.')).toEqual([]);
    expect(cues('The clerks who signed on so far live near the pier.')).toEqual([]);
    expect(cues('Nobody in Tarn County is talking about going that far.')).toEqual([]);
    expect(cues('Vale and Ruiz have other matters to discuss as well.')).toEqual([]);
  });

  it('keeps "so" standing for a clause, a wh-word, a quoted word, and an adverb inside a longer content', () => {
    const so = byCue(analyse('Vale thinks so.'), 'thinks');
    expect(so.sourceSpan?.text).toBe('Vale');
    expect(so.text).toBe('so');
    expect(byCue(analyse('Ruiz did not say when.'), 'did not say').text).toBe('when');
    const yelled = byCue(analyse('The crowd yelled, "Too far!"'), 'yelled');
    expect(yelled.sourceSpan?.text).toBe('The crowd');
    expect(yelled.text).toBe('Too far!');
    const anyway = byCue(analyse('Vale said, "Anyway."'), 'said');
    expect(anyway.text).toContain('Anyway');
    const it = byCue(analyse('The ferry crews opposed it, too.'), 'opposed');
    expect(it.sourceSpan?.text).toBe('The ferry crews');
    expect(it.text).toBe('it, too');
    const too = byCue(analyse('Ruiz said the levy was too high as well.'), 'said');
    expect(too.sourceSpan?.text).toBe('Ruiz');
    expect(too.text).toBe('the levy was too high as well');
  });

  it('offsets of what is kept slice to their text', () => {
    const text = 'Berg weighed in as well, telling the Harbour Times the pier was safe.';
    const told = byCue(analyse(text), 'telling the Harbour Times');
    expect(text.slice(told.start, told.end)).toBe(told.text);
    expect(text.slice(told.cueSpan!.start, told.cueSpan!.end)).toBe(told.cue);
  });
});
