import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue, sourceKindOf } from '../helpers.js';

// A document noun followed by the quoted title it bears is a document source: the title's last
// word is no head. Every sentence is written for these tests; names and things are invented.

describe('a document noun with a quoted title after it', () => {
  it('"according to his book “The Harbour Way,” …" is a document', () => {
    const a = analyse('The levy is unfair, according to his book “The Harbour Way,” which came out in spring.');
    const r = byCue(a, 'according to');
    expect(r.cueClass).toBe('document');
    expect(sourceKindOf(a, r)).toBe('document');
  });

  it("the same with the title in two apostrophes: \"according to the memo ''A Fair Levy''\"", () => {
    const a = analyse("The tram fare must fall, according to the memo ''A Fair Levy.''");
    expect(byCue(a, 'according to').cueClass).toBe('document');
  });

  it('not: a group noun before a quoted name stays a speaker', () => {
    const a = analyse('The levy is unfair, according to the group “Harbour Watch,” which met on Monday.');
    expect(byCue(a, 'according to').cueClass).not.toBe('document');
  });
});

describe('a naming participle with a quoted name set off after the subject', () => {
  it('"The memo, titled “A Fair Levy,” argues that …": the memo is the source', () => {
    const a = analyse('The memo, titled “A Fair Levy,” argues that the harbour fee is too high.');
    const r = byCue(a, 'argues');
    expect(r.sourceSpan?.text).toBe('The memo');
    expect(a.attributions.find((x) => x.cue === 'argues')?.contentSpans.map((s) => s.text).join(' ')).toBe('the harbour fee is too high');
  });

  it("the same with the name in two apostrophes: \"The report, called ''A Fair Levy,'' argues\"", () => {
    const a = analyse("The report, called ''A Fair Levy,'' argues that the tram fare is too high.");
    expect(byCue(a, 'argues').sourceSpan?.text).toBe('The report');
  });

  it('not: a name inside the quotation the mark closes leaves the tag its speaker after the verb', () => {
    const a = analyse('“The levy, titled “fair,” will fail,” argues Ruiz.');
    expect(byCue(a, 'argues').sourceSpan?.text).toBe('Ruiz');
  });
});
