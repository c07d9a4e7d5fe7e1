import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// leads49: a reporting noun with a possessor inside a prepositional phrase that opens the sentence ("Despite Vale's
// claim that …, the board …"): the noun's clause ends at the comma that closes the opening phrase, and the
// preposition is no part of the possessor. Every sentence is written for these tests; names are invented.

const LEAD = 'The council met in the old hall. ';
const relationsOf = (text: string) =>
  analyse(`${LEAD}${text}`).attributions.map((a) => ({ cue: a.cue, source: a.sourceSpan?.text ?? null, content: a.contentSpans.map((s) => s.text).join(' | ') }));

describe('a noun\'s that-clause inside an opening phrase', () => {
  it('ends at the comma closing the opening phrase', () => {
    expect(relationsOf("Despite Vale's claim that the pier was unsafe, the board kept it open.")).toEqual([{ cue: 'claim', source: 'Vale', content: 'the pier was unsafe' }]);
    expect(relationsOf("After Ruiz's warning that the tide was high, the crews left.")).toEqual([{ cue: 'warning', source: 'Ruiz', content: 'the tide was high' }]);
  });

  it('the possessor after the preposition is the source without the preposition', () => {
    expect(relationsOf("Despite the mayor's warning that the tide was high, the crews left.")).toEqual([{ cue: 'warning', source: 'the mayor', content: 'the tide was high' }]);
    expect(relationsOf("Amid the board's fear that the levy would fail, Ruiz resigned.")).toEqual([{ cue: 'fear', source: 'the board', content: 'the levy would fail' }]);
    // (a plural possessor with the bare apostrophe, held as a whole noun phrase behind its determiner)
    expect(relationsOf("Amid the growers' fears that the levy would rise, Ruiz resigned.")).toEqual([{ cue: 'fears', source: 'the growers', content: 'the levy would rise' }]);
  });

  it('with no comma, or with the possessed noun as the subject, the clause keeps its own end', () => {
    expect(relationsOf("Despite Vale's claim that the pier was unsafe the board kept it open.")).toEqual([{ cue: 'claim', source: 'Vale', content: 'the pier was unsafe the board kept it open' }]);
    expect(relationsOf("Vale's claim that the pier was unsafe angered Ruiz.")).toEqual([{ cue: 'claim', source: 'Vale', content: 'the pier was unsafe' }]);
    expect(relationsOf("The board kept it open despite Vale's claim that the pier was unsafe.")).toEqual([{ cue: 'claim', source: 'Vale', content: 'the pier was unsafe' }]);
  });
});
