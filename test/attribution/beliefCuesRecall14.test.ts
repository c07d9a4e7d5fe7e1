import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/index.js';
import { analyseChecked as analyse } from '../helpers.js';

// Indirect relations with belief, intention, perception and feeling cues that nothing found (issue 10,
// round 21, recall14). Every sentence is written for these tests; names, places and bodies are invented.

const rows = (a: ArticleAnalysis) => a.attributions.map((x) => [x.sourceSpan ? x.sourceSpan.text : null, x.cueSpan?.text ?? null, x.text]);
const cues = (text: string) => analyse(text).attributions.map((x) => x.cueSpan?.text ?? null);

describe('a perfect "seen" with an object and a bare verb: a change the subject lived through', () => {
  it('"has seen his savings shrink"', () => {
    expect(rows(analyse('Tarnow has seen his savings shrink since spring.'))).toEqual([['Tarnow', 'has seen', 'his savings shrink since spring']]);
  });

  it('over an adverb: "have also seen their catch fall"', () => {
    expect(rows(analyse('The trawler crews have also seen their catch fall for years.'))).toEqual([['The trawler crews', 'have also seen', 'their catch fall for years']]);
  });

  it('not: an event one went to watch, or a thing that "saw" something happen', () => {
    expect(cues('Crowds came to see the mayor cut the ribbon.')).toEqual([]);
    expect(cues('It was a winter that saw the canal freeze.')).toEqual([]);
    expect(cues('Okafor saw the ferry leave the quay.')).toEqual([]);
  });

  it('not: a perfect "seen" with a bare object and no verb of its own', () => {
    expect(cues('Berg has seen the new library twice.')).toEqual([]);
  });

  it('not: a thing that lived through nothing, or an event one watched', () => {
    expect(cues('The village has seen its school shrink.')).toEqual([]);
    expect(cues('I have seen the choir sing twice.')).toEqual([]);
  });

  it('still: a person who saw a change ("we have seen rents double")', () => {
    expect(rows(analyse('We have seen rents double in the valley.'))).toEqual([['We', 'have seen', 'rents double in the valley']]);
  });
});

describe('"look forward to" and "look at … as": an anticipation and a view', () => {
  it('"is looking forward to" an event or a gerund', () => {
    expect(rows(analyse('Berg is looking forward to the regatta.'))).toEqual([['Berg', 'is looking forward to', 'the regatta']]);
    expect(rows(analyse('The glassblowers look forward to opening their new kiln.'))).toEqual([['The glassblowers', 'look forward to', 'opening their new kiln']]);
  });

  it('"look at us as rivals", like "see us as rivals"', () => {
    expect(rows(analyse('The orchard growers look at the beekeepers as rivals.'))).toEqual([['The orchard growers', 'look at', 'the beekeepers as rivals']]);
  });

  it('not: "looked at" a thing, with no view of it', () => {
    expect(cues('Tarnow looked at the tide tables before sailing.')).toEqual([]);
    expect(cues('Okafor looked at the figures and said the kiln was cold.')).toEqual(['said']);
  });
});
