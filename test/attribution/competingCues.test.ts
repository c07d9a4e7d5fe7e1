import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// Two cues competing for one reported clause (issue 10: the cue of a found relation). Nested
// attributions are not separate relations: the outer cue holds the whole clause. Every sentence
// is written for these tests; names and places are invented.

const rows = (text: string) => analyse(text).attributions.map((x) => [x.cue, x.sourceSpan ? x.sourceSpan.text : null]);

describe('a parenthetical cue before the verb of its own content', () => {
  it('"Harbour voters, Ruiz notes, applaud …": one attribution by Ruiz, the clause on both sides', () => {
    const text = 'Harbour voters, Ruiz notes, applaud the new toll on the bridge.';
    const a = analyse(text).attributions;
    expect(a).toHaveLength(1);
    expect(a[0]).toMatchObject({ cue: 'notes' });
    expect(a[0]!.sourceSpan?.text).toBe('Ruiz');
    expect(a[0]!.contentSpans.map((p) => text.slice(p.start, p.end))).toEqual(['Harbour voters', 'applaud the new toll on the bridge']);
  });

  it('"The senator, aides said, wants …": the belief verb after the comma is part of what the aides said', () => {
    expect(rows('The senator, aides said, wants a new bridge over the bay.')).toEqual([['said', 'aides']]);
  });

  it('still: a conjunction after the comma and a speaking verb start a relation of its own', () => {
    expect(rows('The toll is fair, Ruiz said, but the council says it is too high.')).toEqual([['said', 'Ruiz'], ['says', 'the council']]);
  });

  it('a conjunction after the comma and a verb of wanting or deciding go on with what was said (leads58)', () => {
    expect(rows('The toll is fair, Ruiz said, but the council wants it lowered.')).toEqual([['said', 'Ruiz']]);
  });
});
