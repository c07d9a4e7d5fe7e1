import { describe, expect, it } from 'vitest';
import { attributionRows } from '../helpers.js';

// adjnoun43: "New claims that …", "Fresh allegations that …": an adjective opening the sentence, which the
// tagger reads as a name or a noun, before a plural reporting noun is no speaker, and the plural no verb.
// The noun is the cue (with its adjective, as cue43 shows them), with no source; its clause ends before the
// sentence's own verb. Sentences written for this test; names and places are invented.

// (cue first: the rows of attributionRows, which checks the offsets, reordered)
const rows = (text: string) => attributionRows(text).map(([source, cue, content]) => [cue, source, content]);

describe('an adjective opening the sentence before a plural reporting noun', () => {
  it('is no source: the noun with its adjective is the cue, the clause ends before the main verb', () => {
    expect(rows('New claims that the pier was unsafe emerged on Monday.')).toEqual([['New claims', null, 'the pier was unsafe']]);
    expect(rows('Fresh claims that the pier was unsafe surfaced on Monday.')).toEqual([['Fresh claims', null, 'the pier was unsafe']]);
    expect(rows('Fresh allegations that Vale lied emerged on Monday.')).toEqual([['Fresh allegations', null, 'Vale lied']]);
    expect(rows('Angry protests that the levy was unfair grew on Monday.')).toEqual([['Angry protests', null, 'the levy was unfair']]);
  });

  it('also before a topic after a preposition', () => {
    expect(rows('Bold claims about the levy grew louder.')).toEqual([['Bold claims about', null, 'the levy']]);
    expect(rows('New doubts about the levy grew.')).toEqual([['New doubts about', null, 'the levy']]);
  });

  it('never gives the adjective as the source', () => {
    for (const text of ['Angry protests over the levy grew.', 'Harsh claims that the levy was illegal emerged.']) {
      for (const [, source] of rows(text)) expect(source).toBeNull();
    }
  });

  it('not: a plural subject the adjective modifies keeps its verb and is the source', () => {
    expect(rows('Angry clerks said the pier was unsafe.')).toEqual([['said', 'Angry clerks', 'the pier was unsafe']]);
    expect(rows('Angry clerks warn that the pier is unsafe.')).toEqual([['warn', 'Angry clerks', 'the pier is unsafe']]);
    expect(rows('New polls show that Vale leads in Tarn County.')).toEqual([['show', 'New polls', 'Vale leads in Tarn County']]);
  });

  it('not: a name the adjective opens, or a headline whose subject it opens', () => {
    expect(rows('New Orleans claims that the pier is unsafe.')).toEqual([['claims', 'New Orleans', 'the pier is unsafe']]);
    expect(rows('Fresh Harbour claims that the pier is unsafe.')).toEqual([['claims', 'Fresh Harbour', 'the pier is unsafe']]);
    expect(rows('New Research Shows Levy Hurts Growers')).toEqual([['Shows', 'New Research', 'Levy Hurts Growers']]);
  });

  it('not: the adjective inside a sentence, after the verb whose object the noun is', () => {
    expect(rows('The clerks made new claims that the pier was unsafe.')).toEqual([['made new claims', 'The clerks', 'the pier was unsafe']]);
  });
});
