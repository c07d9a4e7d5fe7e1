import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Direct and mixed quotations bound with the wrong bounds (issue 10, fourteenth round).
// Every sentence is written for these tests; names, places and bodies are invented.

describe('a tag with a day and a place after a content that came first', () => {
  it('"said Tuesday in Lisbon," leaves the place out: the content stands before the tag', () => {
    const a = analyse('The mayor’s “excesses” are troubling, Ruiz said Tuesday in Lisbon, noting the plan “makes no sense.”');
    const r = byCue(a, 'said');
    expect(r.text).toBe('The mayor’s “excesses” are troubling');
    expect(r.sourceSpan?.text).toBe('Ruiz');
    const b = analyse('Prices will rise, Vale said on Friday at a rally in Ostia.');
    expect(byCue(b, 'said').text).toBe('Prices will rise');
  });

  it('a clause after the day still is the content', () => {
    const a = analyse('Ruiz said Tuesday in Lisbon that prices will rise.');
    expect(byCue(a, 'said').text).toBe('prices will rise');
    const b = analyse('Berg said on Monday the fees will go up.');
    expect(byCue(b, 'said').text).toBe('the fees will go up');
  });
});

describe('a tag between a partial quotation and the rest of the quoted sentence', () => {
  it('the writer’s words before the first piece, both pieces and the tag between are one mixed content', () => {
    const a = analyse('The toll means “the town is doing something right,” Vale says, “but I do not know if I would pay it.”');
    const r = byCue(a, 'says');
    expect(r).toMatchObject({ mode: 'mixed', sourceSpan: { text: 'Vale' } });
    expect(r.contentSpans.map((p: { text: string }) => p.text)).toEqual(['The toll means “the town is doing something right,”', 'but I do not know if I would pay it.']);
  });

  it('not over a report of its own before the first piece', () => {
    const a = analyse('Ruiz called the plan “a disaster,” Berg said, “and he is right.”');
    expect(byCue(a, 'called').text).toBe('the plan “a disaster,”');
    expect(byCue(a, 'said').text.startsWith('Ruiz')).toBe(false);
  });
});

describe('a report in a relative clause after an object', () => {
  it('"praised the marchers, whom Vale described as “brave”": the object ends at the comma, the relative clause is its own relation', () => {
    const a = analyse('Ruiz praised the marchers, whom Vale described as “brave”.');
    expect(byCue(a, 'praised').text).toBe('the marchers');
    const r = byCue(a, 'described');
    expect(r.sourceSpan?.text).toBe('Vale');
    expect(r.text.endsWith('“brave”')).toBe(true);
  });

  it('not inside a reported clause, which goes on after the relative clause', () => {
    const a = analyse('Ruiz said the marchers, whom Vale described as “brave”, left early.');
    expect(byCue(a, 'said').text).toBe('the marchers, whom Vale described as “brave”, left early');
  });
});

describe('"said of …" after a quotation', () => {
  it('the topic after "of" or "about" that closes the sentence joins the quotation (mixed)', () => {
    const a = analyse('“It is unanimous,” Ruiz said of the council’s vote to end the contracts.');
    // (the cue shows the "of" its topic follows)
    const r = byCue(a, 'said of');
    expect(r).toMatchObject({ mode: 'mixed', sourceSpan: { text: 'Ruiz' } });
    expect(r.contentSpans.map((p: { text: string }) => p.text)).toEqual(['It is unanimous,', 'the council’s vote to end the contracts']);
    const b = analyse('“We must be careful,” added Berg, about the new budget.');
    expect(byCue(b, 'added').contentSpans.map((p: { text: string }) => p.text)).toEqual(['We must be careful,', 'the new budget']);
  });

  it('not when the sentence goes on after the topic, nor over a clause', () => {
    const a = analyse('“They want a deal,” Vale said of the two mayors, “because both need one.”');
    expect(byCue(a, 'said').contentSpans.map((p: { text: string }) => p.text)).toEqual(['They want a deal,', 'because both need one.']);
    const b = analyse('“It is fine,” Okafor said of the plan that voters rejected.');
    expect(byCue(b, 'said')).toMatchObject({ mode: 'direct', text: 'It is fine,' });
  });
});

describe('an untagged quotation sentence right before a tagged one', () => {
  it('goes with the tagged quotation when the tag stands between them as a sentence of its own', () => {
    const a = analyse('Vale spoke at the pier. “I think this will ruin the harbour.” He added, “Taking these boats is madness.”');
    const r = byCue(a, 'added');
    expect(r.contentSpans.map((p: { text: string }) => p.text)).toEqual(['I think this will ruin the harbour.', 'Taking these boats is madness.']);
  });

  it('and when the two quotations share a sentence before the tag', () => {
    const a = analyse('Vale spoke at the pier on Friday. "That is not the town we believe in." "In the end, people would back a plan like this," he added.');
    expect(byCue(a, 'added').contentSpans.map((p: { text: string }) => p.text)).toEqual(['That is not the town we believe in.', 'In the end, people would back a plan like this,']);
  });
});
