import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/index.js';
import { analyseChecked as analyse } from '../helpers.js';

// A reporting noun with its holder after it ("a claim by Ruiz that …") before a relative clause on the
// noun (issue 10, round 28, join28; review25 #4). Every sentence is written for these tests; names,
// places and bodies are invented.

const rows = (a: ArticleAnalysis) => a.attributions.map((x) => [x.sourceSpan ? x.sourceSpan.text : null, x.cueSpan?.text ?? null, x.text]);
const cues = (a: ArticleAnalysis) => a.attributions.map((x) => x.cueSpan?.text ?? null);

describe('"the claim by Vale that the board disputed": a relative clause with a gap is no content', () => {
  it('a verb that answers a claim, with no object of its own, closes a relative clause on the noun', () => {
    expect(cues(analyse('The claim by Vale that the board disputed was withdrawn.'))).not.toContain('claim');
    expect(cues(analyse('A warning from the growers that Dara contested at the harbour proved right.'))).not.toContain('warning');
    expect(cues(analyse('The claim that the harbour board challenged in court was dropped.'))).not.toContain('claim');
  });

  it('not: the same verb with its own object, or a verb that takes no object', () => {
    expect(rows(analyse('The claim by Vale that the board disputed the levy was withdrawn.'))).toEqual([['Vale', 'The claim', 'the board disputed the levy']]);
    expect(rows(analyse('The claim by Vale that the levy would rise was withdrawn.'))).toEqual([['Vale', 'The claim', 'the levy would rise']]);
    // (a verb often used with no object keeps the clause: "she would endorse" in a race)
    // (the light verb joins the noun's cue since source32: «left no doubt»)
    expect(cues(analyse('Vale left no doubt that she would endorse in the harbour race.')).some((c) => c?.includes('doubt'))).toBe(true);
  });
});

describe('verbs often used with no object end a clause completing the noun, no gap (review26 #10)', () => {
  it('"adopt", "propose": the clause is the content', () => {
    expect(rows(analyse('The hope that the couple would adopt was dashed.'))).toEqual([[null, 'The hope', 'the couple would adopt']]);
    expect(cues(analyse('Reports that Vale would propose at the harbour gala spread.'))).toContain('Reports');
    expect(cues(analyse('Reports that Vale would propose at the harbour gala spread.'))).not.toContain('would propose');
  });

  it('not a verb that wants its object: "drafted" still leaves a gap', () => {
    expect(cues(analyse('The warning that Okafor drafted went unheeded.'))).not.toContain('warning');
  });
});
