import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/index.js';
import { analyseChecked as analyse } from '../helpers.js';

// Recall in under-counted articles (issue 10, round 25, recall23).
// Every sentence is written for these tests; names, places and bodies are invented.

const rows = (a: ArticleAnalysis) => a.attributions.map((x) => [x.sourceSpan ? x.sourceSpan.text : null, x.cueSpan?.text ?? null, x.text]);

describe('a counted group with no noun after the number is a source: "the two said", "all three agreed"', () => {
  it('"the two", "all three", "the latter", "the two of them"', () => {
    expect(rows(analyse('Vale met Ruiz at the harbour. The two said that the levy was too high.'))).toEqual([['The two', 'said', 'the levy was too high']]);
    expect(rows(analyse('All three said that the tram fare should fall.'))).toEqual([['All three', 'said', 'the tram fare should fall']]);
    expect(rows(analyse('Okafor spoke before Berg. The latter said that the orchard would close.'))).toEqual([['The latter', 'said', 'the orchard would close']]);
    expect(rows(analyse('The two of them said the levy was too high.'))).toEqual([['The two of them', 'said', 'the levy was too high']]);
  });

  it('not: a number with its noun after it, or a number that is no subject', () => {
    expect(analyse('The two towns share the cost of the ferry.').attributions).toEqual([]);
    expect(analyse('Vale sold the two at the harbour market.').attributions).toEqual([]);
  });
});

describe('a part of a group, a negated or an aged group is a source: "both of them", "not everyone", "those over 60"', () => {
  it('"both of them", "two of them", "nearly all of the mayors", "not everyone", "those over 60"', () => {
    expect(rows(analyse('Both of them said the tram fare was too high.'))).toEqual([['Both of them', 'said', 'the tram fare was too high']]);
    expect(rows(analyse('Two of them said the tram fare was too high.'))).toEqual([['Two of them', 'said', 'the tram fare was too high']]);
    expect(rows(analyse('Nearly all of the harbour mayors said the levy was too high.'))).toEqual([['Nearly all of the harbour mayors', 'said', 'the levy was too high']]);
    expect(rows(analyse('Not everyone agrees that the orchard levy will pass.'))).toEqual([['Not everyone', 'agrees', 'the orchard levy will pass']]);
    expect(rows(analyse('Those over 60 say the tram fare is too high.'))).toEqual([['Those over 60', 'say', 'the tram fare is too high']]);
  });

  it('not: the same words where no one reports anything', () => {
    expect(analyse('Not all of the ferries run on time.').attributions).toEqual([]);
    expect(analyse('Both of them walked to the harbour.').attributions).toEqual([]);
    expect(analyse('Those over 60 ride the tram for free.').attributions).toEqual([]);
  });
});

describe('a hyphenated noun in the phrase between the cue and "that" does not end the search for the clause', () => {
  it('"wrote in an op-ed that …", "said in a follow-up that …"', () => {
    expect(rows(analyse('Vale wrote in an op-ed that the harbour levy is too high.'))).toEqual([['Vale', 'wrote', 'the harbour levy is too high']]);
    expect(rows(analyse('Ruiz said in a follow-up that the tram fare would fall.'))).toEqual([['Ruiz', 'said', 'the tram fare would fall']]);
  });

  it('not: the phrase ends the sentence, or what follows is no clause of the cue', () => {
    expect(analyse('Vale wrote in an op-ed.').attributions).toEqual([]);
    expect(analyse('Okafor sat in a sit-down strike that lasted a week.').attributions).toEqual([]);
  });
});
