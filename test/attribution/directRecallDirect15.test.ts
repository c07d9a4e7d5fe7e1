import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Direct/mixed recall, issue 10 (engineer direct15, round 13).
// Every sentence is written for these tests; names, places and bodies are invented.

describe('a manner participle set off between a speech verb and its full quotation', () => {
  it('`Ruiz said, smiling, “…”`: the quotation is the tag’s, direct', () => {
    const a = analyse('Ruiz said, smiling, “We will win this.”');
    const r = byCue(a, 'said');
    expect(r).toMatchObject({ mode: 'direct', text: 'We will win this.', sourceSpan: { text: 'Ruiz' } });
  });

  it('`Ruiz joked, again putting on an accent, “…”` after an earlier clause: only the quotation is the content', () => {
    const a = analyse('When a man in the hall shouted, “Vale,” Ruiz joked, again putting on a thick accent, “Welcome, friend! Sit down and stay!”');
    const r = byCue(a, 'joked');
    expect(r).toMatchObject({ mode: 'direct', text: 'Welcome, friend! Sit down and stay!', sourceSpan: { text: 'Ruiz' } });
  });

  it('a participle that reports on its own keeps the quotation (`said, adding, “…”`)', () => {
    const a = analyse('Ruiz said, adding, “We will win this.”');
    expect(byCue(a, 'adding').text).toBe('We will win this.');
  });
});

describe('a series of verb phrases whose middle one holds a short quoted term', () => {
  it('`hailed the deal, called the mayor “reckless” and left`: the object ends at the comma; «called» is Vale’s', () => {
    const a = analyse('Vale hailed the deal, called the mayor “reckless” and left the hall.');
    expect(byCue(a, 'hailed').text).toBe('the deal');
    const r = byCue(a, 'called');
    expect(r.sourceSpan?.text).toBe('Vale');
    expect(r.text).toBe('the mayor “reckless”');
  });

  it('the same after a reported clause: `suggested …, called the mayor “reckless” and skipped …`', () => {
    const a = analyse('Vale later suggested the budget was too small, called the mayor “reckless” and skipped the hearing.');
    expect(byCue(a, 'later suggested').text).toBe('the budget was too small');
    expect(byCue(a, 'called')).toMatchObject({ text: 'the mayor “reckless”', sourceSpan: { text: 'Vale' } });
  });
});

describe('an inverted source that opens with a hyphenated modifier', () => {
  it('`“…,” said Lorn-based strategist Ann Vale`: the whole phrase is the source, not «Lorn-»', () => {
    const a = analyse('“It is over,” said Lorn-based strategist Ann Vale.');
    const r = byCue(a, 'said');
    expect(r.sourceSpan?.text).toBe('Lorn-based strategist Ann Vale');
    expect(r.text).toBe('It is over,');
    expect(r.speaker).toBe('Ann Vale');
  });
});

describe('a full quotation after a tag whose sentence ends in an adjunct participle', () => {
  it('`“A,” Vale told the Herald after hinting that “…” could come. “B.”`: B goes on with the tag, not with «hinting»', () => {
    const a = analyse('“Nothing is off the table,” Vale told the Herald on Friday after hinting that “new timetables” were near. “Each route is under review. We are counting every seat.”');
    const told = byCue(a, 'told the Herald');
    expect(told.mode).toBe('direct');
    expect(told.contentSpans.map((p: { text: string }) => p.text)).toEqual(['Nothing is off the table,', 'Each route is under review. We are counting every seat.']);
    expect(byCue(a, 'hinting').text).toBe('“new timetables” were near');
  });
});

describe('a second speech verb of the same subject after ", but" and an adjunct', () => {
  it('`first said …, but at a second hearing said …`: two relations, both the clerk’s', () => {
    const a = analyse('The clerk first said he had never seen the invoice, but at a second hearing said he had a “weak” hour and shredded it.');
    expect(byCue(a, 'first said').text).toBe('he had never seen the invoice');
    const second = a.attributions.find((x: { cue: string }) => x.cue === 'said');
    expect(second?.sourceSpan?.text).toBe('The clerk');
    expect(second?.text).toBe('he had a “weak” hour and shredded it');
  });

  it('a quantifier after the conjunction is a subject of its own, not an adjunct (`, and most don’t expect …`)', () => {
    const a = analyse('The road, they believe, is not getting fixed, and most don’t expect the council to pave it.');
    expect(a.attributions.some((x: { cue: string; sourceSpan: { text: string } | null }) => /expect/.test(x.cue) && x.sourceSpan?.text === 'they')).toBe(false);
  });
});
