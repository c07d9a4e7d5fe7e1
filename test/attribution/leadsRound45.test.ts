import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, slicedByCue } from '../helpers.js';

// Construction leads of the second wave of round 34 (issue 10). Every sentence is written for these tests; names are invented.

describe('"said two weeks ago that …": a counted period before "ago" says when, not what', () => {
  it('the content starts after the period (and after its "that")', () => {
    expect(slicedByCue('Vale said two weeks ago that the pier was safe.', 'said').text).toBe('the pier was safe');
    expect(slicedByCue('Berg said 10 years ago that the ferry would run at a loss.', 'said').text).toBe('the ferry would run at a loss');
    expect(slicedByCue('Ruiz argued months ago that the levy was unfair.', 'argued').text).toBe('the levy was unfair');
    expect(slicedByCue('The clerk wrote a week ago the tram was late again.', 'wrote').text).toBe('the tram was late again');
    expect(slicedByCue('Vale said two weeks ago that the pier was safe.', 'said').sourceSpan?.text).toBe('Vale');
  });

  it('a period that is the subject of what was said stays in the content, and a period alone is no content', () => {
    expect(slicedByCue('Vale said two weeks ago was too late.', 'said').text).toBe('two weeks ago was too late');
    expect(analyse('Vale spoke two weeks ago.').attributions.filter((x) => x.cue === 'said')).toEqual([]);
    expect(slicedByCue('Berg said two clerks that the board hired were lazy.', 'said').text).toBe('two clerks that the board hired were lazy');
  });
});

describe('"said none of the clerks knew": a partitive head the tagger reads as an adverb opens the content', () => {
  it('the content keeps its first word', () => {
    expect(slicedByCue('Vale said none of the clerks knew.', 'said').text).toBe('none of the clerks knew');
    expect(slicedByCue('Ruiz blames part of the failure on Berg.', 'blames').text).toBe('part of the failure on Berg');
    expect(slicedByCue('Berg said most of the piers were rotten.', 'said').text).toBe('most of the piers were rotten');
  });

  it('an adverb before "of" that is no partitive head is still stepped over', () => {
    expect(slicedByCue('Vale said ahead of the vote that the pier was safe.', 'said').text).toBe('the pier was safe');
    expect(slicedByCue('Vale said, in part, that the pier was safe.', 'said').text).toBe('the pier was safe');
  });
});

describe('"Vale said the clerk, a friend of Berg, wrote a memo": a thing after a verb that ends an aside is no inverted speaker', () => {
  it('the reported clause keeps its aside and its verb, and no relation names the thing as its source', () => {
    const text = 'Vale said the clerk, a friend of Berg, wrote a memo.';
    const x = slicedByCue(text, 'said');
    expect(x.text).toBe('the clerk, a friend of Berg, wrote a memo');
    expect(x.sourceSpan?.text).toBe('Vale');
    expect(analyse(text).attributions.filter((y) => y.sourceSpan?.text === 'a memo')).toEqual([]);
    expect(slicedByCue('Ruiz said that the pilot, an old rival of Tarn, sent a letter.', 'said').text).toBe('the pilot, an old rival of Tarn, sent a letter');
  });

  it('a report after a tag verb still speaks, and a verb after an aside that follows a topic phrase keeps its relation', () => {
    const r = slicedByCue('The pier is safe, says a report.', 'says');
    expect(r.sourceSpan?.text).toBe('a report');
    expect(r.text).toBe('The pier is safe');
    expect(slicedByCue('His speech, in which he joked about the mayor, cited a memo and ended early.', 'cited').text).toBe('a memo');
  });
});
