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
    expect(cues('It was known as early as May that the pier would close.')).not.toContain('was known as');
    expect(cues('Dara has known him as a friend for years.')).toEqual([]);
  });
});
