import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Cue overlap, eighteenth attribution round (issue 10, cue12): an "according to" aside after a
// quotation's tag. Every sentence is written for these tests; names and places are invented.

describe('"according to X" after a tag with a long adjunct', () => {
  it('attributes the whole report, quotation and tag, not only the adjunct after the tag', () => {
    const text = '“We will not give up,” Berg told the crowd during a short rally outside the harbour office, according to a recording.';
    const a = analyse(text);
    const acc = byCue(a, 'according to');
    expect(acc.text).toBe('“We will not give up,” Berg told the crowd during a short rally outside the harbour office');
    expect(text.slice(acc.start, acc.end)).toBe(acc.text);
    expect(acc.sourceSpan?.text).toBe('a recording');
    // the quotation keeps its speaker
    expect(a.quotes.map((q) => [q.text, q.speaker])).toEqual([['We will not give up,', 'Berg']]);
  });

  it('still: after a paraphrase whose tag has an object and an adjunct', () => {
    const text = 'The ferry will stop running in May, Okafor told members of the rowing club at their spring dinner, according to the club newsletter.';
    const a = analyse(text);
    expect(a.attributions.map((x) => x.cue)).toEqual(['according to']);
    const according = byCue(a, 'according to');
    expect(according.text).toBe('The ferry will stop running in May, Okafor told members of the rowing club at their spring dinner');
    expect(text.slice(according.start, according.end)).toBe(according.text);
  });

  it('not when a clause with a verb of its own follows the tag', () => {
    const a = analyse('“The bridge is safe,” Ruiz said, and the council voted to reopen it, according to a transcript.');
    expect(a.attributions.map((x) => x.cue)).toContain('said');
  });
});

describe('the next piece of a quotation whose tag an "according to" aside holds', () => {
  it('goes on with the aside, and keeps the speaker of the tag', () => {
    const text = '“The levy is unfair,” Okafor wrote in a letter, according to the Herald. “It must go before the winter.”';
    const a = analyse(text);
    const acc = byCue(a, 'according to');
    expect(text.slice(acc.start, acc.end)).toContain('It must go before the winter');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['Okafor', 'Okafor']);
  });
});

describe('a reaction verb whose content is only a time clause', () => {
  it('"booed when Vale told them …": the report in the time clause is the attribution', () => {
    const a = analyse('The crowd booed loudly when Vale told them the harbour would close.');
    expect(a.attributions.map((x) => x.cue)).toEqual(['told']);
    expect(byCue(a, 'told')).toMatchObject({ text: 'the harbour would close', speaker: 'Vale' });
    expect(analyse('The delegates applauded as Okafor said the port would reopen.').attributions.map((x) => x.cue)).toEqual(['said']);
  });

  it('a reaction with words keeps the act it answers; what was said is the report\'s (twenty-sixth round)', () => {
    const a = analyse('Vale exaggerates when he says he wrote the levy.');
    expect(a.attributions.map((x) => x.cue)).toEqual(['exaggerates', 'says']);
    expect(byCue(a, 'exaggerates').text).toBe('when he says');
    expect(byCue(a, 'says')).toMatchObject({ text: 'he wrote the levy', sourceSpan: { text: 'he' } });
    // with no report in the time clause, the clause stays the reaction's content
    expect(byCue(analyse('Vale exaggerates when he describes the harbour.'), 'exaggerates').text).toBe('when he describes the harbour');
    // another speaker's report: the reaction answers what was said, and keeps the whole clause (review24 #5)
    const other = analyse('Berg objected when the board said the levy was fair.');
    expect(other.attributions.map((x) => [x.cue, x.text])).toEqual([
      ['objected', 'when the board said the levy was fair'],
      ['said', 'the levy was fair'],
    ]);
  });

  it('still: with no report in the clause, or an object before it, the reaction stays', () => {
    expect(analyse('The crowd booed when Vale arrived.').attributions.map((x) => x.cue)).toEqual(['booed']);
    expect(analyse('Ruiz praised the plan when Berg said it would pass.').attributions.map((x) => x.cue)).toEqual(['praised', 'said']);
    // a question verb asks about the time clause itself
    expect(analyse('She asked when Vale said the port would reopen.').attributions.map((x) => x.cue)).toEqual(['asked']);
  });
});

describe('"is reporting that": the progressive of "report" before a reported clause', () => {
  it('is a cue with the subject as its source', () => {
    const a = analyse('The Tarnow Herald is reporting that two trawlers ran aground near the lighthouse.');
    expect(byCue(a, 'is reporting')).toMatchObject({ text: 'two trawlers ran aground near the lighthouse', speaker: 'Tarnow Herald' });
    expect(analyse('Two local stations have been reporting that the ferry will stop.').attributions.map((x) => x.cue)).toEqual(['have been reporting']);
  });

  it('still: "reporting" as a noun or with an object is no cue', () => {
    expect(analyse('Her reporting on the harbour won a prize.').attributions).toEqual([]);
    expect(analyse('The clerk is reporting the scores.').attributions).toEqual([]);
  });
});
