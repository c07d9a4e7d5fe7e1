import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Quotations announced by a noun phrase rather than a reporting verb (issue 10, eighth round).
// Every sentence is written for these tests; names and places are invented.

describe('a speaker’s own reporting noun and a colon before a quotation', () => {
  it('"Her reply was: “…”", "The mayor’s answer was simple: “…”": the owner of the noun is the source', () => {
    const a = analyse('Ana Ruiz was asked about the toll. Her reply was: “We will not pay a cent more.”');
    expect(byCue(a, 'reply was:')).toMatchObject({ mode: 'direct', text: 'We will not pay a cent more.', sourceSpan: { text: 'Her' }, speaker: 'Ana Ruiz' });
    const b = analyse('The mayor’s answer was simple: “The bridge stays open.”');
    expect(byCue(b, 'answer was simple:')).toMatchObject({ mode: 'direct', text: 'The bridge stays open.', sourceSpan: { text: 'The mayor' } });
  });

  it('after a set-off opener, with an adjective the tagger may read as a verb: "Asked about …, her response was blunt: “…”"', () => {
    const a = analyse('Ana Ruiz was at the port. Asked about the delay, her response was blunt: “We ran out of money.”');
    expect(byCue(a, 'response was blunt:')).toMatchObject({ mode: 'direct', text: 'We ran out of money.', speaker: 'Ana Ruiz' });
  });

  it('"His message: “…”" with no verb, after a named speaker', () => {
    const a = analyse('Tom Vos spoke last. His message: “Vote for the harbour plan.”');
    expect(byCue(a, 'message:')).toMatchObject({ mode: 'direct', text: 'Vote for the harbour plan.', speaker: 'Tom Vos' });
  });

  it('a noun that is no saying, or one with no owner, introduces nothing', () => {
    expect(analyse('The main problem was: “We have no staff.”').attributions).toEqual([]);
    expect(analyse('Her biggest worry was this: “We have no staff.”').attributions).toEqual([]);
    expect(analyse('The reply was: “We have no staff.”').attributions).toEqual([]);
  });
});

describe('a slogan before a quotation', () => {
  it('"her slogan, “…”", "The campaign’s motto: “…”": the slogan’s owner is the source, wherever the noun stands', () => {
    const a = analyse('Ana Ruiz toured the port. Dock workers marched behind her slogan, “Fix the roads first.”');
    expect(byCue(a, 'slogan')).toMatchObject({ mode: 'direct', text: 'Fix the roads first.', sourceSpan: { text: 'her' }, speaker: 'Ana Ruiz' });
    // (the marchers only carry it: they are not the source)
    expect(a.attributions.some((x) => x.sourceSpan?.text === 'Dock workers')).toBe(false);
    const b = analyse('The campaign’s motto: “Every vote counts.”');
    expect(byCue(b, 'motto:')).toMatchObject({ mode: 'direct', text: 'Every vote counts.', sourceSpan: { text: 'The campaign' } });
  });
});

describe('a sentence announcing the speaker’s own remarks before a quotation', () => {
  it('"X continued his remarks. “…”": the quotation is what X said', () => {
    const a = analyse('Mayor Tom Vos continued his remarks. “We are building a better town for everyone.”');
    expect(byCue(a, 'continued his remarks')).toMatchObject({ mode: 'direct', text: 'We are building a better town for everyone.', sourceSpan: { text: 'Mayor Tom Vos' }, speaker: 'Tom Vos' });
  });

  it('"X began her speech on a sombre note." then a quotation paragraph', () => {
    const a = analyse('Ana Ruiz began her speech on a sombre note.\n\n“We lost three friends this year.”');
    expect(byCue(a, 'began her speech')).toMatchObject({ mode: 'direct', text: 'We lost three friends this year.', speaker: 'Ana Ruiz' });
  });

  it('a verb that reported something of its own does not announce the next quotation', () => {
    const a = analyse('The mayor rejected his comments. “That is absurd.”');
    expect(a.attributions.some((x) => x.cue === 'rejected his comments')).toBe(false);
  });
});

describe('chants of a quotation', () => {
  it('"chants of “…”": the quoted words are reported, with no single source, and the content stops at the closing mark', () => {
    const a = analyse('The crowd broke into chants of “No more tolls” as the mayor spoke.');
    expect(byCue(a, 'chants of')).toMatchObject({ text: '“No more tolls”', sourceSpan: null });
    const b = analyse('Chants of “Four more years!” filled the hall.');
    expect(byCue(b, 'Chants of')).toMatchObject({ text: '“Four more years!”', sourceSpan: null });
  });

  it('with a possessor, who chants is the source: "their chants of “…”", even when the chant is cut into sentences', () => {
    const a = analyse('Their chants of “Vale! Vale! Vale!” were cut short by the siren.');
    expect(byCue(a, 'chants of')).toMatchObject({ text: '“Vale! Vale! Vale!”', sourceSpan: { text: 'Their' } });
  });

  it('"to chants of “…”" (an -s form after "to" is a plural), "calls of “…”", and marks written as two apostrophes', () => {
    const a = analyse('Walking into the depot to chants of “Ruiz! Ruiz!,” the senator waved.');
    expect(byCue(a, 'chants of')).toMatchObject({ text: '“Ruiz! Ruiz!,”', sourceSpan: null });
    const b = analyse('She was greeted with calls of “Build the bridge” at the market.');
    expect(byCue(b, 'calls of')).toMatchObject({ text: '“Build the bridge”', sourceSpan: null });
    const c = analyse("Berg stirred the hall to loud chants of ''Close the toll!'' before he left.");
    expect(byCue(c, 'loud chants of')).toMatchObject({ text: "''Close the toll!''" });
    // (a verb after "to" stays a verb: "wants to focus on")
    const d = analyse('Okafor wants to focus on the ferry.');
    expect(byCue(d, 'wants')).toMatchObject({ text: 'to focus on the ferry' });
  });

  it('a quotation mark that closes nothing near makes no such relation', () => {
    const a = analyse('The crowd broke into chants of “ as the mayor spoke about the harbour and the bridge and the tolls and the fund and the port and the ferry and the roads and the schools and the parks and the trains.');
    expect(a.attributions.some((x) => x.cue === 'chants of')).toBe(false);
  });
});
