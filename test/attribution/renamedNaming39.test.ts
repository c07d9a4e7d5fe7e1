import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, sourcelessByCue } from '../helpers.js';

// A name a thing goes by after a renaming, "the inn, now known as the Tarn Lodge" (issue 10, round 35):
// what people at large have come to call it, a naming with no source, where a plain appositive name
// ("also known as") or a former one ("once known as") stays no attribution.
// Every sentence is written for these tests; names and places are invented.

const cuesOf = (text: string) => analyse(text).attributions.map((a) => a.cue);

describe('"now known as", "now called": a renamed thing is a naming with no source', () => {
  it('"The ferry line, now known as the Blue Line, …": the thing and its new name', () => {
    const text = 'The ferry line, now known as the Blue Line, carries 400 riders a day.';
    const x = sourcelessByCue(text, 'now known as');
    expect(x.text).toBe('The ferry line, now known as the Blue Line');
    expect(x.cueClass).toBe('naming');
  });

  it('"the inn, now called the Tarn County Lodge": a set-off "called" after "now"', () => {
    const text = 'On Monday, the inn, now called the Tarn County Lodge, opened its doors to the council.';
    const x = sourcelessByCue(text, 'now called');
    expect(x.text).toMatch(/the inn, now called the Tarn County Lodge$/);
  });

  it('set off by dashes: "the Harbour Inn -- now known as the Tarn County Lodge --"', () => {
    // (before a passive with nothing after it, "-- was not disclosed", the passive's content takes the
    // whole subject with the aside, and the two near-identical contents keep one relation: see setOffDashSubject40)
    const text = 'The price of the Harbour Inn -- now known as the Tarn County Lodge -- rose in May.';
    const x = sourcelessByCue(text, 'now known as');
    expect(x.text.endsWith('the Tarn County Lodge')).toBe(true);
  });

  it('with a spaced hyphen: "The Harbour Inn - now called the Tarn County Lodge - opened"', () => {
    const x = sourcelessByCue('The Harbour Inn - now called the Tarn County Lodge - opened in May.', 'now called');
    expect(x.text).toBe('The Harbour Inn - now called the Tarn County Lodge');
  });

  it('as the clause\'s predicate: "The old pier is now called the Long Walk"', () => {
    const x = sourcelessByCue('The old pier is now called the Long Walk.', 'is now called');
    expect(x.text).toMatch(/^The old pier .*the Long Walk$/);
  });
});

describe('no renaming: a former name, a plain appositive name, a summons', () => {
  it('"once known as", "then called": a former name is no attribution', () => {
    expect(cuesOf('The ferry line, once known as the Red Line, carries 400 riders a day.')).toEqual([]);
    expect(cuesOf('The ferry, then called the Gull, sank off Tarn Point in 1990.')).toEqual([]);
    expect(cuesOf('The price of the Harbour Inn -- once known as the Tarn Lodge -- rose.')).toEqual([]);
  });

  it('"also known as" stays a plain name', () => {
    expect(cuesOf('The group, also known as the Gulls, met on Monday.')).toEqual([]);
  });

  it('"is now named the Harbour Master": an appointment, not a name', () => {
    expect(cuesOf('Vale is now named the Harbour Master.')).toEqual([]);
  });

  it('"Vale, now called to the stand, …": "called" that summons names nothing', () => {
    expect(cuesOf('Vale, now called to the stand, spoke for an hour about the pier.')).toEqual([]);
  });

  it('a plain name set off by dashes, "-- also known as …--", names nothing new', () => {
    expect(cuesOf('The Harbour Inn -- also known as the Tarn Lodge -- opened in May.')).toEqual([]);
  });
});
