import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/index.js';
import { analyseChecked as analyse } from '../helpers.js';

// A participle set off by a dash (issue 10, round 36, used40): "rejected the claim — saying the pier was safe" holds
// two acts of one subject, as with a comma; the participle's report was swallowed into the first object. Every
// sentence is written for these tests; names, places and bodies are invented.

const rows = (a: ArticleAnalysis) => a.attributions.map((x) => [x.sourceSpan ? x.sourceSpan.text : null, x.cueSpan?.text ?? null, x.text]);

describe('"Vale rejected the claim — saying the pier was safe": a dash before a participle cue ends the object', () => {
  it('an em dash, a double hyphen or a spaced hyphen, as a comma', () => {
    expect(rows(analyse('Vale rejected the claim — saying the pier was safe.'))).toEqual([
      ['Vale', 'rejected', 'the claim'],
      ['Vale', 'saying', 'the pier was safe'],
    ]);
    expect(rows(analyse('Vale rejected the claim -- saying the pier was safe.'))).toEqual([
      ['Vale', 'rejected', 'the claim'],
      ['Vale', 'saying', 'the pier was safe'],
    ]);
    expect(rows(analyse('Berg denounced the toll - calling it a theft.'))).toEqual([
      ['Berg', 'denounced', 'the toll'],
      ['Berg', 'calling', 'it a theft'],
    ]);
  });

  it('after an infinitive object too, with an adverb before the participle', () => {
    expect(rows(analyse('Vale declined to claim victory - only saying that she was relieved.'))).toEqual([
      ['Vale', 'declined', 'to claim victory'],
      ['Vale', 'only saying', 'she was relieved'],
    ]);
  });

  it('not: an -ing word that is no cue gives no relation, nor does a hyphen inside a word end the object', () => {
    expect(rows(analyse('Vale praised the plan - ignoring the growers.')).map((r) => r[1])).toEqual(['praised']);
    expect(rows(analyse('Vale praised the pier-building plan.'))).toEqual([['Vale', 'praised', 'the pier-building plan']]);
  });
});
