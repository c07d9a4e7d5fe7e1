import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// direct38: three leftovers of a tag that interrupts or follows a quotation. (1) An -s reporting verb the
// tagger reads as a noun ("the handbook states") in a tag right after a quotation's closing mark is the tag's
// verb, so the tag's own reading applies (the quoted sentence's rest after the tag goes with it). (2) A
// speaker's description owned by a name ("said Vale, Ruiz's deputy") belongs to the tag, so the report stops
// before the tag. (3) "that" after the tag goes on with the quoted sentence only when a clause follows it.
// Every sentence is written for these tests; names and places are invented.

const LEAD = 'The ferry fares rose in May. ';
const relationsOf = (text: string) =>
  analyse(LEAD + text).attributions.map((a) => ({ cue: a.cue, source: a.sourceSpan?.text ?? null, text: a.text, start: a.start, end: a.end, mode: a.mode }));
const sliced = (text: string, r: { start: number; end: number; text: string }) => expect((LEAD + text).slice(r.start, r.end)).toBe(r.text);

describe('an -s verb read as a noun in a tag after a quotation', () => {
  it('the quoted sentence goes on after the tag ("“Family leave,” the handbook states, becomes …")', () => {
    const text = '“Family leave,” the handbook states, becomes available after a year of work.';
    const states = relationsOf(text).filter((r) => r.cue === 'states');
    expect(states).toHaveLength(1);
    expect(states[0]).toMatchObject({ source: 'the handbook', mode: 'mixed', text: 'Family leave,” the handbook states, becomes available after a year of work' });
    sliced(text, states[0]!);
  });

  it('with another -s verb and subject ("the memo notes, remains …")', () => {
    const text = '“The night ferry,” the memo notes, remains the only link to Tarn County.';
    const notes = relationsOf(text).find((r) => r.cue === 'notes');
    expect(notes).toMatchObject({ source: 'the memo', text: 'The night ferry,” the memo notes, remains the only link to Tarn County' });
  });

  it('a tag that closes its sentence keeps the quotation alone', () => {
    const rels = relationsOf('“The pier is safe,” the report states.');
    expect(rels.find((r) => r.cue === 'states')).toMatchObject({ source: 'the report', text: 'The pier is safe,', mode: 'direct' });
  });

  it('not a plural noun before the tag\'s own verb ("the harbour reports say", "the union officials say")', () => {
    const rels = relationsOf('“The pier is safe,” the harbour reports say.');
    expect(rels.filter((r) => r.cue === 'reports')).toEqual([]);
    expect(rels.find((r) => r.cue === 'say')).toMatchObject({ source: 'the harbour reports', text: 'The pier is safe,' });
    const rels2 = relationsOf('It was “a fair deal,” the union officials say.');
    expect(rels2.find((r) => r.cue === 'say')).toMatchObject({ source: 'the union officials', text: 'It was “a fair deal,”' });
  });
});

describe('a tag whose speaker is described by a name and its possessive', () => {
  it('a partial quotation run on before the tag stops before the tag', () => {
    const text = '“Ferries are late. Pilots have no choice” but to wait for the tide, says Ada Berg, Ruiz’s deputy.';
    const says = relationsOf(text).filter((r) => r.cue === 'says');
    expect(says.map(({ source, text: t }) => ({ source, text: t }))).toEqual([{ source: 'Ada Berg', text: '“Ferries are late. Pilots have no choice” but to wait for the tide' }]);
    sliced(text, says[0]!);
  });

  it('an indirect report with a place name owning the description ("Tarn County\'s clerk")', () => {
    const rels = relationsOf("Pilots have no choice but to wait, says Ada Berg, Tarn County's clerk.");
    expect(rels.find((r) => r.cue === 'says')).toMatchObject({ source: 'Ada Berg', text: 'Pilots have no choice but to wait' });
    const rels2 = relationsOf("The pier is safe, says Tom Vale, Ruiz's Harbour Times editor.");
    expect(rels2.find((r) => r.cue === 'says')).toMatchObject({ source: 'Tom Vale', text: 'The pier is safe' });
  });

  it('a name with no possessive after the comma is no description: the report is as before', () => {
    // (a capitalised phrase alone may be a second name; this rule leaves it alone)
    // (the relation itself stays, with its speaker; its content still runs over the trailing name, a known limitation:
    // assert only where it starts, so that losing the relation or its source fails here)
    const rels = relationsOf("The pier is safe, says Tom Vale, Ruiz's Harbour Times.");
    const says = rels.find((r) => r.cue === 'says');
    expect(says).toMatchObject({ source: 'Tom Vale' });
    expect(says!.text.startsWith('The pier is safe')).toBe(true);
  });
});

describe('"that" after a tag that interrupts a quoted sentence', () => {
  it('a clause after "that" is the quoted sentence\'s rest', () => {
    const text = '“It is our bad luck,” Vale said, that the pier fell in March.';
    const said = relationsOf(text).find((r) => r.cue === 'said');
    expect(said).toMatchObject({ source: 'Vale', mode: 'mixed', text: 'It is our bad luck,” Vale said, that the pier fell in March' });
    sliced(text, said!);
    expect(relationsOf('“It is a pity,” Ruiz said, that nobody came.').find((r) => r.cue === 'said')?.text).toBe('It is a pity,” Ruiz said, that nobody came');
  });

  it('the pronoun "that" or "that much" opens no rest', () => {
    expect(relationsOf('“It is our bad luck,” Vale said, that is all.').find((r) => r.cue === 'said')).toMatchObject({ text: 'It is our bad luck,', mode: 'direct' });
    expect(relationsOf('“The toll is fair,” Berg said, that much is clear.').find((r) => r.cue === 'said')).toMatchObject({ text: 'The toll is fair,', mode: 'direct' });
  });
});
