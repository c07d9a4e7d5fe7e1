import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// False hits (issue 10, Spearman round 27): a noun the tagger read as a reporting verb adds a
// relation where there is none. Every sentence is written for these tests; names and places are
// invented.

const cuesOf = (text: string) => analyse(text).attributions.map((a) => text.slice(a.cueSpan.start, a.cueSpan.end));

describe('a bare form after a singular noun, before the preposition of its phrase, is the noun phrase\'s head', () => {
  it('"Vale\'s harbour focus on ferry tolls": "focus" is a noun, no relation', () => {
    expect(cuesOf('Vale\'s harbour focus on ferry tolls cost her the orchard vote.')).toEqual([]);
  });

  it('also after a hyphenated modifier: "a street-level focus on tram fares"', () => {
    expect(cuesOf('Berg kept a street-level focus on tram fares all spring.')).not.toContain('focus on');
  });

  it('still a verb after a modal, a coordinated subject or a speaker noun', () => {
    expect(byCue(analyse('Vale will focus on his council seat.'), 'will focus on').text).toBe('his council seat');
    expect(byCue(analyse('Okafor and the orchard board focus on the levy.'), 'focus on').text).toBe('the levy');
    expect(byCue(analyse('The harbour board focus on the tram fare.'), 'focus on').text).toBe('the tram fare');
  });

  it('still a verb when its past is its bare form: "as a harbour aide put it"', () => {
    expect(byCue(analyse('As a harbour aide put it, the levy was a toll on hope.'), 'put it').text).toBe('the levy was a toll on hope');
  });
});

describe('"threaten" with a thing as its subject says something is likely: no one intends it', () => {
  it('"The levy threatens to knock two growers out of the market": no relation', () => {
    expect(cuesOf('The levy threatens to knock two growers out of the market.')).toEqual([]);
    expect(cuesOf('Heavy storms threaten the harbour.')).toEqual([]);
  });

  it('still an intention with a person, a body, a group or a document as its subject', () => {
    expect(byCue(analyse('Okafor threatened to sue the council.'), 'threatened').text).toBe('to sue the council');
    expect(byCue(analyse('The harbour board has threatened to close the pier.'), 'has threatened').text).toBe('to close the pier');
    expect(byCue(analyse('The orchard group threatened a boycott.'), 'threatened').text).toBe('a boycott');
    expect(byCue(analyse('Ruiz, who threatened to quit, stayed.'), 'threatened').text).toBe('to quit');
  });

  it('still an intention with a noun of a person by role or trade outside the lexicons (review25 #5)', () => {
    expect(byCue(analyse('The landlord threatened to evict the growers.'), 'threatened').text).toBe('to evict the growers');
    expect(byCue(analyse('The tram drivers threatened to strike.'), 'threatened').text).toBe('to strike');
  });
});
