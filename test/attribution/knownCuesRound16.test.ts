import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// Sixteenth round, known13 (issue 10, recall where the cue word is known): constructions that
// stopped a known cue in context. Every sentence is written for these tests; names and places are invented.

describe('an owned stance noun with "behind"', () => {
  it('"threw her support behind Ruiz", "has thrown its weight behind …": whom the stance backs is the content', () => {
    for (const text of ['Senator Vale threw her support behind Ruiz.', 'The dockers union has thrown its support behind the toll plan.']) {
      const a = analyse(text).attributions.find((x) => /support/.test(x.cue));
      expect(a, text).toBeDefined();
      expect(a!.text, text).toMatch(/^(?:Ruiz|the toll plan)$/);
      expect(a!.sourceSpan?.text, text).toMatch(/^(?:Senator Vale|The dockers union)$/);
    }
  });

  it('still: an ownerless "the support behind the bill" is no relation of its own', () => {
    expect(analyse('The support behind the bill came from farmers.').attributions.filter((x) => /support/.test(x.cue))).toEqual([]);
  });
});
