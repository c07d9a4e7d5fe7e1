import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/index.js';
import { analyseChecked as analyse } from '../helpers.js';

// Indirect relations found by nothing (issue 10, round 24, recall21).
// Every sentence is written for these tests; names, places and bodies are invented.

const rows = (a: ArticleAnalysis) => a.attributions.map((x) => [x.sourceSpan ? x.sourceSpan.text : null, x.cueSpan?.text ?? null, x.text]);
const cues = (text: string) => analyse(text).attributions.map((x) => x.cueSpan?.text ?? null);

describe('a record noun the tagger reads as a verb, right before its own verb', () => {
  it('"where polls show Vale trailing": the polls are the source', () => {
    expect(rows(analyse('Ruiz leads in Tarn, where polls show Vale slightly trailing Okafor.'))).toEqual([['polls', 'show', 'Vale slightly trailing Okafor']]);
    expect(rows(analyse('Ruiz leads in Tarn, where polls show that Vale trails Okafor.'))).toEqual([['polls', 'show', 'Vale trails Okafor']]);
  });

  it('"the same polling suggests that": the -ing record with its modifiers', () => {
    expect(rows(analyse('But the same polling suggests that Vale could do well among these voters.'))).toEqual([['the same polling', 'suggests', 'Vale could do well among these voters']]);
  });

  it('not: the verb "polls" with its object, or with no verb after it', () => {
    expect(cues('The harbour firm polls voters every week.')).toEqual([]);
    expect(cues('Where Vale polls, the board listens.')).toEqual([]);
  });
});

describe('a second participle joined by "and" to one that opens a phrase after a comma', () => {
  it('", urging … and promising to": each participle reports its own content', () => {
    expect(rows(analyse('Vale spoke calmly, urging voters to stay and promising to cut the levy.'))).toEqual([
      ['Vale', 'urging', 'voters to stay'],
      ['Vale', 'promising', 'to cut the levy'],
    ]);
  });

  it('", praising … and warning that": the warning is a verb, not a noun', () => {
    expect(rows(analyse('Vale spoke calmly, praising the crews and warning that the levy would rise.'))).toEqual([
      ['Vale', 'praising', 'the crews'],
      ['Vale', 'warning', 'the levy would rise'],
    ]);
  });

  it('not: an adjective or a noun after "and" with no participle series before it, or before a plain noun', () => {
    expect(cues('Jobs and lending fell, and promising leads dried up.')).toEqual([]);
    expect(cues('Vale spoke, cutting the ribbon and promising crowds at the pier.')).toEqual([]);
  });
});

describe('"for" after the object of an addressee verb other than asking', () => {
  it('"promised a larger staff for months": the phrase belongs to what was promised', () => {
    expect(rows(analyse('Officials have been promising a larger staff for months.'))).toEqual([['Officials', 'have been promising', 'a larger staff for months']]);
    expect(rows(analyse('Vale promised a larger staff for the harbour.'))).toEqual([['Vale', 'promised', 'a larger staff for the harbour']]);
  });

  it('not: after a verb of asking "for" opens what is asked for, and a "that" behind the phrase opens the clause', () => {
    expect(rows(analyse('Vale asked voters for patience.'))).toEqual([['Vale', 'asked', 'for patience']]);
    expect(rows(analyse('Vale warned the board for months that the pier would fall.'))).toEqual([['Vale', 'warned', 'the pier would fall']]);
  });
});
