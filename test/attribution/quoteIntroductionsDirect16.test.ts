import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Direct quotations no cue reached (issue 10, fifteenth round).
// Every sentence is written for these tests; names, places and bodies are invented.

describe('a colon introduction after a comma and the next predicate of the same subject', () => {
  it('"Vale gestured to the crowd, then leaned in and boomed: “…”": the subject before the comma is the source', () => {
    const a = analyse('Vale gestured to the crowd, then leaned in and boomed: “We will win in March.”');
    expect(byCue(a, 'boomed:')).toMatchObject({ mode: 'direct', text: 'We will win in March.', sourceSpan: { text: 'Vale' } });
  });

  it('over a manner adjunct with no subject of its own: "raised a hand as if to quiet the hall, and then …"', () => {
    const a = analyse('Okafor raised a hand as if to quiet the hall, and then leaned in and boomed: “The ferry stays.”');
    expect(byCue(a, 'boomed:')).toMatchObject({ mode: 'direct', text: 'The ferry stays.', sourceSpan: { text: 'Okafor' } });
  });

  it('not over a comma that opens a clause of its own', () => {
    const a = analyse('Vale waited at the pier, while the trawlers left the bay and boomed: “The season is over.”');
    expect(a.attributions.find((x) => x.cue.includes('boomed'))).toBeUndefined();
  });
});

describe('"as follows:" after a noun phrase with no verb', () => {
  it('"Partial transcript as follows: “…”": the phrase is the source, "as follows:" the cue', () => {
    const a = analyse('Berg spoke to the harbour board on Monday. Partial transcript as follows: “We regret the delay. The pier opens in May.”');
    expect(byCue(a, 'as follows:')).toMatchObject({ mode: 'direct', text: 'We regret the delay. The pier opens in May.', sourceSpan: { text: 'Partial transcript' } });
  });

  it('with the quotation as a paragraph of its own', () => {
    const a = analyse('Berg spoke to the harbour board on Monday.\nTranscript as follows:\n“We regret the delay. The pier opens in May.”');
    expect(byCue(a, 'as follows:')).toMatchObject({ mode: 'direct', text: 'We regret the delay. The pier opens in May.', sourceSpan: { text: 'Transcript' } });
  });

  it('a verb before "as follows" keeps its own cue: "The statement reads as follows:"', () => {
    const a = analyse('The statement reads as follows: “The ferry will not run on Sundays.”');
    expect(byCue(a, 'reads as follows:')).toMatchObject({ mode: 'direct', text: 'The ferry will not run on Sundays.', sourceSpan: { text: 'The statement' } });
  });
});

describe('"in X’s words, “…”" and "in the words of X, “…”"', () => {
  it('the possessor is the source and "in" the cue', () => {
    const a = analyse('The fair moved to Tarnow because, in Berg’s words, “It is the busiest town on the coast.”');
    expect(byCue(a, 'in')).toMatchObject({ mode: 'direct', text: 'It is the busiest town on the coast.', sourceSpan: { text: 'Berg' } });
    const b = analyse('Okafor left the board in May. In his own words, “I was never a sailor.”');
    expect(byCue(b, 'In')).toMatchObject({ mode: 'direct', text: 'I was never a sailor.', sourceSpan: { text: 'his' } });
  });

  it('"in the words of" names its source after "of"', () => {
    const a = analyse('In the words of one senior aide, “She will not run again.”');
    expect(byCue(a, 'In the words of')).toMatchObject({ mode: 'direct', text: 'She will not run again.', sourceSpan: { text: 'one senior aide' } });
  });

  it('"in other words" names no one', () => {
    const a = analyse('In other words, “the plan is dead.”');
    expect(a.attributions).toHaveLength(0);
  });
});
