import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// direct37: an inverted tag whose speaker is described with a place written "town, state" ("says Berg, a
// pilot in Alden, Maine.") keeps the state in the description. The state after the comma used to end the
// description early, and the report then ran over its own tag to the end of the sentence (starting inside a
// quotation that has sentences of its own). Every sentence is written for these tests; names and places are
// invented.

const LEAD = 'The ferry fares rose in May. ';
const relationsOf = (text: string) =>
  analyse(text).attributions.map((a) => ({ cue: a.cue, source: a.sourceSpan?.text ?? null, text: a.text, start: a.start, end: a.end }));

describe('an inverted tag with a "town, state" description', () => {
  it('a partial quotation run on before the tag: the report is the quoted words and their rest, not the tag', () => {
    const text = `${LEAD}“Ferries are late. Pilots have no choice” but to wait for the tide, says Ada Berg, a pilot in Alden, Maine.`;
    const says = relationsOf(text).filter((r) => r.cue === 'says');
    expect(says.map(({ source, text: t }) => ({ source, text: t }))).toEqual([{ source: 'Ada Berg', text: '“Ferries are late. Pilots have no choice” but to wait for the tide' }]);
    expect(text.slice(says[0]!.start, says[0]!.end)).toBe(says[0]!.text);
  });

  it('an abbreviated state ending the sentence ("Alden, Va.", "Fresno, Calif.")', () => {
    const rels = relationsOf(`${LEAD}The pier will not open before June, says Tom Ruiz, a clerk in Alden, Va.`);
    expect(rels.find((r) => r.cue === 'says')).toMatchObject({ source: 'Tom Ruiz', text: 'The pier will not open before June' });
    const rels2 = relationsOf(`${LEAD}Nobody rides the late boat anymore, said Ana Vale, a student from Fresno, Calif. The council met on Monday.`);
    expect(rels2.find((r) => r.cue === 'said')).toMatchObject({ source: 'Ana Vale', text: 'Nobody rides the late boat anymore' });
  });

  it('the state set off by a second comma before a relative clause', () => {
    const rels = relationsOf(`${LEAD}The tolls are too high, said Ana Vale, a grower in Alden, Maine, who sells pears at the pier.`);
    expect(rels.find((r) => r.cue === 'said')).toMatchObject({ source: 'Ana Vale', text: 'The tolls are too high' });
  });
});

describe('not a town and state', () => {
  it('a description with no place after a comma keeps its extent ("a pilot in Alden.")', () => {
    const rels = relationsOf(`${LEAD}The tolls are too high, said Ana Vale, a pilot in Alden.`);
    expect(rels.find((r) => r.cue === 'said')).toMatchObject({ source: 'Ana Vale', text: 'The tolls are too high' });
  });

  it('a new quotation after the tag still goes on with the report (the quotation continues)', () => {
    const rels = relationsOf(`${LEAD}“The tolls are too high,” said Ana Vale, a pilot in Alden, Maine. “We cannot wait for June.”`);
    expect(rels.find((r) => r.cue === 'said')?.text).toBe('The tolls are too high,” said Ana Vale, a pilot in Alden, Maine. “We cannot wait for June.');
  });

  it('a lower-case word after the comma is not a state: the description ends at the comma', () => {
    const rels = relationsOf(`${LEAD}Ana Vale, a pilot in Alden, said the tolls are too high.`);
    expect(rels.find((r) => r.cue === 'said')).toMatchObject({ source: 'Ana Vale', text: 'the tolls are too high' });
  });
});
