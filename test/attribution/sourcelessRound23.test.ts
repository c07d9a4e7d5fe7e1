import { describe, expect, it } from 'vitest';
import { analyseChecked, sourcelessByCue } from '../helpers.js';

// Cues with no holder (issue 10, twenty-third round). Every sentence is written for these tests;
// names, places and things are invented.

const cues = (text: string) => analyseChecked(text).attributions.map((x) => x.cue);

describe('a finite passive "is known as" / "was billed as": a reputation held by no one named', () => {
  it('is a naming relation with the subject and the name as its content', () => {
    const x = sourcelessByCue('The wharf was known as “the Poorhouse of the Coast,” with trade based on eels.', 'was known as');
    expect(x).toMatchObject({ cueClass: 'naming', text: 'The wharf was known as “the Poorhouse of the Coast,”' });
    expect(sourcelessByCue('However, Okafor is better known as a fan of the Harbour Rovers.', 'is better known as').text).toBe('Okafor is better known as a fan of the Harbour Rovers');
    expect(sourcelessByCue('The ferry strike was billed as a protest, but it closed the port.', 'was billed as').text).toBe('The ferry strike was billed as a protest');
  });

  it('takes the whole name: an article before a quotation, a capitalised name inside a longer noun phrase, a free relative', () => {
    expect(sourcelessByCue('The old shed was known as the “eel lab.”', 'was known as').text).toBe('The old shed was known as the “eel lab.”');
    expect(sourcelessByCue('The appeal hangs on what is known as the Okafor doctrine.', 'is known as').text).toBe('what is known as the Okafor doctrine');
  });

  it('not: the reduced name beside its noun, a comparison "as early as", an active "has known … as"', () => {
    expect(cues('The tram line, also known as the Blue Route, runs twice a day.')).toEqual([]);
    expect(cues('A tram line known as the Blue Route runs twice a day.')).toEqual([]);
    expect(cues('Ruiz was known as early as May.')).toEqual([]);
    expect(cues('The levy was known as well as the toll.')).toEqual([]);
    expect(cues('Dara has known him as a friend for years.')).toEqual([]);
  });
});

describe('a name in a quotation of doubled apostrophes', () => {
  it('opens and closes at the doubled marks, so the whole name is the content', () => {
    expect(sourcelessByCue("The old jetty was known as ''the Eel Pit,'' and trade was slow.", 'was known as').text).toBe("The old jetty was known as ''the Eel Pit,''");
    expect(sourcelessByCue("The shed is nicknamed ''the Rattler'' in town.", 'is nicknamed').text).toBe("The shed is nicknamed ''the Rattler''");
  });

  it('not: a plain title in doubled apostrophes that the sentence splitter cut at its "!" read as speech', () => {
    expect(cues("Okafor drew a strip collection called ''Huge!: Ten Years of Berg.'' It sold well.")).toEqual([]);
  });
});

describe('a reduced passive "known to be" / "known to have" after a noun: a reputation held by no one named', () => {
  it('is a belief with the noun phrase and the trait, ending before the main verb', () => {
    const x = sourcelessByCue('A grower known to be wary of the levy is the ubiquitous Dara Okafor.', 'known to');
    expect(x).toMatchObject({ cueClass: 'belief', text: 'A grower known to be wary of the levy' });
    expect(sourcelessByCue('Vale waved to crowds in the square, a district known to be fond of the tram.', 'known to').text).toBe('a district known to be fond of the tram');
    expect(sourcelessByCue('A grower known for his temper spoke first.', 'known for').text).toBe('A grower known for his temper');
  });

  it('not: the trait read as a cue with the noun as its source; a passive "were known to" stays one relation', () => {
    const a = analyseChecked('Vale waved to crowds in the square, a district known to be supportive of the tram.');
    expect(a.attributions.map((x) => x.cue)).toEqual(['known to']);
    expect(cues('Berg and his wife were known to use the cabin in summer.')).toEqual(['were known']);
    expect(cues('The mayor has known the grower for years.')).toEqual([]);
    // (after a preposition the reputation is no subject, so it runs on past a participle)
    expect(sourcelessByCue('She met resistance at the old firm, renowned for a cosy culture called “The Vale Way.”', 'renowned for').text).toMatch(/called “The Vale Way\.”$/);
  });
});
