import { describe, expect, it } from 'vitest';
import { attributionRows as rows } from '../helpers.js';

// False hits, round 42: a judgement, intention or view whose cue stands inside a quotation's extent
// (in the tag between its pieces) describes the speaker or the scene; no relation of its own.
// Every sentence is written for these tests.

describe('a non-saying cue between the pieces of a quotation is no relation of its own', () => {
  it('a relative clause or appositive describing the speaker in the tag', () => {
    const t1 = '"These ferries carry our children to school," said Sen. Ana Vale (D-Tarn), who sponsored the act. "This threat to the island is unjust."';
    expect(rows(t1)).toEqual([['Sen. Ana Vale', 'said', 'These ferries carry our children to school," said Sen. Ana Vale (D-Tarn), who sponsored the act. "This threat to the island is unjust.']]);
    const t2 = '"We should scrap the toll entirely," said Sen. Ana Vale of Tarn County, the only senator to endorse Ruiz. "Many growers feel the same way."';
    expect(rows(t2).map((r) => r[1])).toEqual(['said']);
    const t3 = '"The pier is safe," said Tom Berg, 62, who has not decided which candidate he will back. "I saw it myself."';
    expect(rows(t3).map((r) => r[1])).toEqual(['said']);
  });

  it('a participle or "when" clause in the tag that sets the scene', () => {
    const t1 = '"The tide turned early," Ruiz said, scanning the pier for clerks who had pushed for the levy. "Nobody saw it coming."';
    expect(rows(t1)).toEqual([['Ruiz', 'said', 'The tide turned early," Ruiz said, scanning the pier for clerks who had pushed for the levy. "Nobody saw it coming.']]);
    expect(rows('"Tarn County needs a steady hand," Vale said when endorsing Ruiz on the quay. "She has one."').map((r) => r[1])).toEqual(['said']);
    expect(rows('"Maybe it is the weather," he wondered aloud, comparing himself with Ruiz. "Or maybe not."').map((r) => r[1])).toEqual(['wondered aloud']);
  });

  it('keeps a report of words in the tag, and judgements outside the quotation', () => {
    // a saying cue in the tag is a report of its own
    const said = rows('"The pier is unsafe," said Ana Vale, who said last week that the council ignored the clerks. "We warned them."');
    expect(said).toContainEqual(['who', 'said', 'the council ignored the clerks']);
    // after the last piece, or in a sentence of its own, a judgement keeps its relation
    expect(rows('Vale said the harbour "cannot wait" while Ruiz opposes the levy.')).toContainEqual(['Ruiz', 'opposes', 'the levy']);
    expect(rows('"We warned them," Vale said. Ruiz still backs the levy.')).toEqual([
      ['Vale', 'said', 'We warned them,'],
      ['Ruiz', 'still backs', 'the levy'],
    ]);
    // a paraphrase is no quotation's extent
    expect(rows('Ruiz said the pier was unsafe, though Berg supports the levy.')).toContainEqual(['Berg', 'supports', 'the levy']);
  });
});
