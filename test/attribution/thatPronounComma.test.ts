import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// "that" before a comma (review of round 16): a pronoun object before ", and/but", the opening of a
// reported clause before an aside. Every sentence is written for these tests; names are invented.

describe('"that" before a comma', () => {
  it('"said on Monday that, if …": the aside opens the content, not "that,"', () => {
    const text = 'Berg told the guild on Monday that, if funded, the kiln would fire again.';
    const told = byCue(analyse(text), 'told the guild');
    expect(told.text).toBe('if funded, the kiln would fire again');
    expect(text.slice(told.start, told.end)).toBe(told.text);
    expect(byCue(analyse('Ruiz wrote last spring that, in her opinion, the choir needed a new organ.'), 'wrote').text).toBe('in her opinion, the choir needed a new organ');
  });

  it('"denied that, but …": the pronoun ends the content before the next clause', () => {
    expect(byCue(analyse('Okafor disputed that, but the glassworks closed anyway.'), 'disputed').text).toBe('that');
    const text = 'Vale praised Tarnow for that, and the recital went on.';
    const praised = byCue(analyse(text), 'praised');
    expect(praised.text).toBe('Tarnow for that');
    expect(text.slice(praised.start, praised.end)).toBe(praised.text);
  });
});
