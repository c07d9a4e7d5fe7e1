import { describe, expect, it } from 'vitest';
import { slicedByCue as sliced } from '../helpers.js';

// How a cue is shown (issue 10, fifteenth round). Every sentence is written for these tests;
// names, places and bodies are invented.

describe('a contracted auxiliary written onto the subject opens the verb group', () => {
  it('"’s said", "’ve argued", "’d said", with adverbs between', () => {
    expect(sliced("He's repeatedly said that the Tessel toll is too high.", "'s repeatedly said")).toMatchObject({ sourceSpan: { text: 'He' }, text: 'the Tessel toll is too high' });
    expect(sliced('They’ve argued that the ferry should stay.', '’ve argued')).toMatchObject({ sourceSpan: { text: 'They' }, text: 'the ferry should stay' });
    expect(sliced('She’d said the pier was safe.', '’d said').sourceSpan?.text).toBe('She');
  });

  it('a possessive "’s" stays with its owner', () => {
    const x = sliced("Vale's aide said the pier was safe.", 'said');
    expect(x.sourceSpan?.text).toBe("Vale's aide");
  });
});

describe('a reporting verb shows the preposition its content follows', () => {
  it('"railed against", "lashed out at"', () => {
    expect(sliced('Okafor has long railed against the Tessel toll.', 'has long railed against')).toMatchObject({ sourceSpan: { text: 'Okafor' }, text: 'the Tessel toll' });
    expect(sliced('Ruiz lashed out at the council for raising the toll.', 'lashed out at').text).toBe('the council for raising the toll');
  });

  it('not an infinitive "to"; a "to" the content opens with goes to the cue', () => {
    expect(sliced('Ruiz wants to build a bridge.', 'wants').text).toBe('to build a bridge');
    expect(sliced('Vale did not respond to the letter from the union.', 'did not respond to').text).toBe('the letter from the union');
  });
});

describe('a plain verb of saying keeps its place phrase out of the cue', () => {
  it('"said at" stays "said"', () => {
    expect(sliced('Vale said at the Tessel rally that the pier would close.', 'said').text).toBe('the pier would close');
    expect(sliced('Ruiz said of the vote that it was a mess.', 'said').text).toBe('it was a mess');
  });

  it('nor does an addressee take the preposition after it', () => {
    const x = sliced('Okafor told voters at the Dunmore hall that the toll would go.', 'told voters');
    expect(x.text).toBe('the toll would go');
  });
});

describe('a possessive outlet before a quoted show title: the title ends the addressee', () => {
  it('"told Tessel TV’s “Morning Harbour” that": a quoted show title after a possessive outlet', () => {
    const text = 'Ruiz told Tessel TV’s “Morning Harbour” that the bridge will close.';
    expect(sliced(text, 'told Tessel TV’s “Morning Harbour”')).toMatchObject({ sourceSpan: { text: 'Ruiz' }, text: 'the bridge will close' });
  });
});

describe('floating quantifiers and "since" inside the verb group', () => {
  it('"both denounced", "have both argued", "has since said"', () => {
    expect(sliced('Ruiz and Vale both denounced the toll as unfair.', 'both denounced').sourceSpan?.text).toBe('Ruiz and Vale');
    expect(sliced('Ruiz and Vale have both argued that the toll is unfair.', 'have both argued')).toMatchObject({ sourceSpan: { text: 'Ruiz and Vale' }, text: 'the toll is unfair' });
    expect(sliced('Vale has since said that the pier is safe.', 'has since said')).toMatchObject({ sourceSpan: { text: 'Vale' }, text: 'the pier is safe' });
  });

  it('not a time clause opened by "since"', () => {
    expect(sliced('Vale said that the pier is safe.', 'said').text).toBe('the pier is safe');
  });
});

describe('an -ly word of time is no adverb of the verb group', () => {
  it('"the frost was early wrote": the shown cue does not reach back over "was early"', () => {
    const x = sliced('Growers who thought the frost was early wrote to the board about the plums.', 'wrote');
    expect(x.cueSpan.text).toBe('wrote');
  });

  it('a manner adverb still opens the group: "has sharply criticized"', () => {
    expect(sliced('Vale has sharply criticized the Tessel toll.', 'has sharply criticized').text).toBe('the Tessel toll');
  });
});
