import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// leads38: a cue verb inside an object relative on the subject («A pilot whom Ruiz trusts believes …») is the
// relative's verb, not the main clause's; and a zero object relative on an appositive after the object («Berg, the
// pilot Ruiz hired, …») stays in the object. Every sentence is written for these tests; names and places are invented.

const LEAD = 'The ferry ran late on Sunday. ';
const relationsOf = (text: string) =>
  analyse(`${LEAD}${text}`).attributions.map((a) => ({ cue: a.cue, source: a.sourceSpan?.text ?? null, content: a.contentSpans.map((s) => s.text).join(' | ') }));

describe('a cue verb in an object relative right before the main verb', () => {
  it('"A pilot whom Ruiz trusts believes …": the main cue keeps its relation, the relative\'s verb gives none', () => {
    expect(relationsOf('A pilot whom Ruiz trusts believes the flight was safe.')).toEqual([{ cue: 'believes', source: 'A pilot', content: 'the flight was safe' }]);
    expect(relationsOf('The clerk whom Vale doubted insisted the ledger was complete.')).toEqual([{ cue: 'insisted', source: 'The clerk', content: 'the ledger was complete' }]);
    expect(relationsOf('The clerk that Vale praised insisted the ledger was complete.')).toEqual([{ cue: 'insisted', source: 'The clerk', content: 'the ledger was complete' }]);
    expect(relationsOf('Growers whom the mayor supports argued the levy was too steep.')).toEqual([{ cue: 'argued', source: 'Growers', content: 'the levy was too steep' }]);
  });

  it('a relative\'s cue with a clause of its own, or an auxiliary after it, keeps its reading', () => {
    // ("the pilot that Ruiz said would fly": the auxiliary is the reported clause's own)
    expect(relationsOf('Berg, whom Ruiz trusts, said the flight was safe.').map((r) => r.cue)).toEqual(['said']);
    expect(relationsOf('A pilot whom Ruiz trusts said the flight was safe.')).toEqual([{ cue: 'said', source: 'A pilot', content: 'the flight was safe' }]);
    expect(relationsOf('Vale believes the flight was safe.')).toEqual([{ cue: 'believes', source: 'Vale', content: 'the flight was safe' }]);
    // (after "that" a verb of saying or thinking bridges to a clause without its subject)
    expect(relationsOf('The clerk that Vale believed stole the levy resigned.').map((r) => [r.cue, r.source])).toEqual([['believed', 'Vale']]);
    const who = relationsOf('A pilot who trusts Ruiz believes the flight was safe.');
    expect(who.find((r) => r.cue === 'believes')?.content).toBe('the flight was safe');
  });
});

describe('a zero object relative on an appositive after the object', () => {
  it('"praised Berg, the pilot Ruiz hired, for …": the object runs over the relative', () => {
    expect(relationsOf('Vale praised Berg, the pilot Ruiz hired, for the landing.')).toEqual([{ cue: 'praised', source: 'Vale', content: 'Berg, the pilot Ruiz hired, for the landing' }]);
    expect(relationsOf('She criticized the levy, a tax she opposed, as unfair.')).toEqual([{ cue: 'criticized', source: 'She', content: 'the levy, a tax she opposed, as unfair' }]);
  });

  it('a clause with a subject and a verb with an object after the comma still ends the object', () => {
    const rels = relationsOf('Vale praised Berg, the pilot, and Ruiz hired him.');
    expect(rels.find((r) => r.cue === 'praised')?.content).toBe('Berg, the pilot');
    const main = relationsOf('She praised Berg, the crew cheered and Ruiz hired him.');
    expect(main.find((r) => r.cue === 'praised')?.content).toBe('Berg');
  });
});
