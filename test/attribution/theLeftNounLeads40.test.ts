import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// leads40: a word the tagger reads as a verb right after "the" ("shifted to the left") is a noun, never the verb a
// participle after the comma (or a second verb after "and") shares its subject with. Every sentence is written for
// these tests; names are invented.

const LEAD = 'The council met in the old hall. ';
const relationsOf = (text: string) =>
  analyse(`${LEAD}${text}`).attributions.map((a) => ({ cue: a.cue, source: a.sourceSpan?.text ?? null, content: a.contentSpans.map((s) => s.text).join(' | ') }));

describe('a verb-tagged word after "the" is no verb', () => {
  it('the participle after "to the left," has the clause\'s subject', () => {
    expect(relationsOf('Vale has shifted to the left, criticizing the toll.')).toEqual([{ cue: 'criticizing', source: 'Vale', content: 'the toll' }]);
    expect(relationsOf('Vale moved to the left and said the toll was unfair.')).toEqual([{ cue: 'said', source: 'Vale', content: 'the toll was unfair' }]);
  });

  it('a real verb "left" still gives its subject', () => {
    expect(relationsOf('The crews left, criticizing the toll.')).toEqual([{ cue: 'criticizing', source: 'The crews', content: 'the toll' }]);
  });
});
