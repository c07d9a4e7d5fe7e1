import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// How a cue is shown (issue 10, fourteenth round). Every sentence is written for these tests;
// names, places and bodies are invented.

/** The cue span slices to its text, and the content to its own. */
function sliced(text: string, cue: string) {
  const a = analyse(text);
  const x = byCue(a, cue);
  expect(text.slice(x.cueSpan.start, x.cueSpan.end)).toBe(cue);
  expect(text.slice(x.start, x.end)).toBe(x.text);
  return x;
}

describe('a reporting noun shows the preposition that links it to its content', () => {
  it('"criticism of", "complaints about", "worries about"', () => {
    expect(sliced('Okafor has never hidden her criticism of the new harbour toll.', 'criticism of')).toMatchObject({ sourceSpan: { text: 'Okafor' }, text: 'the new harbour toll' });
    expect(sliced('The board heard Okafor\'s complaints about the night ferries.', 'complaints about')).toMatchObject({ sourceSpan: { text: 'Okafor' }, text: 'the night ferries' });
    expect(sliced('The report fed Ruiz\'s worries about the bridge repairs.', 'worries about').text).toBe('the bridge repairs');
    expect(sliced('There were fears of a strike at the Tessel docks.', 'There were fears of').text).toBe('a strike at the Tessel docks');
  });

  it('not a clause after "that", nor an infinitive', () => {
    expect(sliced('Her claim that the toll was illegal came late.', 'claim').text).toMatch(/^the toll was illegal/);
    expect(sliced('His plan to close the Dunmore pier was dropped.', 'plan').text).toMatch(/^to close the Dunmore pier/);
  });
});
