import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// Source reading (issue 10, source29). Every sentence is written for these tests; names and places are invented.

const rows = (text: string) => analyse(text).attributions.map((x) => [x.cueSpan?.text, x.sourceSpan?.text ?? null, x.text]);
const sourceOf = (text: string, cue: string) => rows(text).find((r) => r[0] === cue)?.[1];

describe('a participle after a relative clause on an object with no relative word', () => {
  it('goes with the main clause, not with the relative clause\'s subject', () => {
    expect(sourceOf('Berg\'s warnings were similar to those Ruiz had sounded, trumpeting the levy as a threat.', 'trumpeting')).toBe('Berg\'s warnings');
    expect(sourceOf('Okafor spoke at the rally Vale had called, urging growers to vote.', 'urging')).toBe('Okafor');
  });

  it('not a fronted place or time phrase that opens its clause, whose subject speaks (review26 #3)', () => {
    expect(sourceOf('Ruiz waited outside while in the hall Vale spoke for an hour, urging growers to back the levy.', 'urging')).toBe('Vale');
    expect(sourceOf('Berg left early, and at the meeting Vale said little, adding that the levy stood.', 'adding')).toBe('Vale');
    expect(sourceOf('In the hall Vale spoke for an hour, urging growers to back the levy.', 'urging')).toBe('Vale');
  });

  it('the same after "those that"', () => {
    expect(sourceOf('Berg\'s warnings were similar to those that Ruiz had sounded, trumpeting the levy as a threat.', 'trumpeting')).toBe('Berg\'s warnings');
  });

  it('not a clause after a verb\'s object or after a time word, which has a subject of its own', () => {
    expect(sourceOf('Ruiz said the tram fare was too high, citing the levy.', 'citing')).toBe('Ruiz');
    expect(sourceOf('Okafor said at the harbour Vale had resigned, citing the levy.', 'citing')).toBe('Okafor');
    expect(sourceOf('Okafor argued in the morning Vale had erred, citing the audit.', 'citing')).toBe('Okafor');
  });
});

describe('a later "the company" or "it" with no body named before', () => {
  const kinds = (text: string) => analyse(text).sources.map((s) => [s.name, s.kind]);

  it('does not turn a full name that opens with a given name into a body', () => {
    expect(kinds('Dara Okafor said the levy was high. The company said the tram fare would rise.')).toEqual([['Dara Okafor', 'person'], ['company', 'organization']]);
    expect(kinds('Lena Vantor said the levy was high. It said the tram fare would rise.')[0]).toEqual(['Lena Vantor', 'person']);
  });

  it('still finds a body named by words that are no given name', () => {
    expect(kinds('Kestra Vantor said the levy was high. The company said the tram fare would rise.')).toEqual([['Kestra Vantor', 'organization']]);
    expect(kinds('Harbour Kestrel said the levy was high. It said the tram fare would rise.')).toEqual([['Harbour Kestrel', 'organization']]);
  });
});

describe('a relative clause whose verb the tagger read as a noun (review25 #15)', () => {
  it('keeps the head before "that" in what is expected', () => {
    expect(rows('The fare that riders pay is expected to rise.')).toEqual([['is expected', null, 'The fare that riders pay is expected to rise']]);
    expect(rows('The fares that they pay are expected to rise.')).toEqual([['are expected', null, 'The fares that they pay are expected to rise']]);
  });

  it('not a singular noun before the bare form, which makes a compound in a clause completing a noun', () => {
    expect(rows('The fear that rider pay is expected to fall grew.')[0]).toEqual(['The fear', null, 'rider pay is expected to fall']);
  });
});

describe('a collective noun with a possessor before a bare form, a particle, and a finite verb after its object', () => {
  it('is one noun phrase, no cue', () => {
    expect(rows("Vale's team focus on costs paid off.")).toEqual([]);
    expect(rows('Her crew focus on the harbour levy worked.')).toEqual([]);
  });

  it('not with no finite verb after the object, where the bare form is the plural verb of the collective noun', () => {
    expect(rows("Vale's team focus on costs every year.")).toEqual([['focus on', "Vale's team", 'costs every year']]);
  });

  it('not a participle with its agent after the object, a reduced relative on it (review26 #9)', () => {
    expect(rows("Vale's team focus on costs raised by growers.")).toEqual([['focus on', "Vale's team", 'costs raised by growers']]);
    expect(rows("Vale's team focus on costs raised the levy.")).toEqual([]);
  });
});

describe('a lone indefinite pronoun or quantifier subject after a conjunction that opens a clause', () => {
  it('is the source, over an adverb of degree', () => {
    expect(sourceOf('While almost everyone agrees the levy was a mistake, some growers fear the tram fare will rise.', 'agrees')).toBe('almost everyone');
    expect(sourceOf('The levy failed, and everyone agrees the tram fare was a mistake.', 'agrees')).toBe('everyone');
    // (the shared set of indefinites for people, with "everybody": review26 #6)
    expect(sourceOf('The levy failed, but nearly everybody says the tram fare is too high.', 'says')).toBe('nearly everybody');
    expect(sourceOf('While most agree the levy was a mistake, Vale disagrees.', 'agree')).toBe('most');
    expect(sourceOf('The levy failed; someone argued the tram fare was a mistake.', 'argued')).toBe('someone');
    expect(sourceOf('Almost everyone said the levy failed.', 'said')).toBe('Almost everyone');
  });

  it('not a thing ("everything"), which speaks for no one', () => {
    expect(sourceOf('The levy failed, and everything suggests the tram fare rose.', 'suggests')).toBeNull();
  });
});
