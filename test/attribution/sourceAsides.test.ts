import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Sources across asides set off by dashes or parentheses (issue 10, "source right", eleventh round).
// Every sentence is written for these tests; names, places and bodies are invented.

describe('a description set off by dashes after the subject', () => {
  it('the name before the first dash is the source, the description its appositive', () => {
    for (const dash of ['—', '--', '-', '–']) {
      const text = `Ruiz ${dash} a longtime ally of the mayor ${dash} said the bridge would stay shut.`;
      const a = analyse(text);
      expect(byCue(a, 'said'), text).toMatchObject({ sourceSpan: { text: 'Ruiz' }, speaker: 'Ruiz', text: 'the bridge would stay shut' });
    }
  });

  it('a subject the noun-phrase reader stops inside keeps its whole phrase', () => {
    const a = analyse('Dozens of interviews with county clerks — people who know the ballots well — revealed that turnout fell.');
    expect(byCue(a, 'revealed').sourceSpan?.text).toBe('Dozens of interviews with county clerks');
  });

  it('a dash that closes no pair is left alone', () => {
    const a = analyse('Okafor said the plan is dead — and vowed to fight on.');
    expect(byCue(a, 'said').sourceSpan?.text).toBe('Okafor');
    expect(byCue(a, 'vowed').sourceSpan?.text).toBe('Okafor');
  });
});

describe('a second verb after an aside', () => {
  it('a speech tag inside dashes does not lend its pronoun to the verb after the aside', () => {
    const a = analyse("Berg has also attacked plans to move the mill - ''I will never shop there again,'' he said - and vowed to tax its imports.");
    expect(byCue(a, 'vowed')).toMatchObject({ sourceSpan: { text: 'Berg' }, speaker: 'Berg' });
  });

  it('read over the aside, the verb that reports a that-clause is the one coordinated', () => {
    const a = analyse('Vale suggested that the recipe was untested - “We need a tasting,” she said - and charged that the kitchen had cut corners.');
    expect(byCue(a, 'charged')).toMatchObject({ sourceSpan: { text: 'Vale' }, text: 'the kitchen had cut corners' });
  });

  it('a parenthetical clause with its own subject is stepped over', () => {
    const a = analyse('The row began when Varga in her first interview called the traders “crooks” (though she conceded that a few might be honest) and vowed to close the market.');
    expect(byCue(a, 'vowed')).toMatchObject({ sourceSpan: { text: 'Varga' }, text: 'to close the market' });
    const b = analyse('Okafor backed the levy (which he had long opposed), saying it would pay for the school.');
    expect(byCue(b, 'saying')).toMatchObject({ sourceSpan: { text: 'Okafor' }, text: 'it would pay for the school' });
  });
});

describe('adverbial pieces before the subject', () => {
  it('a preposition the tagger may read as an adjective opens an adverbial, not the subject', () => {
    const a = analyse('Outside the hall, a growing crowd of farmers, most of them from Tarn, said the levy would ruin them.');
    expect(byCue(a, 'said')).toMatchObject({ sourceSpan: { text: 'a growing crowd of farmers' }, text: 'the levy would ruin them' });
    const b = analyse('Outside the council, an increasing number of clerks, while still loyal to Ruiz, are warning against the levy.');
    expect(b.attributions.find((x) => x.cue.includes('warning'))?.sourceSpan?.text).toBe('an increasing number of clerks');
  });

  it('a town and its region after "in" close the adverbial even when the phrase before them reads on', () => {
    const a = analyse('At a forum that month in Tarn, Vale County, the former chief executive said the mill would reopen.');
    expect(byCue(a, 'said')).toMatchObject({ sourceSpan: { text: 'the former chief executive' }, text: 'the mill would reopen' });
  });
});

describe('quantified subjects', () => {
  it('a partitive phrase after an adverbial is the subject ("most of them")', () => {
    const a = analyse('After the strike, most of them said they had enjoyed working on the ferries.');
    expect(byCue(a, 'said')).toMatchObject({ sourceSpan: { text: 'most of them' }, text: 'they had enjoyed working on the ferries' });
  });

  it('a quantified relative pronoun stands for the phrase before its comma', () => {
    const a = analyse('But, so far, only two councillors, both of whom opposed the levy, are backing the measure.');
    const opposed = byCue(a, 'opposed');
    expect(opposed).toMatchObject({ sourceSpan: { text: 'both of whom' }, text: 'the levy' });
    expect(opposed.speaker ?? opposed.sourceId).toMatch(/councillors/);
    const b = analyse('The clerks, most of whom say the levy is unfair, will vote today.');
    expect(byCue(b, 'say')).toMatchObject({ sourceSpan: { text: 'most of whom' }, text: 'the levy is unfair' });
  });
});
