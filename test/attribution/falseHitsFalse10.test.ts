import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// Twenty-first round (issue 10, precision): false hits of the false10 engineer. Every sentence is
// written for these tests; names and places are invented.

const cues = (text: string) => analyse(text).attributions.map((x) => x.cueSpan?.text);

describe('a document put out after its noun is no content ("a column published Tuesday")', () => {
  it('"published" after a noun with when it came out: no relation of that participle', () => {
    expect(cues('Okafor explained her plan in a column published Tuesday.')).not.toContain('published');
    expect(cues('The atlas includes the first survey map, published in 1911, as well as two sketches.')).not.toContain('published');
    expect(cues('In a profile of the mayor published last week, the Ledger traced her career.')).not.toContain('published');
  });

  it('still: a finding of the document, and a report made public with when ("a merger announced Monday would …")', () => {
    const study = analyse('A survey published in March found that most anglers favour the quota.').attributions;
    expect(study.map((x) => x.text)).toContain('most anglers favour the quota');
    expect(analyse('A canal merger announced Friday would shift the depot to Lund.').attributions[0]).toMatchObject({ cue: 'announced', sourceSpan: null });
  });
});

describe('the subject of a passive verb of asking is the one asked, never what was asked', () => {
  it('"Ruiz was asked by a host about the levy": the question follows the agent', () => {
    const r = analyse('Tarnow was asked by a radio host about the grain tariff.').attributions;
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ cue: 'was asked', text: 'about the grain tariff' });
    expect(r[0]!.sourceSpan?.text).toBe('a radio host');
    expect(analyse('Berg was urged by her aides to drop the appeal.').attributions[0]).toMatchObject({ text: 'to drop the appeal' });
  });

  it('no question given: no relation whose content is the person asked', () => {
    const contents = (text: string) => analyse(text).attributions.map((r) => r.text);
    expect(contents('Tarnow was asked by a radio host, and he laughed.')).not.toContain('Tarnow');
    expect(contents('Vale was quizzed by the panel.')).toEqual([]);
    expect(contents('Okafor was pressed by the harbour board.')).toEqual([]);
    expect(contents('She was advised by her accountant.')).toEqual([]);
    expect(contents('The harbour master, Ana Berg, was urged by the crew.')).not.toContain('Ana Berg');
  });

  it('"pressed by … on …", "advised by … on …": "on" opens what was asked', () => {
    const r = analyse('Vale was pressed by reporters on the ferry timetable.').attributions;
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ text: 'on the ferry timetable' });
    expect(r[0]!.sourceSpan?.text).toBe('reporters');
  });

  it('still: what a passive verb of judging targets is its subject ("The plan was criticized by Vale")', () => {
    expect(analyse('The bridge toll was criticized by Okafor.').attributions[0]).toMatchObject({ text: 'The bridge toll' });
    expect(analyse('Berg was asked by Vale whether the quarry would reopen.').attributions[0]).toMatchObject({ text: 'whether the quarry would reopen' });
  });
});

describe('a passive verb of urging with nothing after its agent keeps its subject as what was urged', () => {
  it('"Restraint was urged by the mayor": the subject is the content', () => {
    expect(analyse('Restraint was urged by the mayor.').attributions[0]).toMatchObject({ text: 'Restraint' });
  });
});

describe('an inverted speaker described by an adjective and its phrase ("said an official close to the talks")', () => {
  it('the adjective phrase belongs to the source; what was said stands before the verb', () => {
    const r = analyse('The ferry will stop in May, said an official close to the talks.').attributions;
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ text: 'The ferry will stop in May' });
    expect(r[0]!.sourceSpan?.text).toBe('an official close to the talks');
    expect(analyse('The pier is unsafe, said a lawyer familiar with the case.').attributions[0]!.sourceSpan?.text).toBe('a lawyer familiar with the case');
  });

  it('still: a speaker with no adjective ends at its noun ("said the mayor on Monday")', () => {
    const r = analyse('The ferry will stop in May, said the mayor on Monday.').attributions[0]!;
    expect(r.sourceSpan?.text).toBe('the mayor');
    expect(r.text).toBe('The ferry will stop in May');
  });
});

describe('"won the endorsement of the union": after a verb of winning, the "of" phrase gives the backing', () => {
  it('the "of" phrase is the source and the subject what is backed, as with "from"', () => {
    const r = analyse('Okafor won the endorsement of the union.').attributions;
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ text: 'Okafor' });
    expect(r[0]!.sourceSpan?.text).toBe('the union');
    expect(analyse('Okafor earned the backing of two councillors.').attributions[0]!.sourceSpan?.text).toBe('two councillors');
  });

  it('after "has" too the "of" phrase gives the backing ("has the backing of two of the councillors", leads74)', () => {
    const r = analyse('Okafor has the backing of two of the city\u2019s councillors.').attributions;
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ text: 'Okafor' });
    expect(r[0]!.sourceSpan?.text).toBe('two of the city\u2019s councillors');
  });

  it('still: an endorsement with its possessor takes what it backs ("the union\u2019s endorsement of Okafor")', () => {
    const r = analyse('The union\u2019s endorsement of Okafor came late.').attributions[0]!;
    expect(r.text).toBe('Okafor');
    expect(r.sourceSpan?.text).toBe('The union');
  });
});
