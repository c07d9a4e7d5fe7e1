import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// Twenty-fifth round (issue 10, recall24): words before a subject that are no part of it, and the
// horizontal bar as a dash. Every sentence is written for these tests; names and places are invented.

const byCue = (text: string, cue: string) => analyse(text).attributions.find((x) => x.cueSpan.text === cue);

describe('a stance adverb opening the clause', () => {
  it('"Surely Okafor believes …": the adverb is no part of the source', () => {
    expect(byCue('Surely Okafor believes the tram fare is too high.', 'believes')).toMatchObject({ sourceSpan: { text: 'Okafor' }, text: 'the tram fare is too high' });
  });

  it('still: a stance adverb opening the content stays in it', () => {
    expect(byCue('Probably the levy is fair, Ruiz said.', 'said')).toMatchObject({ sourceSpan: { text: 'Ruiz' }, text: 'Probably the levy is fair' });
  });
});

describe('"all but" before a verb', () => {
  it('"Vale all but promised …": the source leaves out "all but"', () => {
    expect(byCue('Vale all but promised that the orchard would reopen.', 'promised')).toMatchObject({ sourceSpan: { text: 'Vale' }, text: 'the orchard would reopen' });
  });

  it('still: "all but" before a noun is no adverb of the verb', () => {
    expect(byCue('Vale, all but certain of the vote, said the levy was fair.', 'said')).toMatchObject({ sourceSpan: { text: 'Vale' }, text: 'the levy was fair' });
  });
});

describe('"Looks like" opening the sentence', () => {
  it('"Looks like Ruiz said …": Ruiz is the source', () => {
    expect(byCue('Looks like Ruiz said the tram fare would rise.', 'said')).toMatchObject({ sourceSpan: { text: 'Ruiz' }, text: 'the tram fare would rise' });
  });

  it('still: "It looks like …" keeps its own reading', () => {
    const a = analyse('It looks like Ruiz said the tram fare would rise.');
    expect(a.attributions.find((x) => x.cueSpan.text === 'looks')).toMatchObject({ text: 'It looks like Ruiz said the tram fare would rise' });
    expect(a.attributions.find((x) => x.cueSpan.text === 'said')).toMatchObject({ sourceSpan: { text: 'Ruiz' } });
  });
});

describe('the horizontal bar (U+2015) as a dash', () => {
  it('"Ruiz ― the harbour chief ― said": the aside set off by bars is no part of the source', () => {
    expect(byCue('Ruiz ― the harbour chief ― said the levy was unfair.', 'said')).toMatchObject({ sourceSpan: { text: 'Ruiz' }, text: 'the levy was unfair' });
  });

  it('still: a bar ending a clause ends the subject too', () => {
    expect(byCue('The harbour is quiet ― Ruiz said the ferries had stopped.', 'said')).toMatchObject({ sourceSpan: { text: 'Ruiz' }, text: 'the ferries had stopped' });
  });
});

describe('a fraction written with a hyphen heading the source', () => {
  it('"Well over two-thirds of the tenants …": a share of a group is a source', () => {
    expect(byCue('Well over two-thirds of the tenants at the orchard estate predict that the fare will rise.', 'predict')).toMatchObject({ sourceSpan: { text: 'Well over two-thirds of the tenants at the orchard estate' }, text: 'the fare will rise' });
  });

  it('still: a fraction inside a reported clause is no source', () => {
    const a = analyse('Two-thirds of the harbour sank last winter, Ruiz said.');
    expect(a.attributions).toHaveLength(1);
    expect(a.attributions[0]).toMatchObject({ sourceSpan: { text: 'Ruiz' }, text: 'Two-thirds of the harbour sank last winter' });
  });
});
