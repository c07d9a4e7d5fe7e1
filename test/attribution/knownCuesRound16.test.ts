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

describe('a sentence-opening poll with a cue verb only in a later subordinate clause', () => {
  it('"In a poll …, Vale led …, while most voters said …": the poll keeps the main clause', () => {
    const a = analyse('In a poll last month, Vale led Ruiz by 12 points, while most voters said the bridge mattered more.');
    expect(a.attributions.find((x) => x.cue === 'In')).toMatchObject({ text: 'Vale led Ruiz by 12 points' });
    expect(a.attributions.find((x) => x.cue === 'said')).toMatchObject({ text: 'the bridge mattered more' });
  });

  it('still: a cue verb in the main clause says who ("In a report on the flood, the council blamed the dam")', () => {
    expect(analyse('In a report on the flood, the council blamed the dam.').attributions.map((x) => x.cue)).toEqual(['blamed']);
  });
});
