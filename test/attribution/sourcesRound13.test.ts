import { describe, expect, it } from 'vitest';
import { analyseChecked, attributionByCue } from '../helpers.js';

/** The attribution with cue `cue` in `text`, with its source, cue and content text. */
function read(text: string, cue: string) {
  const a = analyseChecked(text);
  const x = attributionByCue(a, cue);
  return { source: x.sourceSpan?.text ?? null, cue: x.cueSpan.text, content: x.text, speaker: x.speaker };
}

describe('sources, thirteenth round', () => {
  it('an opening "as" read as a preposition is no part of the name after it', () => {
    const x = read('As Okafor, author of “The Long Tide,” put it, the harbour is dying.', 'put it');
    expect(x.source).toBe('Okafor');
    expect(x.content).toBe('the harbour is dying');
    const y = read('As Vale, a reporter for the Tarn Ledger, wrote, the ferry never returned.', 'wrote');
    expect(y.source).toBe('Vale');
  });

  it('a noun phrase after an opening subordinate clause is the subject of "deemed", not a reduced passive', () => {
    const x = read('While he refused to comment, Ruiz deemed the trade fair a success.', 'deemed');
    expect(x.source).toBe('Ruiz');
    expect(x.content).toBe('the trade fair a success');
    // (a description set off by commas keeps its reduced passive: no one named deems)
    const y = read('The levy, a measure widely considered a failure, ends in May.', 'considered');
    expect(y.source).toBeNull();
  });
});
