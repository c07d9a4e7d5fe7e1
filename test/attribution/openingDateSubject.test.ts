import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// An opening phrase with no comma before the subject: a name after a day or a month, or a verb with
// a that-clause, is the main clause's subject and verb, not a reduced relative on the phrase's
// object ("In a clip posted online, …"). Every sentence is written for these tests.

const cues = (text: string) => analyse(text).attributions.map((x) => x.cue);

describe('a name after an opening date, a verb with a that-clause after an opening phrase', () => {
  it('"On Tuesday Vale argued that …": Vale argued', () => {
    const x = byCue(analyse('On Tuesday Vale argued that the levy was unfair.'), 'argued');
    expect(x).toMatchObject({ sourceSpan: { text: 'Vale' }, text: 'the levy was unfair' });
  });

  it('"In March Dara warned …" (no "that"): a name after a month is the subject', () => {
    const x = byCue(analyse('In March Dara warned the harbour would close.'), 'warned');
    expect(x).toMatchObject({ sourceSpan: { text: 'Dara' }, text: 'the harbour would close' });
  });

  it('"In the debate Okafor argued that …": a that-clause rules out a reduced relative', () => {
    const x = byCue(analyse('In the debate Okafor argued that the tram fare was too high.'), 'argued');
    expect(x).toMatchObject({ sourceSpan: { text: 'Okafor' }, text: 'the tram fare was too high' });
  });

  it('still a reduced relative on the object without a date or a that-clause ("In a memo leaked Monday, …")', () => {
    const text = 'In a memo leaked on the harbour forum, the clerk appears to shove a guard.';
    expect(cues(text).some((c) => c.startsWith('leaked'))).toBe(false);
  });
});
