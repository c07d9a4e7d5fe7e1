import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// cue43: the cue shown for a reporting noun carries its article ("the claim", "a warning"), as news
// annotators mark it; a possessive or a demonstrative stays out. Sentences written for this test;
// names and places are invented.

const rows = (text: string) =>
  analyse(text).attributions.map((x) => {
    expect(text.slice(x.cueSpan!.start, x.cueSpan!.end)).toBe(x.cueSpan!.text);
    return [x.cueSpan?.text ?? null, x.sourceSpan?.text ?? null, x.text];
  });

describe('a reporting noun shows its article in the cue', () => {
  it('"The claim that …", "a warning that …", "the announcement of …", "The hope has been that …"', () => {
    expect(rows('The claim that the pier was unsafe proved false.')).toEqual([['The claim', null, 'the pier was unsafe']]);
    expect(rows('Ruiz ignored a warning that the tide would rise.')[0]).toEqual(['a warning', null, 'the tide would rise']);
    expect(rows('The hope has been that the ferry fares would fall.')).toEqual([['The hope has been', null, 'the ferry fares would fall']]);
    expect(rows('There was a rumour that Berg wants the harbour post.')).toEqual([['a rumour', null, 'Berg wants the harbour post']]);
  });

  it('a holder named after the noun keeps the article in the cue, not in the source', () => {
    expect(rows('There was a claim by Vale that the tram fare would double.')).toEqual([['a claim', 'Vale', 'the tram fare would double']]);
  });

  it('not: a possessive is the source, outside the cue', () => {
    expect(rows("Vale's claim that the pier was unsafe proved false.")).toEqual([['claim', 'Vale', 'the pier was unsafe']]);
    expect(rows('Her fear that the levy would rise proved right.')).toEqual([['fear', 'Her', 'the levy would rise']]);
  });

  it('not: a demonstrative, or an article before an adjective, stays out of the cue', () => {
    expect(rows('This claim that the pier was unsafe proved false.')).toEqual([['claim', null, 'the pier was unsafe']]);
    expect(rows('The repeated claim that the pier was unsafe proved false.')).toEqual([['claim', null, 'the pier was unsafe']]);
  });

  it('not: verbs keep their own shape', () => {
    expect(rows('The growers said the levy was unfair.')).toEqual([['said', 'The growers', 'the levy was unfair']]);
  });
});
