import { describe, expect, it } from 'vitest';
import { attributionRows } from '../helpers.js';

// cue47: an "on" that dates the act is no preposition the cue governs. Sentences written for this test; names and
// places are invented.

// (cue first: the rows of attributionRows, which checks the offsets, reordered)
const rows = (text: string) => attributionRows(text).map(([source, cue, content]) => [cue, source, content]);
const rowOf = (text: string, cue: RegExp) => rows(text).find(([c]) => cue.test(String(c)));

describe('"on" before a day or a date says when, and leaves both the cue and the content', () => {
  it('"promised on Tuesday | to repair the pier", "sought on Wednesday night | to ease …"', () => {
    expect(rowOf('Vale promised on Tuesday to repair the pier.', /promised/)).toEqual(['promised', 'Vale', 'to repair the pier']);
    expect(rowOf('Ruiz sought on Wednesday night to ease fears over the pier.', /sought/)).toEqual(['sought', 'Ruiz', 'to ease fears over the pier']);
    expect(rowOf('Berg vowed on May 3 to close the harbour road.', /vowed/)).toEqual(['vowed', 'Berg', 'to close the harbour road']);
  });

  it('not: a day\'s possessive, or a plain object, is what the cue is about', () => {
    expect(rowOf("Ruiz commented on Tuesday's vote at the harbour.", /commented/)).toEqual(['commented on', 'Ruiz', "Tuesday's vote at the harbour"]);
    expect(rowOf('Vale agreed on the plan for the pier.', /agreed/)).toEqual(['agreed on', 'Vale', 'the plan for the pier']);
  });
});
