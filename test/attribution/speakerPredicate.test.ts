import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// A reported clause with a modal or "do" verb group ends before "and" when a past form follows:
// that verb cannot join the modal group, so it is the speaker's own second predicate. Every
// sentence is written for these tests.

describe('a past form after "and" ends a reported clause with a modal verb group', () => {
  it('"Okafor predicted that the tide would turn and thanked the crew": the content ends at "turn"', () => {
    const text = 'Okafor predicted that the tide would turn and thanked the crew.';
    const x = byCue(analyse(text), 'predicted');
    expect(x.sourceSpan?.text).toBe('Okafor');
    expect(x.text).toBe('the tide would turn');
    expect(text.slice(x.start, x.end)).toBe(x.text);
    expect(byCue(analyse('Berg said the choir will not sing this year and closed the meeting.'), 'said').text).toBe('the choir will not sing this year');
    expect(byCue(analyse('Tarnow said the kettle does not whistle and laughed.'), 'said').text).toBe('the kettle does not whistle');
  });

  it('keeps a predicate that fits the verb group: a bare verb, a participle after "be", a past after a past', () => {
    expect(byCue(analyse('Okafor said the tide would turn and wash the sand away.'), 'said').text).toBe('the tide would turn and wash the sand away');
    expect(byCue(analyse('Berg said the old kiln would be emptied and repaired.'), 'said').text).toBe('the old kiln would be emptied and repaired');
    expect(byCue(analyse('Tarnow said the kettle whistled and rattled.'), 'said').text).toBe('the kettle whistled and rattled');
    expect(byCue(analyse('Vale said the levy would hurt and cost the bakers dearly.'), 'said').text).toBe('the levy would hurt and cost the bakers dearly');
    expect(byCue(analyse('Ruiz said she did not blame the cooks and hoped the kitchen would reopen.'), 'said').text).toBe('she did not blame the cooks and hoped the kitchen would reopen');
  });

  it('keeps "and" that joins a verb of a clause inside, or a past form that modifies a noun', () => {
    expect(byCue(analyse('Berg said the plan would undo rules that protected the marsh and banned new drains.'), 'said').text).toBe('the plan would undo rules that protected the marsh and banned new drains');
    expect(byCue(analyse('Vale said the grant would pay for new looms, warm coats, and painted signs.'), 'said').text).toBe('the grant would pay for new looms, warm coats, and painted signs');
  });
});
