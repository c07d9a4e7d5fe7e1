import { describe, expect, it } from 'vitest';
import { analyseChecked, slicedByCue } from '../helpers.js';

// Quotations inside the verb phrase of a report (issue 10, sixteenth round, direct24).
// Every sentence is written for these tests; names, places and bodies are invented.

describe('a second reporting verb after a quotation closed by "!" or "?"', () => {
  it('"declared “…!” and said that …" keeps the second report with its speaker', () => {
    const text = 'Tarnow declared “What a night!” and said that her party would keep its seats.';
    expect(slicedByCue(text, 'declared')).toMatchObject({ sourceSpan: { text: 'Tarnow' } });
    expect(slicedByCue(text, 'said')).toMatchObject({ text: 'her party would keep its seats', sourceSpan: { text: 'Tarnow' } });
  });

  it('"asked “…?” and added that …" likewise', () => {
    const text = 'Mayor Okafor asked “Who pays for this?” and added that the budget was closed.';
    expect(slicedByCue(text, 'added')).toMatchObject({ text: 'the budget was closed', sourceSpan: { text: 'Mayor Okafor' } });
  });
});

describe('a quantifier floated between the subject and its reporting verb', () => {
  it('"Vale and Ruiz each said that …" is a report whose source leaves out "each"', () => {
    const text = 'Vale and Ruiz each said that the ferry contract had lapsed.';
    // (the shown cue keeps the quantifier, as it keeps "both" in "both said")
    expect(slicedByCue(text, 'each said')).toMatchObject({ text: 'the ferry contract had lapsed', sourceSpan: { text: 'Vale and Ruiz' } });
  });

  it('"what the two papers each called a “…”" carries the quotation', () => {
    const text = 'Tarnow ended what the two papers each called a “lost week” for the council.';
    expect(slicedByCue(text, 'each called')).toMatchObject({ mode: 'mixed', sourceSpan: { text: 'the two papers' } });
  });

  it('"They each argued that …" likewise', () => {
    const text = 'They each argued that the harbour levy was too high.';
    expect(slicedByCue(text, 'each argued')).toMatchObject({ text: 'the harbour levy was too high', sourceSpan: { text: 'They' } });
  });

  it('not a determiner before a participle: "each elected member" has no report', () => {
    const a = analyseChecked('The rules bind each elected member of the board.');
    expect(a.attributions).toHaveLength(0);
  });
});

describe('an infinitive content before "and" and a clause with a subject of its own', () => {
  it('"pledged to cut the levy and she pledged a “…”": the infinitive ends at "and", the quotation is a report of its own', () => {
    const text = 'Vale pledged to cut the levy and she pledged a “harbour revolution” for the town.';
    const a = analyseChecked(text);
    const reports = a.attributions.filter((x) => x.cue === 'pledged');
    expect(reports.map((x) => x.text)).toEqual(['to cut the levy', 'a “harbour revolution” for the town']);
    expect(reports[1]).toMatchObject({ mode: 'mixed', sourceSpan: { text: 'she' } });
  });

  it('a second verb with no subject stays in the infinitive: "pledged to cut the levy and fix the ferry"', () => {
    const text = 'Vale pledged to cut the levy and fix the ferry.';
    expect(slicedByCue(text, 'pledged')).toMatchObject({ text: 'to cut the levy and fix the ferry' });
  });
});

describe('a reporting noun whose complement is a quotation', () => {
  it('"landed a sharp dig at “…”" is mixed, the quotation its content', () => {
    const text = 'Ruiz landed a sharp dig at “the harbour’s favourite son.” The hall went quiet.';
    expect(slicedByCue(text, 'landed a sharp dig at')).toMatchObject({ mode: 'mixed', text: '“the harbour’s favourite son.”', sourceSpan: { text: 'Ruiz' } });
  });

  it('"made a sharp dig at “…”" likewise', () => {
    const text = 'Okafor made a sharp dig at “the usual suspects.” The hall went quiet.';
    expect(slicedByCue(text, 'made a sharp dig at')).toMatchObject({ mode: 'mixed', sourceSpan: { text: 'Okafor' } });
  });

  it('not "landed a job": only verbal blows are landed as reports', () => {
    expect(analyseChecked('Berg landed a job at the port.').attributions).toHaveLength(0);
  });
});
