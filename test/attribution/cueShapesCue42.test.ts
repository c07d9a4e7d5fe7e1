import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// cue42: the cue shown for a passive with its agent carries its auxiliaries, as an active verb group
// does ("has argued"); news annotators mark the whole "was backed". Sentences written for this test;
// names and places are invented.

const rows = (text: string) =>
  analyse(text).attributions.map((x) => {
    expect(text.slice(x.cueSpan!.start, x.cueSpan!.end)).toBe(x.cueSpan!.text);
    return [x.cueSpan?.text ?? null, x.sourceSpan?.text ?? null, x.text];
  });

describe('a passive with its agent shows its auxiliaries in the cue', () => {
  it('"was backed by", "were fiercely opposed by", "has since been criticised by", "are not supported by"', () => {
    expect(rows('The levy was backed by the growers.')).toEqual([['was backed', 'the growers', 'The levy']]);
    expect(rows('The new fares were fiercely opposed by the crews.')).toEqual([['were fiercely opposed', 'the crews', 'The new fares']]);
    expect(rows('The levy has since been criticised by the council.')).toEqual([['has since been criticised', 'the council', 'The levy']]);
    expect(rows('The tolls are not supported by the Tarn County growers.')).toEqual([['are not supported', 'the Tarn County growers', 'The tolls']]);
  });

  it('a clause told after the agent keeps its content; the cue still starts at the auxiliary', () => {
    expect(rows('Vale was told by aides that the pier would close.')).toEqual([['was told', 'aides', 'the pier would close']]);
  });

  it('not: a reduced passive has no auxiliary to show, and the subject stays out of the cue', () => {
    expect(rows('The levy, backed by the growers, passed on Monday.')[0]).toEqual(['backed', 'the growers', 'The levy']);
    for (const [cue] of rows('Ana Vale was praised by the Harbour Times.')) expect(cue).toBe('was praised');
  });

  it('not: an active verb group keeps its own shape', () => {
    expect(rows('Berg has backed the levy.')).toEqual([['has backed', 'Berg', 'the levy']]);
    expect(rows('The growers backed the levy.')).toEqual([['backed', 'The growers', 'the levy']]);
  });
});

describe('a feeling put into words by "express" or "voice" joins the verb\'s cue', () => {
  it('"expressed concern that …", "voiced concerns about …", "has expressed deep frustration with …", "voiced sympathy for …"', () => {
    expect(rows('Vale expressed concern that the pier was unsafe.')).toEqual([['expressed concern', 'Vale', 'the pier was unsafe']]);
    expect(rows('Ruiz voiced concerns about the ferry tolls.')).toEqual([['voiced concerns about', 'Ruiz', 'the ferry tolls']]);
    expect(rows('Berg has expressed deep frustration with the Tarn County board.')).toEqual([['has expressed deep frustration with', 'Berg', 'the Tarn County board']]);
    expect(rows('The growers expressed confidence that the fares would fall.')).toEqual([['expressed confidence', 'The growers', 'the fares would fall']]);
    expect(rows('The crews voiced sympathy for the dockers.')).toEqual([['voiced sympathy for', 'The crews', 'the dockers']]);
  });

  it('not: with nothing named after the noun, the feeling stays the content', () => {
    expect(rows('Vale expressed concern.')).toEqual([['expressed', 'Vale', 'concern']]);
    expect(rows('Vale expressed concern on Monday.')).toEqual([['expressed', 'Vale', 'concern on Monday']]);
  });

  it('not: a possessive before the noun, or a feeling news marks apart from the verb ("doubts")', () => {
    expect(rows('Vale expressed doubts about the levy.')).toEqual([['expressed', 'Vale', 'doubts about the levy']]);
    expect(rows('Vale expressed her concern that the pier was unsafe.')[0]![0]).toBe('expressed');
  });
});

describe('"by" after a state of feeling names its cause and is shown with the cue', () => {
  it('"was delighted by", "were angered by", "is still upset by", "was not impressed by"', () => {
    expect(rows('Vale was delighted by the vote on the new pier.')).toEqual([['was delighted by', 'Vale', 'the vote on the new pier']]);
    expect(rows('The growers were angered by the deal with the port.')).toEqual([['were angered by', 'The growers', 'the deal with the port']]);
    expect(rows('Ruiz is still upset by the fares.')).toEqual([['is still upset by', 'Ruiz', 'the fares']]);
    expect(rows('Vale was not impressed by the plan.')).toEqual([['was not impressed by', 'Vale', 'the plan']]);
  });

  it('not: the agent of a passive is its source, and "by" stays out of the cue', () => {
    expect(rows('The levy was backed by the growers.')).toEqual([['was backed', 'the growers', 'The levy']]);
    expect(rows('Berg was praised by the Harbour Times.')).toEqual([['was praised', 'the Harbour Times', 'Berg']]);
  });
});
