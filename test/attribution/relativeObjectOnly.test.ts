import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// A relative clause about a source whose verb has only an object describes the source, also when a
// time clause or a contact relative follows the object. Every sentence is written for these tests;
// names are invented.

const cues = (text: string) => analyse(text).attributions.map((x) => x.cueSpan?.text);

describe('an object-only relative verb followed by another clause reports nothing', () => {
  it('a time clause after the object ("when", "after", "until"): only the main verb', () => {
    expect(cues('Tarnow, who praised the crew when the ferry docked, said the trip was safe.')).toEqual(['said']);
    expect(cues('Vale, who criticised the plan after the port closed, said the levy was wrong.')).toEqual(['said']);
    expect(cues('Ruiz, who backed the dam until the money ran out, said it was a mistake.')).toEqual(['said']);
  });

  it('a contact relative on the object: only the main verb', () => {
    expect(cues('Ruiz, who defended the levy the board passed, said it was fair.')).toEqual(['said']);
  });

  it('still: a relative verb with a clause of its own keeps its relation', () => {
    expect(cues('Vale, who announced the ferry would stop, left the port.')).toEqual(['announced']);
    expect(cues('Okafor, who questioned whether the sluice was sound, left.')).toEqual(['questioned']);
    expect(cues('Berg, who wrote that the mill was unsafe, said it would close.')).toEqual(['wrote', 'said']);
  });
});
