import { describe, expect, it } from 'vitest';
import { slicedByCue } from '../helpers.js';

// leads73: "once" between an auxiliary and its verb ("that had once seen …") is the adverb "formerly",
// no subordinator opening a clause of its own; the relative clause it stands in stays on the subject's
// head, and the object closing that clause is never the main verb's subject. Every sentence is written
// for these tests; names and places are invented.

const sourceOf = (text: string, cue: string) => {
  const x = slicedByCue(text, cue);
  return x.sourceSpan ? text.slice(x.sourceSpan.start, x.sourceSpan.end) : null;
};

describe('"The board that had once seen Vale as a savior turned on her."', () => {
  it('the head before the relative clause is the subject, not the object that ends the clause', () => {
    expect(sourceOf("The board that had once seen Vale as the port's savior turned on her.", 'turned on')).toBe('The board');
    expect(sourceOf('The board that had once seen Vale as a savior said the toll was fair.', 'said')).toBe('The board');
    expect(sourceOf("The clerks who had once praised the mayor's deputy criticized the plan.", 'criticized')).toMatch(/^The clerks/);
  });

  it('"once" opening a clause with a subject of its own still opens it', () => {
    expect(slicedByCue('The clerk said that once the levy had passed the pier would close.', 'said').text).toBe('once the levy had passed the pier would close');
    expect(sourceOf('Once the levy passed, Vale said the pier would close.', 'said')).toBe('Vale');
  });
});
