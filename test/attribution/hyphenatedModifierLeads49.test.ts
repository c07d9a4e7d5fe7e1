import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// leads49: a hyphenated modifier whose second half the tagger reads as a verb ("board-sponsored", "state-run") is
// part of the noun phrase it modifies, read leftwards from its noun. Every sentence is written for these tests;
// names are invented.

const LEAD = 'The council met in the old hall. ';
const relationsOf = (text: string) =>
  analyse(`${LEAD}${text}`).attributions.map((a) => ({ cue: a.cue, source: a.sourceSpan?.text ?? null, content: a.contentSpans.map((s) => s.text).join(' | ') }));

describe('a hyphenated modifier before the noun', () => {
  it('the content of a reduced passive after a comma is the whole noun phrase', () => {
    expect(relationsOf('The board-sponsored levy, opposed by the growers, was dropped.')).toEqual([{ cue: 'opposed', source: 'the growers', content: 'The board-sponsored levy' }]);
    expect(relationsOf('The state-run ferry, criticized by Vale, was sold.')).toEqual([{ cue: 'criticized', source: 'Vale', content: 'The state-run ferry' }]);
    expect(relationsOf('Vale-backed levies, opposed by the growers, were dropped.')).toEqual([{ cue: 'opposed', source: 'the growers', content: 'Vale-backed levies' }]);
  });

  it('a source with such a modifier stays whole', () => {
    expect(relationsOf('A Tarn-based group said the pier was unsafe.')).toEqual([{ cue: 'said', source: 'A Tarn-based group', content: 'the pier was unsafe' }]);
  });

  it('a spaced dash is no hyphen: the phrase does not reach over it', () => {
    expect(relationsOf('The fare rose - sponsored levies, opposed by the growers, were dropped.')).toEqual([{ cue: 'opposed', source: 'the growers', content: 'levies' }]);
  });
});
