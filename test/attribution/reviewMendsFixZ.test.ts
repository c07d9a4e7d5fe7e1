import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, slicedByCue } from '../helpers.js';

// fixZ: mends of review33's findings. Rules of this session read too much into common news shapes: an office
// "the secretary of state" in a passive's agent cut as a charge, "advised the Bank of Tarn" read as counsel, a
// finite past with no ending ("quit", "hit") read as a reduced relative, an Oxford-comma list's last item read as a
// new clause. Every sentence is written for these tests; names and places are invented.

const pieces = (x: { contentSpans?: { text: string }[] | null }) => x.contentSpans?.map((p) => p.text);
const relationsOf = (text: string) => analyse(text).attributions.map((a) => ({ cue: a.cue, source: a.sourceSpan?.text ?? null, text: a.text }));

describe('an office named by a title and its domain in the agent of a passive', () => {
  it('"the secretary of state", "the chief of staff" stay whole; the charge after them is the content\'s', () => {
    const a = slicedByCue('Vale was accused by the secretary of state of lying.', 'was accused');
    expect(a.sourceSpan?.text).toBe('the secretary of state');
    expect(pieces(a)).toEqual(['Vale', 'of lying']);
    expect(slicedByCue('Vale was accused by the chief of staff of lying.', 'was accused').sourceSpan?.text).toBe('the chief of staff');
  });

  it('an office with nothing after it is the whole agent ("the minister of justice", "the director of finance")', () => {
    const a = slicedByCue('Berg was accused by the minister of justice.', 'was accused');
    expect(a.sourceSpan?.text).toBe('the minister of justice');
    expect(pieces(a)).toEqual(['Berg']);
    expect(slicedByCue('Vale was suspected by the director of finance.', 'was suspected').sourceSpan?.text).toBe('the director of finance');
  });

  it('a body that is no title still leaves its lone "of" and a bare noun as the charge', () => {
    const a = slicedByCue('Vale was accused by the board of fraud.', 'was accused');
    expect(a.sourceSpan?.text).toBe('the board');
    expect(pieces(a)).toEqual(['Vale', 'of fraud']);
    expect(slicedByCue('Ruiz was suspected by the council of theft.', 'was suspected').sourceSpan?.text).toBe('the council');
  });
});

describe('"advise" an organisation named "X of Y", or persons of a kind', () => {
  it('"the Bank of Tarn", "the University of Tarn" are one name: no counsel "of Tarn …"', () => {
    for (const text of ['Ruiz advised the Bank of Tarn on the merger.', 'Vale advises the University of Tarn on its budget.', 'Berg advised the Port of Harbour on the pier.']) {
      expect(relationsOf(text).filter((r) => r.text.startsWith('of '))).toEqual([]);
    }
  });

  it('"farmers of all ages", "clients of every size" describe persons, not a matter', () => {
    expect(relationsOf('Vale advised farmers of all ages on the rules.').filter((r) => r.cue === 'advised')).toEqual([]);
    expect(relationsOf('Berg advised clients of every size on the levy.').filter((r) => r.cue === 'advised')).toEqual([]);
  });

  it('a person, by name or noun, advised of a matter is still counsel given', () => {
    expect(slicedByCue('Ruiz advised Vale of his rights.', 'advised')).toMatchObject({ text: 'of his rights', sourceSpan: { text: 'Ruiz' } });
    expect(slicedByCue('Ruiz advised Berg of the change.', 'advised').text).toBe('of the change');
    expect(slicedByCue('Vale advised growers of the risk.', 'advised').text).toBe('of the risk');
  });
});

describe('a past with no ending of its own before "to" or "with" is a finite verb, not a reduced relative', () => {
  it('"The mayor quit to run for office and aides said": the second clause\'s subject is "aides"', () => {
    expect(slicedByCue('The mayor quit to run for office and aides said she would win.', 'said')).toMatchObject({ sourceSpan: { text: 'aides' }, text: 'she would win' });
  });

  it('"The union hit back with a strike and workers said …" keeps the "said" relation of its own', () => {
    const said = slicedByCue('The union hit back with a strike and workers said the plan failed.', 'said');
    expect(said).toMatchObject({ sourceSpan: { text: 'workers' }, text: 'the plan failed' });
  });

  it('before its agent it is still a reduced relative on a joined subject', () => {
    expect(slicedByCue('Families hit hard by the closure and workers said the plan failed.', 'said').sourceSpan?.text).toBe('Families hit hard by the closure and workers');
    expect(slicedByCue('Clerks cut by the council and growers said the levy was unfair.', 'said').sourceSpan?.text).toBe('Clerks cut by the council and growers');
  });
});

describe('the last item of an Oxford-comma list before an agentless verb', () => {
  it('"the tram, the bus, and the ferry are expected …" stays in the "said" content', () => {
    const text = 'Vale said the tram, the bus, and the ferry are expected to run late.';
    expect(slicedByCue(text, 'said').text).toBe('the tram, the bus, and the ferry are expected to run late');
    expect(relationsOf(text).map((r) => r.cue)).toEqual(['said']);
    expect(slicedByCue('Vale said the ferry, the pier, and the tram were seen as assets.', 'said').text).toBe('the ferry, the pier, and the tram were seen as assets');
  });

  it('a clause after ", and" still begins a sourceless relation of its own', () => {
    const text = 'Vale said the levy failed, and the crews were expected to strike.';
    expect(slicedByCue(text, 'said').text).toBe('the levy failed');
    const expected = slicedByCue(text, 'were expected');
    expect(expected.sourceSpan).toBeNull();
    expect(pieces(expected)).toEqual(['the crews', 'to strike']);
  });

  it('a list of clauses is no list of noun phrases', () => {
    const text = 'Vale said the crews left, the pier closed, and the ferry was expected to stop.';
    expect(slicedByCue(text, 'said').text).toBe('the crews left, the pier closed');
    expect(slicedByCue(text, 'was expected').sourceSpan).toBeNull();
  });
});

describe('"peg" an amount with a qualifier', () => {
  it('"at roughly $2 billion", "at more than 300 jobs" are estimates as "at $2 billion" is', () => {
    expect(slicedByCue('The survey pegged the cost at roughly $2 billion.', 'pegged')).toMatchObject({ sourceSpan: { text: 'The survey' }, text: 'the cost at roughly $2 billion' });
    expect(slicedByCue('The audit pegged the losses at more than 300 jobs.', 'pegged').text).toBe('the losses at more than 300 jobs');
    expect(slicedByCue('Analysts peg the cost at $2 billion.', 'peg').text).toBe('the cost at $2 billion');
  });

  it('a qualifier with no amount after it is no estimate', () => {
    expect(relationsOf('The clerk pegged the notice at nearly the top of the board.').filter((r) => r.cue === 'pegged')).toEqual([]);
    expect(relationsOf('Vale pegged the tent at roughly noon.').filter((r) => r.cue === 'pegged')).toEqual([]);
  });
});
