import { describe, expect, it } from 'vitest';
import { attributionRows } from '../helpers.js';

// cue43: the cue shown for a reporting noun carries its article and adjectives ("the claim", "a
// angry outcry over"), as news annotators mark them; a possessive, a demonstrative, a
// quantifier or a capitalised adjective stays out. Sentences written for this test;
// names and places are invented.

// (cue first: the rows of attributionRows, which checks the offsets, reordered)
const rows = (text: string) => attributionRows(text).map(([source, cue, content]) => [cue, source, content]);

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

  it('not: a demonstrative stays out of the cue', () => {
    expect(rows('This claim that the pier was unsafe proved false.')).toEqual([['claim', null, 'the pier was unsafe']]);
  });

  it('not: verbs keep their own shape', () => {
    expect(rows('The growers said the levy was unfair.')).toEqual([['said', 'The growers', 'the levy was unfair']]);
  });
});

describe('a reporting noun shows its adjectives in the cue', () => {
  it('"The repeated claim", "contested proposal", "The most startling claim is", "an angry outcry over", "new worries"', () => {
    expect(rows('The repeated claim that the pier was unsafe proved false.')).toEqual([['The repeated claim', null, 'the pier was unsafe']]);
    expect(rows("Vale's contested proposal to close the pier angered Ruiz.")).toEqual([['contested proposal', 'Vale', 'to close the pier']]);
    expect(rows('The most startling claim is that the pier was sold.')).toEqual([['The most startling claim is', null, 'the pier was sold']]);
    expect(rows('The growers faced an angry outcry over the levy.')).toEqual([['an angry outcry over', null, 'the levy']]);
    expect(rows('The delays fueled new worries that the port would close.')).toEqual([['new worries', null, 'the port would close']]);
  });

  it('a list of adjectives is shown whole', () => {
    expect(rows('There was a vague, misleading claim that the pier was sold.')).toEqual([['a vague, misleading claim', null, 'the pier was sold']]);
  });

  it('not: a quantifier, a rank or a capitalised adjective, which count or name the holders', () => {
    expect(rows('The board got more questions about the levy.')).toEqual([['questions about', null, 'the levy']]);
    expect(rows('The first warning that the tide would rise came on Monday.')).toEqual([['warning', null, 'the tide would rise']]);
    expect(rows('On Monday, Democratic criticism of the tolls grew louder.').map((r) => r[0])).toEqual(['criticism of']);
  });
});

describe('an adverb in -ly closing a reporting verb\'s clause is shown with the cue', () => {
  it('"said sarcastically.", "noted repeatedly that", "added warily:"', () => {
    expect(rows('“We will miss you,” Vale said sarcastically.')).toEqual([['said sarcastically', 'Vale', 'We will miss you,']]);
    expect(rows('Ruiz noted repeatedly that the pier was unsafe.')).toEqual([['noted repeatedly', 'Ruiz', 'the pier was unsafe']]);
    expect(rows('Berg added warily: “The tide is rising.”')).toEqual([['added warily:', 'Berg', 'The tide is rising.']]);
  });

  it('not: an adverb before a phrase it belongs to, or one set off by commas', () => {
    expect(rows('Vale said recently in Tarn County that the pier was unsafe.')).toEqual([['said', 'Vale', 'the pier was unsafe']]);
    expect(rows('Ruiz argued, briefly, that the levy was fair.')).toEqual([['argued', 'Ruiz', 'the levy was fair']]);
  });

  it('not: an adverb before a clause with no "that", which may be the clause\'s own', () => {
    const [row] = rows('Vale said quietly the pier would close.');
    expect(row![0]).toBe('said');
  });
});
