import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// Source reading (issue 10, source30). Every sentence is written for these tests; names and places are invented.

const rows = (text: string) => analyse(text).attributions.map((x) => [x.cueSpan?.text, x.sourceSpan?.text ?? null, x.text]);
const sourceOf = (text: string, cue: string) => rows(text).find((r) => r[0]?.endsWith(cue))?.[1];

describe('a lone subject word after a conjunction, with an adverb or auxiliary before its verb', () => {
  it('is the subject over "also", "have since"', () => {
    expect(sourceOf('The tram fare is unfair, and everyone also agrees the levy must fall.', 'agrees')).toBe('everyone');
    expect(sourceOf('The levy is steep, but most also say the harbour will cope.', 'say')).toBe('most');
    expect(sourceOf('The orchard closed, and many have since argued the levy was to blame.', 'argued')).toBe('many');
    expect(sourceOf('The growers left the pier, and both have put forward plans for the levy.', 'put forward')).toBe('both');
  });

  it('not "most" grading an adverb of a verb whose subject comes before', () => {
    expect(sourceOf('Vale praised the harbour, and most recently said the levy must fall.', 'said')).toBe('Vale');
    expect(sourceOf('Okafor toured the orchard and most openly argued the tram fare was too high.', 'argued')).toBe('Okafor');
  });
});

describe('a participle on the object of an -ing form that opens the sentence', () => {
  it('has the main clause\'s subject, not the opening phrase', () => {
    expect(sourceOf('Holding signs calling Vale a thief, the growers marched to the pier.', 'calling')).toBe('the growers');
    expect(sourceOf('Using plain language describing the levy as a theft, the union won the vote at the harbour.', 'describing')).toBe('the union');
  });

  it('not after an -ing preposition, whose object is what the participle describes', () => {
    expect(sourceOf('Following the release of a letter praising the levy, Ruiz said the fare was fair.', 'praising')).not.toBe('Ruiz');
    expect(sourceOf('Following the release of a letter praising the levy, Ruiz said the fare was fair.', 'said')).toBe('Ruiz');
  });
});
