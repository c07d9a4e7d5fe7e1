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
  // (recall40: "known as" puts "as" between the participle and the name; an adverb may stand before it, and a
  // short noun phrase before both)
  const contentOf = (a: ReturnType<typeof analyse>, cue: string) => a.attributions.find((x) => x.cue === cue)?.contentSpans.map((s) => s.text).join(' ');

  it('"Vale, known as “the Ledger,” said that …": Vale is the source', () => {
    const a = analyse('Vale, known as “the Ledger,” said that the pier was unsafe.');
    expect(byCue(a, 'said').sourceSpan?.text).toBe('Vale');
    expect(contentOf(a, 'said')).toBe('the pier was unsafe');
  });

  it('the same with an adverb and straight marks: "Vale, better known as "the Ledger," told reporters …"', () => {
    const a = analyse('Vale, better known as "the Ledger," told reporters the pier was unsafe.');
    expect(byCue(a, 'told reporters').sourceSpan?.text).toBe('Vale');
    expect(contentOf(a, 'told reporters')).toBe('the pier was unsafe');
  });

  it('the same after a short noun phrase: "Ana Vale, the clerk known as “the Ledger,” stated that …"', () => {
    const a = analyse('Ana Vale, the clerk known as “the Ledger,” stated that he had seen the harbour files.');
    expect(byCue(a, 'stated').sourceSpan?.text).toBe('Ana Vale');
    expect(contentOf(a, 'stated')).toBe('he had seen the harbour files');
  });

  it('not: a quotation after a verb in the aside is no name ("Vale, a clerk who loves “the Ledger,” said")', () => {
    const a = analyse('Vale, a clerk who loves “the Ledger,” said the pier was unsafe.');
    expect(byCue(a, 'said').sourceSpan?.text).not.toBe('Vale');
  });

  it('not: a name inside the quoted speech the tag follows stays inside it', () => {
    const a = analyse('“The pier, the one known as “the Ledger,” is unsafe,” said Ruiz.');
    expect(byCue(a, 'said').sourceSpan?.text).toBe('Ruiz');
  });
});
