import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// face30 (issue 10): judgements a subject undergoes ("drew criticism", "faced questions", "came under
// scrutiny") and the agents of judging passives. Every sentence is written for these tests; names and
// places are invented.

describe('an agent noun of a trade or role outside the lexicons passes the judgement', () => {
  it('"was criticised by orchardists": the agent is the source, the subject the content', () => {
    const a = analyse('The tram levy was criticised by orchardists.');
    expect(a.attributions).toHaveLength(1);
    expect(a.attributions[0]).toMatchObject({ text: 'The tram levy', sourceSpan: { text: 'orchardists' } });
  });

  it('"drew criticism from ferrymen in the valley": the head noun before the preposition names them', () => {
    const a = analyse('The harbour plan drew criticism from ferrymen in the valley.');
    expect(a.attributions).toHaveLength(1);
    expect(a.attributions[0]).toMatchObject({ text: 'The harbour plan', sourceSpan: { text: 'ferrymen' } });
  });

  it('still: a phrase whose head names no person passes nothing', () => {
    expect(analyse('The harbour plan has drawn criticism from the start.').attributions).toEqual([]);
    expect(analyse('The tram fare rise was driven by the cost of fuel.').attributions).toEqual([]);
    expect(analyse('The levy was backed by a surge in orchard trade.').attributions).toEqual([]);
  });

  it('still: a singular thing with a person-like ending passes nothing', () => {
    expect(analyse('The orchard was attacked by the river.').attributions).toEqual([]);
    expect(analyse('The levy was challenged by the number of riders.').attributions).toEqual([]);
    expect(analyse('The tram levy was criticised by the harbour computer.').attributions).toEqual([]);
    expect(analyse('The harbour plan drew criticism from the tram meter.').attributions).toEqual([]);
  });
});

describe('a reporting noun in an opening phrase led by an adverb and a preposition', () => {
  it('"Rather than questions about the ferry, …": the content ends at the comma that closes the phrase', () => {
    const a = analyse('Rather than questions about the ferry, Okafor faced questions about the levy.');
    expect(a.attributions.map((r) => r.text)).toEqual(['the ferry', 'the levy']);
  });

  it('still: an adverb with no preposition after it opens no phrase ("Soon reports of a strike …, spread")', () => {
    const a = analyse('Soon reports of a strike at the harbour, which Vale denied, spread.');
    expect(a.attributions).toHaveLength(1);
    // The content runs on past the relative clause's comma: no opening phrase ends it there.
    expect(a.attributions[0]!.text).toMatch(/^a strike at the harbour, which Vale denied\b/);
  });
});
