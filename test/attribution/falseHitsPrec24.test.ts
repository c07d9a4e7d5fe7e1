import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Precision, twenty-fourth attribution round (issue 10, prec2): idioms and set phrases read as
// reporting cues where English reports nothing. Every sentence is written for these tests;
// names and places are invented.

const cues = (text: string) => analyse(text).attributions.map((x) => x.cue.toLowerCase());

describe('"on account of" gives a cause, not an account', () => {
  it('reports nothing', () => {
    expect(analyse('The ferries stopped on account of their old engines.').attributions).toEqual([]);
  });

  it('still: an account someone gives, or accounts of an event', () => {
    expect(byCue(analyse('Vale gave a vivid account of the storm on the pier.'), 'gave a vivid account of').text).toBe('the storm on the pier');
    expect(cues('Accounts of the storm differ.')).toContain('accounts of');
  });
});

describe('"of late" says when, it is no complement of a reporting noun', () => {
  it('reports nothing', () => {
    expect(analyse('The levy and the tram fare controversies of late have hurt Vale.').attributions).toEqual([]);
  });

  it('still: "late" before the noun it modifies', () => {
    expect(analyse('Complaints of late deliveries have grown.').attributions.map((x) => x.text)).toContain('late deliveries');
  });
});

describe('an attitude whose "of" phrase names its holders, also with an adverb on their modifier', () => {
  it('reports nothing', () => {
    expect(analyse('Ruiz drew on the anger of newly arrived tenants over the levy.').attributions).toEqual([]);
  });

  it('still: an "of" phrase that names no people is what the anger is about', () => {
    expect(byCue(analyse('Ruiz drew on the anger of recently raised tram fares.'), 'the anger of').text).toBe('recently raised tram fares');
  });
});

describe('a wire credit line is no writing relation', () => {
  it('reports nothing', () => {
    expect(analyse('Berg rode the tram. (Reporting by Dara Okafor; Writing by Lena Vale; Editing by Tom Ruiz)').attributions).toEqual([]);
  });

  it('still: a writer named as the subject of the -ing word', () => {
    const a = analyse('Vale, writing by the harbour, said the pier was safe.');
    expect(byCue(a, 'said').speaker).toBe('Vale');
    expect(cues('Vale, writing by the harbour, said the pier was safe.')).toContain('writing');
  });
});

describe('"seed" is no past form of "see"', () => {
  it('reports nothing', () => {
    expect(analyse('The orchard by the tram depot has gone to seed since June.').attributions).toEqual([]);
  });

  it('still: the past participle of "see" with a clause', () => {
    expect(byCue(analyse('Vale had seen that the pier was unsafe.'), 'had seen').text).toBe('the pier was unsafe');
  });
});

describe('a cue word that opens a name is a first name', () => {
  it('a name that is the subject, first in its sentence', () => {
    const a = analyse('Hope Berg warned the council that the tram fare would rise.');
    expect(a.attributions.map((x) => x.cue)).toEqual(['warned']);
    expect(byCue(a, 'warned').sourceSpan?.text).toBe('Hope Berg');
  });

  it('a run of capitalised words inside running prose', () => {
    expect(analyse('There are a few options, such as Echoing Hope Ranch in Tarnby.').attributions).toEqual([]);
  });

  it('still: imperatives with their object, a viewpoint opener, and headlines', () => {
    expect(cues('To Okafor, the new tram fare was a betrayal of the island.')).toContain('to');
    expect(cues('Tell Ruiz that the pier is closed.')).toContain('tell ruiz');
    expect(cues('Vale Says Ruiz Will Win')).toContain('says');
    expect(cues('Says Vale would win the vote.')).toContain('says');
    expect(cues('Fury after Report Reveals Ruiz Tolls')).toContain('reveals');
  });
});
