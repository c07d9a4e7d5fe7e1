import { describe, expect, it } from 'vitest';
import { attributionRows as rows } from '../helpers.js';

// Words right after a cue that are no preposition it governs (issue 10, forty-second round): the "about" that rounds
// an amount opening the reported clause, and a stretch of time after "for" or "over". Every sentence is written for
// these tests; names are invented.

describe('"about" before an amount that opens the reported clause', () => {
  it.each([
    ['Vale said about half of the toll money went to the county.', 'about half of the toll money went to the county'],
    ['Vale said about 40 clerks had quit.', 'about 40 clerks had quit'],
    ['Vale said about a third of the ferries were late.', 'about a third of the ferries were late'],
  ])('"%s": the cue is "said", the amount stays in the content', (sentence, content) => {
    expect(rows(sentence)).toEqual([['Vale', 'said', content]]);
  });

  it.each([
    ['Vale talked about the toll money.', 'the toll money'],
    ['Vale talked about 40 migrants who were stranded.', '40 migrants who were stranded'],
  ])('near miss: "%s": a topic after "about" keeps it in the cue', (sentence, content) => {
    expect(rows(sentence)).toEqual([['Vale', 'talked about', content]]);
  });
});

describe('a stretch of time between the cue and its content', () => {
  it.each([
    ['Vale has declined for years to reveal the cost of the pier.', 'has declined', 'to reveal the cost of the pier'],
    ['Vale has said for weeks he would run.', 'has said', 'he would run'],
    ['Vale has refused for the past 18 months to reveal the cost.', 'has refused', 'to reveal the cost'],
  ])('"%s": the span is in neither the cue nor the content', (sentence, cue, content) => {
    expect(rows(sentence)).toEqual([['Vale', cue, content]]);
  });

  it.each([
    ['Vale called for years of cuts to the port budget.', 'years of cuts to the port budget'],
    ['Vale asked for two weeks to prepare the report.', 'two weeks to prepare the report'],
  ])('near miss: "%s": what is asked or called for keeps its "for"', (sentence, content) => {
    const found = rows(sentence);
    expect(found.map(([, , c]) => c)).toContain(content);
    expect(found.map(([, cue]) => cue.endsWith('for'))).toContain(true);
  });
});

describe('a negative or limiting adverb that opens an inverted clause', () => {
  it.each([
    ['Vale said never again would the county pay for the pier.', 'never again would the county pay for the pier'],
    ['Vale said rarely had the county paid so much.', 'rarely had the county paid so much'],
    ['Vale said only then did the county pay.', 'only then did the county pay'],
  ])('"%s": the adverb and the auxiliary stay in the content', (sentence, content) => {
    expect(rows(sentence)).toEqual([['Vale', 'said', content]]);
  });

  it('near miss: an adverb with no auxiliary after it still says how it was said', () => {
    expect(rows('Vale said again the county would pay.')).toEqual([['Vale', 'said', 'the county would pay']]);
  });
});
