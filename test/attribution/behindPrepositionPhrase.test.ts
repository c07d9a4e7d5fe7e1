import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// Behind a preposition phrase the verb cue stepped over ("said after the vote …"), the content
// starts later, but the relation stays. Every sentence is written for these tests; names are invented.

const relations = (text: string) => analyse(text).attributions.map((x) => ({ cue: x.cueSpan?.text, content: x.text }));

describe('a reported clause behind the phrase whose subject has no determiner', () => {
  it('a bare plural or an adjective + noun after the phrase opens the content', () => {
    expect(relations('Ruiz said after the vote officials would resign.')).toEqual([{ cue: 'said', content: 'officials would resign' }]);
    expect(relations('Berg said in the report higher levies were likely.')).toEqual([{ cue: 'said', content: 'higher levies were likely' }]);
    expect(relations('Vale said during the meeting ferries would stop.')).toEqual([{ cue: 'said', content: 'ferries would stop' }]);
  });

  it('still: a phrase with no finite verb after it gives the cue no content', () => {
    for (const r of analyse('Okafor wrote in a note describing the repair.').attributions) expect(r.cueSpan?.text).not.toBe('wrote');
    expect(analyse('Vale wrote in a letter to the board.').attributions).toEqual([]);
  });
});

describe("the cue's own complement behind the phrase", () => {
  it('a preposition the verb takes: "complained in a letter about …", "warned in a speech against …"', () => {
    expect(relations('Berg complained in a letter about the levy.')).toEqual([{ cue: 'complained', content: 'about the levy' }]);
    expect(relations('Vale warned in a speech against new levies.')).toEqual([{ cue: 'warned', content: 'against new levies' }]);
  });

  it('an object opened by a determiner keeps its noun before "to": "announced after the vote a plan to …"', () => {
    expect(relations('Ruiz announced after the vote a plan to build a dam.')).toEqual([{ cue: 'announced', content: 'a plan to build a dam' }]);
  });

  it('still: "to" and a verb right after the phrase opens the content', () => {
    expect(relations('Tarnow vowed after the vote to close the depot.')).toEqual([{ cue: 'vowed', content: 'to close the depot' }]);
  });
});

describe('"that" after a particle or an adverbial "on" opens the reported clause', () => {
  it('"found out that …", "figured out that …", "later on that …": the content starts after "that"', () => {
    expect(relations('Vale found out that the dam leaked.')).toEqual([{ cue: 'found', content: 'the dam leaked' }]);
    expect(relations('Ruiz figured out that the ferry was late.')).toEqual([{ cue: 'figured', content: 'the ferry was late' }]);
    expect(relations('Vale said later on that the port would close.')).toEqual([{ cue: 'said', content: 'the port would close' }]);
  });

  it('still: "that" + a noun after a preposition is its determiner', () => {
    expect(relations('Okafor said at that stage the sluice was sound.')).toEqual([{ cue: 'said', content: 'the sluice was sound' }]);
    expect(analyse('Tarnow chimed in during that debate.').attributions).toEqual([]);
  });
});

describe('an -ing cue after a comma with a bare noun object, then "to"', () => {
  it('"urging farmers to" + a verb keeps the infinitive as content', () => {
    // (with the ones urged, its subject: recall38)
    expect(relations('Okafor toured the quay, urging growers to sell early.')).toEqual([{ cue: 'urging', content: 'growers to sell early' }]);
  });
});
