import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Clauses inside the subject (issue 10, nineteenth round): participles and relative clauses on the
// subject, contact relatives whose gap is the subject of the reported clause. Sentences invented.

const cues = (text: string) => analyse(text).attributions.map((a) => a.cue);

describe('a participle on the subject ends its content before the main verb', () => {
  it('a clause after the participle stops at the main verb', () => {
    expect(byCue(analyse('Officials fearing the plan will fail said nothing.'), 'fearing').text).toBe('the plan will fail');
    expect(byCue(analyse('Drivers fearing the toll will rise have asked for a vote.'), 'fearing').text).toBe('the toll will rise');
  });

  it('the main verb keeps its own relation and the subject with its participle', () => {
    const a = analyse('Traders backing the levy said it was fair.');
    expect(byCue(a, 'backing').text).toBe('the levy');
    expect(byCue(a, 'said')).toMatchObject({ text: 'it was fair', sourceSpan: { text: 'Traders backing the levy' } });
  });

  it('negative: a participle after a verb keeps its whole clause', () => {
    expect(byCue(analyse('The mayor met residents fearing the plan will fail.'), 'fearing').text).toBe('the plan will fail');
  });
});

describe('a relative clause on the subject with a "that" clause', () => {
  it('the main verb finds its subject with the whole relative clause', () => {
    const said = byCue(analyse('Anyone who knows that Vale lied says the board should act.'), 'says');
    expect(said).toMatchObject({ text: 'the board should act', sourceSpan: { text: 'Anyone who knows that Vale lied' } });
  });

  it('"those who met her say": the object "her" is no possessive', () => {
    expect(byCue(analyse('Those who met her say the mayor was calm.'), 'say')).toMatchObject({ text: 'the mayor was calm', sourceSpan: { text: 'Those who met her' } });
  });
});

describe('an adjective "alleged" before a noun is no cue', () => {
  it('after a quantifier read as a name', () => {
    expect(cues('Several alleged Tarnow potters quit.')).toEqual([]);
    expect(cues('Several alleged gang members quit.')).toEqual([]);
  });

  it('negative: the verb after a quantifier subject stays a cue', () => {
    expect(byCue(analyse('Several alleged the board lied.'), 'alleged').text).toBe('the board lied');
  });
});

describe('contact relatives whose gap is the subject of the reported clause', () => {
  it('the antecedent and the modal are part of the content', () => {
    const hope = byCue(analyse('It is a toll several drivers hope will fall.'), 'hope');
    expect(hope.sourceSpan?.text).toBe('several drivers');
    expect(hope.text).toContain('a toll');
    expect(hope.text).toContain('will fall');
    expect(byCue(analyse('It is a fee few traders expect will last.'), 'expect').text).toContain('will last');
  });

  it('the subject is the phrase after the antecedent', () => {
    expect(byCue(analyse('The levy my neighbours fear will pass.'), 'fear').sourceSpan?.text).toBe('my neighbours');
    expect(byCue(analyse('It is a plan Ruiz says will fail.'), 'says').sourceSpan?.text).toBe('Ruiz');
  });

  it('in the subject of the sentence the content ends before the main verb', () => {
    expect(byCue(analyse('The plan Ruiz says will fail was passed.'), 'says').text).not.toContain('passed');
  });

  it('negative: with no second verb, the auxiliary is the main verb and the cue keeps its object', () => {
    expect(byCue(analyse('The only regret Vale admitted was a late start.'), 'admitted').text).toBe('a late start');
  });
});
