import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// "in <holder>'s view" set off after a sentence's start (issue 10, twenty-second round). Every
// sentence is written for these tests; names are invented.

describe('a view set off later in the sentence', () => {
  it('trailing: the possessor is the source, the clause before the comma the content', () => {
    const x = byCue(analyse('The orchard levy will ruin small growers, in Okafor\'s view.'), 'view');
    expect(x.sourceSpan?.text).toBe('Okafor');
    expect(x.text).toBe('The orchard levy will ruin small growers');
    expect(byCue(analyse('The pear crop came in late, in their opinion.'), 'opinion').sourceSpan?.text).toBe('their');
  });

  it('inside the clause: the content runs on both sides of the aside, in two pieces', () => {
    const x = byCue(analyse('The new cider press, in Berg\'s view, would double the harvest.'), 'view');
    expect(x.sourceSpan?.text).toBe('Berg');
    expect(x.contentSpans.map((s) => s.text)).toEqual(['The new cider press', 'would double the harvest']);
  });

  it('no holder, a noun that goes on, no comma, or a speaker\'s own words: no view relation', () => {
    for (const s of ['The hikers rested, in full view of the lake.', 'The barn stood in Tarnow\'s view all morning.']) {
      expect(analyse(s).attributions).toEqual([]);
    }
    // ("view of" is a noun cue of its own, with its complement as content)
    expect(analyse('The barn stood, in Tarnow\'s view of the valley, near the road.').attributions.map((a) => a.cue)).not.toContain('view');
    expect(analyse('“The levy is unfair, in my view,” Ruiz told the growers.').attributions.map((a) => a.cue)).toEqual(['told']);
    // (inside a report an earlier cue of the sentence makes, the view is the reported speaker's: no relation of its own)
    expect(analyse('Tarnow argued that the ferry, in his view, sails too early.').attributions.map((a) => a.cue)).toEqual(['argued']);
  });
});
