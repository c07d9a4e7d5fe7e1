import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// An evaluation verb before "when X said …" (review of round 16). Sentences invented.

const cues = (text: string) => analyse(text).attributions.map((x) => [x.sourceSpan?.text ?? null, x.cue]);

describe('a reaction before "when X said …"', () => {
  it('a verb that answers the report keeps its relation next to the report', () => {
    expect(cues('Berg objected when Tarnow said the kiln would be sold.')).toEqual([['Berg', 'objected'], ['Tarnow', 'said']]);
  });

  it('a wordless reaction only times the report', () => {
    expect(cues('The potters jeered when Tarnow said the kiln would be sold.')).toEqual([['Tarnow', 'said']]);
  });
});

describe('a quantifier and an -ed form before a name', () => {
  it('not a cue when the name modifies a noun: "Many alleged Berg allies …"', () => {
    expect(analyse('Many alleged Berg allies skipped the regatta.').attributions).toEqual([]);
  });

  it('still: "Some accused Berg of …" with the object and its complement', () => {
    expect(cues('Some accused Berg of rigging the regatta.')).toEqual([['Some', 'accused']]);
  });
});
