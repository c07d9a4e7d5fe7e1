import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/index.js';
import { analyseChecked as analyse } from '../helpers.js';

// A second predicate joined by "or" (issue 10, round 36, used40): "has not endorsed Ruiz or conceded the race"
// holds two acts of one subject, as with "and"; the second was swallowed into the first one's object. Every
// sentence is written for these tests; names, places and bodies are invented.

const rows = (a: ArticleAnalysis) => a.attributions.map((x) => [x.sourceSpan ? x.sourceSpan.text : null, x.cueSpan?.text ?? null, x.text]);

describe('"Vale has not endorsed Ruiz or conceded the race": "or" before a second finite verb of the cue’s form', () => {
  it('the object ends before "or" and the second verb is an attribution of the same subject', () => {
    expect(rows(analyse("Vale hasn't endorsed Ruiz or conceded the race."))).toEqual([
      ['Vale', "hasn't endorsed", 'Ruiz'],
      ['Vale', 'conceded', 'the race'],
    ]);
    expect(rows(analyse('The mayor has not backed Ruiz or thanked the crews.'))).toEqual([
      ['The mayor', 'has not backed', 'Ruiz'],
      ['The mayor', 'thanked', 'the crews'],
    ]);
    expect(rows(analyse('Tarn County never praised the levy or opposed the toll.'))).toEqual([
      ['Tarn County', 'never praised', 'the levy'],
      ['Tarn County', 'opposed', 'the toll'],
    ]);
  });

  it('not: bare forms after a modal offer a choice, one act', () => {
    expect(rows(analyse('Growers will back the levy or drop it.'))).toEqual([['Growers', 'will back', 'the levy or drop it']]);
  });

  it('not: a name the tagger may read as a verb, nor two nouns, nor a reported clause', () => {
    expect(rows(analyse('Vale praised every Ruiz or Berg plan.'))).toEqual([['Vale', 'praised', 'every Ruiz or Berg plan']]);
    expect(rows(analyse('Vale thanked the crews or the board.'))).toEqual([['Vale', 'thanked', 'the crews or the board']]);
    expect(rows(analyse('Vale said the pier was unsafe or closed.'))).toEqual([['Vale', 'said', 'the pier was unsafe or closed']]);
  });
});
