import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Relations whose content ran on over a second relation (issue 10, sixth round): where an inner
// cue with a subject or a speech act of its own starts, the outer content stops and the inner
// relation stands alone. Every sentence is written for these tests; names are invented.

const withCue = (text: string, cue: string) => analyse(text).attributions.filter((x) => x.cue === cue);

describe('coordinated verb phrases with a cue of their own', () => {
  it('the same speech verb again after "and" is a second relation, not part of the first content', () => {
    const said = withCue('Vale said the council went back to its old plan and said the ferry was always a priority.', 'said');
    expect(said.map((x) => x.text)).toEqual(['the council went back to its old plan', 'the ferry was always a priority']);
    expect(said.every((x) => x.speaker === 'Vale')).toBe(true);
  });

  it('a second verb inside the reported clause stays there', () => {
    const a = analyse('Ruiz said voters were tired and wanted a new vote.');
    expect(a.attributions).toHaveLength(1);
    expect(byCue(a, 'said').text).toBe('voters were tired and wanted a new vote');
  });
});

describe('a participle after ", while" goes with the main speaker', () => {
  it('ends the reported clause and makes a relation of its own', () => {
    const a = analyse('Most aides said they would back Ruiz, while stressing it was not an endorsement.');
    expect(byCue(a, 'said').text).toBe('they would back Ruiz');
    expect(byCue(a, 'stressing').text).toBe('it was not an endorsement');
  });

  it('"while" with no comma stays inside the reported clause', () => {
    const a = analyse('Ruiz said she was reading the report while waiting for the train.');
    expect(a.attributions).toHaveLength(1);
  });
});

describe('subordinate clauses with a cue inside an object content', () => {
  it('"because he favors …" ends the object and carries its own relations', () => {
    const a = analyse('The union distrusts him because he favors tolls and opposes a higher wage.');
    expect(byCue(a, 'distrusts').text).toBe('him');
    expect(byCue(a, 'favors')).toMatchObject({ text: 'tolls' });
    expect(byCue(a, 'opposes')).toMatchObject({ text: 'a higher wage' });
  });

  it('"after X criticized …" ends the object', () => {
    const text = 'Berg praised the ferry crews after the mayor criticized them.';
    const a = analyse(text);
    expect(byCue(a, 'praised').text).toBe('the ferry crews');
    const inner = byCue(a, 'criticized');
    expect(inner.text).toBe('them');
    expect(inner.sourceSpan && text.slice(inner.sourceSpan.start, inner.sourceSpan.end)).toBe('the mayor');
  });

  it('a reported clause keeps its own "because" clause', () => {
    const a = analyse('Ruiz said the plan failed because voters believed it was too costly.');
    expect(a.attributions).toHaveLength(1);
    expect(byCue(a, 'said').text).toBe('the plan failed because voters believed it was too costly');
  });

  it('"as" before a noun phrase is a preposition, not a new clause', () => {
    const a = analyse('Berg praised the levy as his main issue.');
    expect(byCue(a, 'praised').text).toBe('the levy as his main issue');
  });
});

describe('a second main clause after ", while"', () => {
  it('ends an object content', () => {
    const a = analyse('Officers criticized the chief, while the recruits stayed home.');
    expect(byCue(a, 'criticized').text).toBe('the chief');
  });
});

describe('a cue in the relative clause of a speaker named after the cue', () => {
  it('describes the speaker: no relation of its own', () => {
    const a = analyse('“It will not be easy,” said Ann Vale, a former mayor who supports Ruiz.');
    expect(a.attributions.map((x) => x.cue)).toEqual(['said']);
  });

  it('what that speaker said there is still reported', () => {
    const said = withCue('“We will win,” said Tom Berg, a former aide who said he planned to march.', 'said');
    expect(said.map((x) => x.text)).toContain('he planned to march');
  });
});
