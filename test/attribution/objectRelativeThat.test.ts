import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// fixV (review #3): an object relative «that» with a subject of its own («Berg, the pilot that Ruiz hired») is part of
// the noun phrase it describes: its subject is no source of the main cue and the relative no reported clause. Every
// sentence is written for these tests; names and places are invented.

const LEAD = 'The ferry ran late on Sunday. ';
const relationsOf = (text: string) =>
  analyse(`${LEAD}${text}`).attributions.map((a) => ({ cue: a.cue, source: a.sourceSpan?.text ?? null, content: a.contentSpans.map((s) => s.text).join(' | ') }));

describe('an object relative "that" on an appositive after the object', () => {
  it('"She praised Berg, the pilot that Ruiz hired, for his calm.": the object runs over the relative', () => {
    expect(relationsOf('She praised Berg, the pilot that Ruiz hired, for his calm.')).toEqual([{ cue: 'praised', source: 'She', content: 'Berg, the pilot that Ruiz hired, for his calm' }]);
    expect(relationsOf('Vale thanked Berg, the pilot that Ruiz hired.')).toEqual([{ cue: 'thanked', source: 'Vale', content: 'Berg, the pilot that Ruiz hired' }]);
  });

  it('with a pronoun subject and a phrase after the gap: "a tax that she opposed in May"', () => {
    expect(relationsOf('Vale criticized the levy, a tax that she opposed in May, as unfair.')).toEqual([{ cue: 'criticized', source: 'Vale', content: 'the levy, a tax that she opposed in May, as unfair' }]);
  });

  it('ends the object before a second verb of the subject: "…, the pilot that Ruiz hired, and said …"', () => {
    expect(relationsOf('She praised Berg, the pilot that Ruiz hired, and said the flight was safe.')).toEqual([
      { cue: 'praised', source: 'She', content: 'Berg, the pilot that Ruiz hired' },
      { cue: 'said', source: 'She', content: 'the flight was safe' },
    ]);
  });

  it('a reported clause still follows the addressee or a phrase: "told Berg, the pilot that Ruiz hired, that …", "said in an interview that …"', () => {
    expect(relationsOf('Vale told Berg, the pilot that Ruiz hired, that the flight was safe.')).toEqual([{ cue: 'told Berg', source: 'Vale', content: 'the flight was safe' }]);
    expect(relationsOf('Vale said in an interview that the flight was safe.')).toEqual([{ cue: 'said in an interview', source: 'Vale', content: 'the flight was safe' }]);
  });

  it('not a noun\'s clause or a bridge verb with a clause after it: those appositives still end the object', () => {
    // ("the admission that he was wrong": a cue noun's clause; "a scheme that Ruiz says will fail": Ruiz's own report)
    const admission = relationsOf('Vale mocked the plan, the admission that he was wrong, and the fare.');
    expect(admission.find((r) => r.cue === 'mocked')?.content).toBe('the plan');
    expect(admission.some((r) => r.cue === 'the admission')).toBe(true);
    const scheme = relationsOf('Vale mocked the plan, a scheme that Ruiz says will fail.');
    expect(scheme.find((r) => r.cue === 'mocked')?.content).toBe('the plan');
    expect(scheme.find((r) => r.cue === 'says')?.source).toBe('Ruiz');
  });
});

describe('an object relative "that" with a pronoun subject on the source', () => {
  it('"The pilot that she hired said …": the head is the source, not the pronoun or nothing', () => {
    expect(relationsOf('The pilot that she hired said the flight was safe.')).toEqual([{ cue: 'said', source: 'The pilot', content: 'the flight was safe' }]);
    expect(relationsOf('The growers that they met on the pier said the levy was unfair.')).toEqual([{ cue: 'said', source: 'The growers', content: 'the levy was unfair' }]);
  });

  it('a noun that takes a clause keeps it as its content: "The fear that she lied worried the board."', () => {
    const rels = relationsOf('The fear that she lied worried the board.');
    expect(rels.find((r) => r.cue === 'The fear')?.content).toBe('she lied');
    expect(rels.some((r) => r.source === 'The fear')).toBe(false);
  });
});
